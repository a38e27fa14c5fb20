"""When a claim was made, read from the words around the verb of saying.

Press text dates statements relative to its own publication: "am Mittwoch" is the latest
Wednesday on or before the publication date, "Mitte Oktober" the 15th of the latest October
not after it, "im Juli" the month. dateparser reads full dates ("23. Oktober 2024") and
"vor zwei Wochen"; the rest are own rules, because dateparser returns nothing for "Mitte
Oktober" or "am Mittwoch". A claim cannot postdate its article, so later dates are clipped to
the publication date. Without any date words the publication date stands in, with precision
"publication" (the latest the claim can have been made).
"""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import dateparser

from claimbook.extraction.lexicon import MONTH_PARTS, MONTHS, RELATIVE_DAYS, WEEKDAYS

NO_DATE_BASIS = "no date in the text; publication date as the latest possible"


@dataclass(frozen=True)
class ClaimDate:
    """A claim date, how exact it is, and the words it was read from."""

    date: dt.date
    precision: str
    basis: str


def _words(names: tuple[str, ...]) -> str:
    return "|".join(names)


def _month_number(name: str, language: str) -> int:
    return MONTHS[language].index(name.lower()) + 1


def _latest(year: int | None, month: int, day: int, published: dt.date) -> dt.date:
    """The date in the given or latest year that does not lie after publication, clipped."""
    if year is None:
        year = published.year if month <= published.month else published.year - 1
    return min(dt.date(year, month, day), published)


def _basis(expression: str, published: dt.date, reading: str) -> str:
    return f"„{expression}“ read against publication on {published.isoformat()}: {reading}"


def _weekday(match: re.Match[str], published: dt.date, language: str) -> ClaimDate:
    target = WEEKDAYS[language].index(match["day"].lower())
    on_or_before = match.group().lower().startswith(("am ", "on "))
    # "letzten Montag", "last Monday" on a Monday mean a week earlier, "am Montag" that day
    days_back = (published.weekday() - target) % 7 or (0 if on_or_before else 7)
    date = published - dt.timedelta(days=days_back)
    when = "on or before it" if on_or_before else "before it"
    reading = f"the latest {match['day'].capitalize()} {when}, {date.isoformat()}"
    return ClaimDate(date, "day", _basis(match.group(), published, reading))


def _month_part(match: re.Match[str], published: dt.date, language: str) -> ClaimDate:
    day = MONTH_PARTS[match["part"].lower()]
    year = int(match["year"]) if match["year"] else None
    date = _latest(year, _month_number(match["month"], language), day, published)
    reading = f"{date.isoformat()} (the {day}th stands for that part of the month)"
    return ClaimDate(date, "approx", _basis(match.group(), published, reading))


def _month(match: re.Match[str], published: dt.date, language: str) -> ClaimDate:
    year = int(match["year"]) if match["year"] else None
    date = _latest(year, _month_number(match["month"], language), 1, published)
    reading = f"{date:%B %Y} (first of the month used)"
    return ClaimDate(date, "month", _basis(match.group(), published, reading))


def _parsed(match: re.Match[str], published: dt.date, language: str) -> ClaimDate | None:
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "past",
    }
    parsed = dateparser.parse(match.group(), languages=[language], settings=settings)
    if parsed is None or parsed.date() > published:
        return None
    precision = "week" if re.search(r"woche|week", match.group(), re.IGNORECASE) else "day"
    return ClaimDate(
        parsed.date(), precision, _basis(match.group(), published, parsed.date().isoformat())
    )


def _relative(days: int, precision: str) -> Callable[..., ClaimDate]:
    def resolve(match: re.Match[str], published: dt.date, language: str) -> ClaimDate:
        date = published - dt.timedelta(days=days)
        return ClaimDate(date, precision, _basis(match.group(), published, date.isoformat()))

    return resolve


def _this_month(back: int) -> Callable[..., ClaimDate]:
    def resolve(match: re.Match[str], published: dt.date, language: str) -> ClaimDate:
        first = published.replace(day=1)
        date = (first - dt.timedelta(days=1)).replace(day=1) if back else first
        reading = f"{date:%B %Y} (first of the month used)"
        return ClaimDate(date, "month", _basis(match.group(), published, reading))

    return resolve


def _rules(language: str) -> list[tuple[re.Pattern[str], Callable[..., ClaimDate | None]]]:
    day, month = _words(WEEKDAYS[language]), _words(MONTHS[language])
    part = _words(tuple(MONTH_PARTS))
    year = r"(?:\s+(?P<year>\d{4}))?"
    if language == "de":
        # Laid out by hand as a table (fmt: skip keeps the layout).
        sources = [
            (rf"\b(?:am|vergangenen|letzten|vorigen)\s+(?P<day>{day})(?:abend|morgen"
             rf"|nachmittag|vormittag)?\b", _weekday),
            (rf"\b\d{{1,2}}\.\s*(?:{month})(?:\s+\d{{4}})?", _parsed),
            (rf"\b(?P<part>{part})\s+(?P<month>{month}){year}", _month_part),
            (rf"\bim\s+(?P<month>{month}){year}", _month),
            (r"\bvor\s+\w+\s+(?:tagen|wochen)\b", _parsed),
            (r"\b(?:diesen|in\s+diesem)\s+monat\b", _this_month(0)),
            (r"\b(?:vergangenen|letzten|vorigen)\s+monat\b", _this_month(1)),
        ]  # fmt: skip
    else:
        # Laid out by hand as a table (fmt: skip keeps the layout).
        sources = [
            (rf"\b(?:on|last)\s+(?P<day>{day})\b", _weekday),
            (rf"\b(?:{month})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
             rf"|\b\d{{1,2}}\s+(?:{month})(?:\s+\d{{4}})?", _parsed),
            (rf"\b(?P<part>{part})[\s-]+(?P<month>{month}){year}", _month_part),
            (rf"\bin\s+(?P<month>{month}){year}", _month),
            (r"\b\w+\s+(?:days|weeks)\s+ago\b", _parsed),
            (r"\bthis\s+month\b", _this_month(0)),
            (r"\blast\s+month\b", _this_month(1)),
        ]  # fmt: skip
    sources += [(pattern, _relative(*how)) for pattern, how in RELATIVE_DAYS[language].items()]
    return [(re.compile(source, re.IGNORECASE), resolve) for source, resolve in sources]


_RULES = {language: _rules(language) for language in MONTHS}


def claim_date(text: str, published: dt.date, language: str) -> ClaimDate:
    """The date the words of ``text`` give for a claim, the first one that resolves; else the
    publication date."""
    candidates = sorted(
        (match.start(), index, match, resolve)
        for index, (pattern, resolve) in enumerate(_RULES[language])
        for match in pattern.finditer(text)
    )
    for _, _, match, resolve in candidates:
        found = resolve(match, published, language)
        if found is not None:
            return found
    return ClaimDate(published, "publication", NO_DATE_BASIS)
