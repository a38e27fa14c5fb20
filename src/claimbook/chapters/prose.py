"""How the chapters write what they find: dates, counts, shares and names as prose and tables
show them, the same in every chapter."""

import pandas as pd

from claimbook import vocab
from claimbook.data.schema import markers_of

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


def marker_lists(claims: pd.DataFrame, column: str) -> pd.Series:
    """Each claim's markers of one marker column (distancing, uncertainty or condition) as a
    list, without the forms the quote uses: 'Konjunktiv I (seien);sollen' -> ['Konjunktiv I',
    'sollen']; empty when the quote has none."""
    return claims[column].map(lambda text: [marker for marker, _ in markers_of(text)])


def claimant_name(name: str, role: object = None) -> str:
    """A claimant as prose writes it, once and without brackets: the name, then the role as an
    apposition ('Dmitry Peskov, the Kremlin's spokesman'); the name alone without a role."""
    return f"{name}, {role}" if isinstance(role, str) and role.strip() else name


def claimant_names(claims: pd.DataFrame, claimants: pd.DataFrame) -> pd.Series:
    """For each claim, its claimant as prose writes it (claimant_name of the claimants table);
    a claim whose claimant_id is not in the table keeps the coder's `claimant` text."""
    table = claimants.set_index("claimant_id")
    written = pd.Series(
        [
            claimant_name(name, role)
            for name, role in zip(table["name"], table["role"], strict=True)
        ],
        index=table.index,
        dtype=object,
    )
    return claims["claimant_id"].map(written).fillna(claims["claimant"])


def voices(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """For each claim, the reader's name of the side it speaks for, with the side 'media' told
    apart: the outlet that printed the article speaking for itself (vocab.OWN_OUTLET) or
    another outlet or report it cites (vocab.OTHER_MEDIA)."""
    own = claims["claimant_id"].eq(claims["article_id"].map(articles["outlet_id"]))
    media = claims["claimant_side"] == "media"
    labels = claims["claimant_side"].map(side_label)
    return labels.mask(media & own, vocab.OWN_OUTLET).mask(media & ~own, vocab.OTHER_MEDIA)


def voice_order() -> list[str]:
    """The voices in vocabulary order: the sides, with 'media' split in two."""
    labels = []
    for side in vocab.SIDES:
        labels += [vocab.OWN_OUTLET, vocab.OTHER_MEDIA] if side == "media" else [side_label(side)]
    return labels


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
