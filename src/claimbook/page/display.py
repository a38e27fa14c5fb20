"""What a chapter's notebook cells call: open the chapter's selection of the data, glue its
findings for the prose, show its figures and tables. The only home of the notebook runtime
(myst_nb); everything these helpers show is computed under claimbook.chapters."""

from dataclasses import dataclass

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display
from matplotlib.figure import Figure
from myst_nb import glue

from claimbook.chapters.prose import count
from claimbook.data.cache import load
from claimbook.data.dataset import Dataset, select

TABLE_ROWS = 500
"""The most rows a table shows on a page. A longer table (a corpus of thousands of articles)
shows its first rows and says how many it leaves out: pages of a hundred thousand rows help
no reader and take minutes to build."""


def open_chapter(
    data_dir: str,
    start: str | None = None,
    end: str | None = None,
    sides: list[str] | None = None,
    counted: list[str] | None = None,
) -> Dataset:
    """The chapter's selection of the validated data; glues its number of articles
    (`n_articles`) for the captions."""
    data = select(load(data_dir), start, end, sides, counted)
    glue_all({"n_articles": len(data.articles)})
    return data


def glue_all(values: dict) -> None:
    """Glue every value under its key, for {glue:text} in the prose; shown nowhere else."""
    for key, value in values.items():
        glue(key, value, display=False)


def show_figure(name: str, figure: Figure, reading: str | None = None) -> None:
    """Glue a chart as `<name>_fig` for its {glue:figure} and close it; a reading of its marks
    (what one mark stands for) as `<name>_marks` for the caption."""
    glue(f"{name}_fig", figure, display=False)
    if reading is not None:
        glue(f"{name}_marks", reading, display=False)
    plt.close(figure)


def show_table(frame: pd.DataFrame) -> None:
    """Show a table on the page, escaped and cut to TABLE_ROWS."""
    display(Table(frame))


@dataclass(frozen=True)
class Table:
    """A table for a page: HTML with every value escaped and no index; the same rows as plain
    text for any other reader. Both forms depend on the data only."""

    frame: pd.DataFrame

    def _repr_html_(self) -> str:
        table = self._shown().to_html(
            index=False, escape=True, border=0, na_rep="", classes="claimbook-table"
        )
        return table + (
            f'\n<p class="claimbook-table-note">{self._note()}</p>' if self._cut() else ""
        )

    def __repr__(self) -> str:
        text = self._shown().to_string(index=False, na_rep="")
        return text + (f"\n{self._note()}" if self._cut() else "")

    def _shown(self) -> pd.DataFrame:
        return self.frame.head(TABLE_ROWS)

    def _cut(self) -> bool:
        return len(self.frame) > TABLE_ROWS

    def _note(self) -> str:
        return (
            f"The first {count(TABLE_ROWS)} of {count(len(self.frame))} rows are shown; "
            "the data files hold them all."
        )
