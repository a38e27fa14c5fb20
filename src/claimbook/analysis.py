"""What every chapter shares: the selection of claims by the report's parameters, and the
safe, deterministic display of tables and values in prose."""

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
from myst_nb import glue

from claimbook import vocab
from claimbook.validate import Dataset

NONE_FOUND = "none in the selected claims"
NOT_APPLICABLE = "n/a"
DASH = "\u2013"
"""The en dash of ranges: 11,000\u201312,000."""


def select(dataset: Dataset, start: str, end: str, sides: Iterable[str],
           counted: Iterable[str] = vocab.COUNTED) -> Dataset:
    """The claims made between start and end (ISO dates, both included) by the given sides;
    figures only when they count one of the given things. Articles and places are cut down to
    those the chosen claims stand in or name. Claims come sorted by claim date and id."""
    claims = dataset.claims
    made = claims["claim_date"].between(pd.Timestamp(start), pd.Timestamp(end))
    keep = made & claims["claimant_side"].isin(list(sides))
    keep &= (claims["kind"] != "figure") | claims["counted"].isin(list(counted))
    chosen = claims[keep].sort_values(["claim_date", "claim_id"]).reset_index(drop=True)
    return Dataset(
        articles=dataset.articles[dataset.articles["id"].isin(chosen["article_id"])],
        claims=chosen,
        places=dataset.places[dataset.places["place"].isin(chosen["place"])]
        .sort_values("place").reset_index(drop=True),
    )


TABLE_ROWS = 500
"""The most rows a table shows on a page. A longer table (a corpus of thousands of articles)
shows its first rows and says how many it leaves out: pages of a hundred thousand rows help
no reader and take minutes to build."""


@dataclass(frozen=True)
class Table:
    """A table for a page: HTML with every value escaped and no index; the same rows as plain
    text for any other reader. Both forms depend on the data only."""

    frame: pd.DataFrame

    def _repr_html_(self) -> str:
        table = self._shown().to_html(index=False, escape=True, border=0, na_rep="",
                                      classes="claimbook-table")
        return table + (f'\n<p class="claimbook-table-note">{self._note()}</p>'
                        if self._cut() else "")

    def __repr__(self) -> str:
        text = self._shown().to_string(index=False, na_rep="")
        return text + (f"\n{self._note()}" if self._cut() else "")

    def _shown(self) -> pd.DataFrame:
        return self.frame.head(TABLE_ROWS)

    def _cut(self) -> bool:
        return len(self.frame) > TABLE_ROWS

    def _note(self) -> str:
        return (f"The first {count(TABLE_ROWS)} of {count(len(self.frame))} rows are shown; "
                "the data files hold them all.")


def glue_all(values: dict) -> None:
    """Glue every value under its key, for {glue:text} in the prose; shown nowhere else."""
    for key, value in values.items():
        glue(key, value, display=False)


def day(value: pd.Timestamp) -> str:
    """A date as prose shows it: 23 October 2024."""
    return f"{value.day} {value:%B %Y}"


def claim_day(value: pd.Timestamp, precision: str | None) -> str:
    """A claim date as prose shows it, no more exact than the words it comes from: 'April 2025'
    for a month, 'about 15 October 2024' for an estimate, '23 October 2024 or earlier' where
    only the article's publication date bounds it."""
    if precision == "month":
        return f"{value:%B %Y}"
    if precision in ("approx", "week"):
        return f"about {day(value)}"
    if precision == "publication":
        return f"{day(value)} or earlier"
    return day(value)


def count(value: int) -> str:
    """A head count as prose and tables show it: 12,000."""
    return f"{int(value):,}"


def percent(part: int, whole: int) -> str:
    """part of whole as a rounded percentage for prose; 'n/a' when there is no whole."""
    return f"{round(100 * part / whole)}%" if whole else NOT_APPLICABLE


def side_label(side: str) -> str:
    """The reader's name for a claimant side."""
    return vocab.SIDE_LABELS[side]


def outlet_name(outlet: str) -> str:
    """The outlet without the agency it names: 'OZD.news (AFP)' -> 'OZD.news'."""
    return outlet.split(" (")[0]


def outlet_agency(outlet: str) -> str | None:
    """The agency an outlet names in brackets: 'OZD.news (AFP)' -> 'AFP'; None if it names
    none. A bracket holding a description with lowercase words ('German translation') names no
    agency."""
    _, bracket, rest = outlet.partition(" (")
    agency = rest.rstrip(")")
    if not bracket or any(word[:1].islower() for word in agency.split()):
        return None
    return agency


def vocabulary_order(column: pd.Series) -> pd.Series:
    """A sort key (for sort_values) that orders counted categories, sides and stances as the
    vocabulary lists them, and any other column by its values."""
    order = {"counted": vocab.COUNTED, "claimant_side": vocab.SIDES,
             "stance": vocab.STANCES}.get(column.name)
    return column.map(order.index) if order else column


def hedge_lists(claims: pd.DataFrame) -> pd.Series:
    """Each claim's hedging markers as a list (empty when the quote has none)."""
    return claims["hedges"].map(lambda text: text.split(";") if isinstance(text, str) else [])
