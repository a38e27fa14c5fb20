"""How the chapters write what they find: dates, counts, shares and names as prose and tables
show them, the same in every chapter."""

import pandas as pd

from claimbook import vocab

NONE_FOUND = "none in the selected claims"
NOT_APPLICABLE = "n/a"
DASH = "\u2013"
"""The en dash of ranges: 11,000\u201312,000."""


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
    order = {"counted": vocab.COUNTED, "claimant_side": vocab.SIDES, "stance": vocab.STANCES}.get(
        column.name
    )
    return column.map(order.index) if order else column


def hedge_lists(claims: pd.DataFrame) -> pd.Series:
    """Each claim's hedging markers as a list (empty when the quote has none)."""
    return claims["hedges"].map(lambda text: text.split(";") if isinstance(text, str) else [])


def number_of(value: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun, agreeing in number: '1 denial', '2 denials', '12,000 claims';
    'no denials' for none."""
    many = plural or f"{noun}s"
    if value == 0:
        return f"no {many}"
    return f"{count(value)} {noun if value == 1 else many}"


def listing(items: list[str]) -> str:
    """Items joined as prose: 'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def table_date(value: pd.Timestamp, precision: str | None) -> str:
    """A claim date as a table shows it, no more exact than its source: '2024-10' for a month,
    '~2024-10-15' for an estimate, '\u22642024-10-15' where only the publication date bounds
    it, '2024-10-15' for a day."""
    if precision == "month":
        return f"{value:%Y-%m}"
    if precision in ("approx", "week"):
        return f"~{value:%Y-%m-%d}"
    if precision == "publication":
        return f"\u2264{value:%Y-%m-%d}"
    return f"{value:%Y-%m-%d}"


def claimant_with_side(claimant: str, side: str) -> str:
    """A claimant and the side they speak for, with one pair of brackets: 'Dmitry Peskov
    (Kremlin spokesman, Russia)', 'North Korean government (North Korea)'."""
    if claimant.endswith(")") and "(" in claimant:
        return f"{claimant[:-1]}, {side_label(side)})"
    return f"{claimant} ({side_label(side)})"
