"""What a chapter's notebook cells call: open the chapter's selection of the data, glue its
findings for the prose, show its figures and tables. The only home of the notebook runtime
(myst_nb); everything these helpers show is computed under claimbook.chapters."""

import html
import io
import re
from dataclasses import dataclass

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display
from matplotlib.figure import Figure
from myst_nb import glue

from claimbook.chapters.prose import count, number_of
from claimbook.data.dataset import Dataset, select
from claimbook.data.validate import load_data

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
    (`n_articles`) and that number with its noun (`articles_phrase`: '5 articles of the
    selection') for the captions."""
    data = select(load_data(data_dir), start, end, sides, counted)
    glue_all(
        {
            "n_articles": len(data.articles),
            "articles_phrase": f"{number_of(len(data.articles), 'article')} of the selection",
        }
    )
    return data


def glue_all(values: dict) -> None:
    """Glue every value under its key, shown nowhere else: numbers for {glue:text}; text also
    as Markdown and HTML, so that a whole sentence reads as the prose around it ({glue:md} in
    its chapter, {glue:any} from another page) rather than as a bold pasted value."""
    for key, value in values.items():
        glue(key, Prose(value) if isinstance(value, str) else value, display=False)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


@dataclass(frozen=True)
class Prose:
    """A glued text: the same words as plain text (a str's repr, as {glue:text} expects),
    escaped Markdown and escaped HTML."""

    text: str

    def __repr__(self) -> str:
        return repr(self.text)

    def _repr_markdown_(self) -> str:
        return _MARKDOWN_SPECIAL.sub(r"\\\1", self.text)

    def _repr_html_(self) -> str:
        return html.escape(self.text, quote=False)


def show_figure(
    name: str,
    figure: Figure,
    reading: str | None = None,
    alt: str = "",
    narrow: Figure | None = None,
) -> None:
    """Glue a chart as `<name>_fig` for its {glue:figure} and close it; a reading of its marks
    (what one mark stands for) as `<name>_marks` for the caption. The chart reaches the page as
    inline SVG (text/html), so that the links of its marks to their claims stay live; `alt`
    (what the chart shows) is its accessible name. A `narrow` drawing of the same chart is
    shown instead on screens narrower than NARROW_SCREEN."""
    narrow_svg = None if narrow is None else figure_svg(narrow, f"{name}-narrow")
    glue(f"{name}_fig", Chart(figure_svg(figure, name), alt, narrow_svg), display=False)
    if reading is not None:
        glue(f"{name}_marks", Prose(reading), display=False)
    for drawn in (figure, narrow):
        if drawn is not None:
            plt.close(drawn)


CHART_MIN_WIDTH = 560
"""The narrowest a chart is drawn on a page (CSS pixels): on a narrower screen its box scrolls
sideways, so that its text stays readable rather than shrinking below 10 px."""

NARROW_SCREEN = 600
"""Screens up to this width (CSS pixels) get a chart's narrow drawing, where it has one."""

_SIZE = re.compile(r'<svg([^>]*?) width="[^"]*" height="[^"]*"')
_LINK = re.compile(r'<a xlink:href="([^"]*#claim-([^"]+))"( target="_blank")?')


def figure_svg(figure: Figure, name: str) -> str:
    """The figure as SVG text that depends on the figure only: no date, ids salted with the
    chart's name (several charts share a page), no XML prolog, sized by its box; every link
    named after the claim it leads to (with a plain href too, so that it has the role of a
    link) and opened in the same tab."""
    buffer = io.StringIO()
    with plt.rc_context({"svg.hashsalt": f"claimbook-{name}"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = _SIZE.sub(r"<svg\1", svg, count=1)
    return _LINK.sub(
        lambda match: (
            f'<a href="{match[1]}" xlink:href="{match[1]}" '
            f'aria-label="claim {html.escape(match[2])}"'
        ),
        svg,
    )


@dataclass(frozen=True)
class Chart:
    """A chart for a page: its SVG inline in a box that scrolls sideways on narrow screens,
    named by its alt text; the alt text alone for any other reader."""

    svg: str
    alt: str
    narrow: str | None = None

    def _repr_html_(self) -> str:
        label = html.escape(self.alt, quote=True)
        wide = self._box(self.svg, label, CHART_MIN_WIDTH, "claimbook-chart-wide")
        if self.narrow is None:
            return wide
        return (
            f"<style>.claimbook-chart-narrow{{display:none}}"
            f"@media (max-width:{NARROW_SCREEN}px){{.claimbook-chart-wide{{display:none}}"
            f".claimbook-chart-narrow{{display:block}}}}</style>"
            + wide
            + self._box(self.narrow, label, 0, "claimbook-chart-narrow")
        )

    @staticmethod
    def _box(svg: str, label: str, min_width: int, kind: str) -> str:
        svg = svg.replace(
            "<svg",
            f'<svg role="group" aria-label="{label}" '
            f'style="width:100%;min-width:{min_width}px;height:auto;display:block"',
            1,
        )
        return (
            f'<div class="claimbook-chart {kind}" role="region" aria-label="{label}" '
            f'tabindex="0" style="overflow-x:auto">{svg}</div>'
        )

    def __repr__(self) -> str:
        return self.alt


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
