"""How the chapters write what they find: dates, counts, shares and names as prose and tables
show them, the same in every chapter; and the words of a finding that cite claims (Mention),
which the page links to them."""

from collections.abc import Iterable

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
    """Items joined as prose: 'a', 'a and b', 'a, b and c' (keeping the mentions they hold)."""
    return items[0] if len(items) == 1 else joined(", ", items[:-1]) + " and " + items[-1]


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


SIDE_SPEAKERS = {
    "usa": "the USA",
    "analyst": "an independent analyst",
    "media": "the media",
    "other": "another side",
}
"""How prose says where a claim came from, for sides whose label reads badly after 'from':
'from the USA', 'from an independent analyst'; any other side by its label ('from Russia')."""


def claimant_from(written: str, side: str) -> str:
    """A claimant as prose writes them after 'from': the side they speak for, then the claimant
    as claimant_names writes them: 'Russia: Dmitry Peskov, the Kremlin's spokesman', 'an
    independent analyst: Andrei Lankov, director of the Korea Risk Group'."""
    return f"{SIDE_SPEAKERS.get(side, side_label(side))}: {written}"


class Mention(str):
    """Words of a finding that cite claims: a count ('17 head-count figures') cites the claims
    it counts, a quoted figure ('1,500 dispatched') or statement ('the first denial') the claim
    it quotes. As text it is the words alone; the page links them to the claims (one claim: its
    anchor; several: the claim explorer listing them, or filtered by `filters` when there are
    too many to list). `claims` holds (claim id, article id) pairs; a mention of no claim ('no
    denials') links nowhere. Build sentences of mentions with + and joined, not f-strings,
    which keep the words but drop the links."""

    claims: tuple[tuple[str, str], ...]
    filters: tuple[tuple[str, str], ...]

    def __new__(
        cls,
        text: str,
        claims: Iterable[tuple[str, str]] = (),
        filters: dict[str, str] | None = None,
    ) -> "Mention":
        mention = super().__new__(cls, text)
        mention.claims = tuple(sorted({(str(c), str(a)) for c, a in claims}))
        mention.filters = tuple(sorted((filters or {}).items()))
        return mention

    def __add__(self, other: str) -> "Sentence":
        return Sentence(self, other)

    def __radd__(self, other: str) -> "Sentence":
        return Sentence(other, self)


class Sentence(str):
    """Text that may hold mentions: as text, its words; `parts` gives plain text and mentions
    in order, for the page to link. Sentences and mentions join with + (and `joined`)."""

    parts: tuple[str, ...]

    def __new__(cls, *parts: str) -> "Sentence":
        flat: list[str] = []
        for part in parts:
            for piece in part.parts if isinstance(part, Sentence) else (part,):
                if isinstance(piece, Mention):
                    flat.append(piece)
                elif piece and flat and not isinstance(flat[-1], Mention):
                    flat[-1] += str(piece)
                elif piece:
                    flat.append(str(piece))
        sentence = super().__new__(cls, "".join(flat))
        sentence.parts = tuple(flat)
        return sentence

    def __add__(self, other: str) -> "Sentence":
        return Sentence(self, other)

    def __radd__(self, other: str) -> "Sentence":
        return Sentence(other, self)


def joined(separator: str, items: Iterable[str]) -> Sentence:
    """Items joined by the separator, as str.join, keeping the mentions they hold."""
    parts: list[str] = []
    for item in items:
        parts += [separator, item] if parts else [item]
    return Sentence(*parts)


def capitalised(text: str) -> Sentence:
    """The text with its first letter upper case, as a sentence starts ('No denials and ...'),
    keeping its mentions."""
    parts = text.parts if isinstance(text, Sentence) else (text,)
    if not parts:
        return Sentence()
    first = parts[0][:1].upper() + parts[0][1:]
    if isinstance(parts[0], Mention):
        first = Mention(first, parts[0].claims, dict(parts[0].filters))
    return Sentence(first, *parts[1:])


def cited(rows: pd.DataFrame | pd.Series) -> list[tuple[str, str]]:
    """The (claim id, article id) of each claim of the rows (or of one row)."""
    if isinstance(rows, pd.Series):
        return [(rows["claim_id"], rows["article_id"])]
    return list(zip(rows["claim_id"], rows["article_id"], strict=True))


def mention(text: str, rows: pd.DataFrame | pd.Series, filters: dict | None = None) -> Mention:
    """The words as a mention of the claims of the rows (or of one row)."""
    return Mention(text, cited(rows), filters)


def counting(
    rows: pd.DataFrame, noun: str, plural: str | None = None, filters: dict | None = None
) -> Mention:
    """The number of rows with its noun ('3 denials', number_of) as a mention of their claims."""
    return mention(number_of(len(rows), noun, plural), rows, filters)
