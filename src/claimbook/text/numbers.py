"""Head-count figures as written in German and English press text.

A *figure* is a number expression together with the qualifier words in front of it
("mindestens 3000", "rund zehn", "zwischen 5000 und 7000", "Hunderte"). It is turned into
a pair of bounds following the conventions of the claim data:

========================================  ==========  ===========  ============
written                                   low         high         qualifier
========================================  ==========  ===========  ============
3000, 12.000, zehn                        N           N            exact
ein Dutzend, zwei Dutzend (N Dutzend)     12 * N      12 * N       exact
rund/etwa/ungefähr/circa/ca./annähernd N  N           N            about
mindestens / wenigstens N                 N           None         at_least
mehr als / über N                         N           None         more_than
bis zu N                                  None        N            up_to
knapp N                                   None        N            just_under
nicht annähernd (um) N                    None        N - 1        not_nearly
A bis B, zwischen A und B, A-B            A           B            range
Dutzende, Hunderte, Tausende, ...         see VAGUE   see VAGUE    vague
mehrere/einige/ein paar Hundert, ...      see VAGUE   see VAGUE    vague
========================================  ==========  ===========  ============

"Dutzend" is a scale word like "Tausend": a number in front of it is multiplied by 12 ("ein
Dutzend" is 12, "zwei Dutzend" 24, "rund zwei Dutzend" about 24). A vague amount is the plural
of a unit, or a unit after a word of indefinite quantity ("mehrere Hundert", "mit mehreren
Hundert", "einige Tausend", "ein paar Dutzend"); it is read as the widest range the words
allow, from two of the unit up to just below the next unit: "Hunderte" and "mehrere Hundert"
are 200..999, never exactly 100. "nicht annähernd N" rules N out, so its upper bound lies
below N: the written number minus one, with the qualifier ``not_nearly`` telling that the true
figure is well below it (how far below, the words do not say).

English text uses the same qualifiers and conventions ("about", "at least", "more than",
"up to", "nearly", "not nearly", "between A and B", "a dozen", "dozens", "several hundred",
"a few thousand", ...).

``find_figures`` returns every number expression in a running text except those that are
dates, years, ages, durations, percentages, money, ranks, ordinals, times, measures or
references; each of these exclusions is one named rule in ``_EXCLUSION_RULES``. Whether a
figure counts people is decided elsewhere.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from text_to_num import alpha2digit

LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Figure:
    """One figure expression found in a text."""

    text: str  # as written, qualifier words included
    start: int  # code-point offsets into the searched text
    end: int
    low: int | None
    high: int | None
    qualifier: str


# --- data ----------------------------------------------------------------------------------

QUALIFIERS: dict[str, dict[str, str]] = {
    "de": {
        "rund": "about",
        "etwa": "about",
        "ungefähr": "about",
        "circa": "about",
        "ca.": "about",
        "annähernd": "about",
        "mindestens": "at_least",
        "wenigstens": "at_least",
        "mehr als": "more_than",
        "über": "more_than",
        "bis zu": "up_to",
        "knapp": "just_under",
        "nicht annähernd": "not_nearly",
        "nicht annähernd um": "not_nearly",
    },
    "en": {
        "about": "about",
        "around": "about",
        "roughly": "about",
        "some": "about",
        "approximately": "about",
        "at least": "at_least",
        "more than": "more_than",
        "over": "more_than",
        "up to": "up_to",
        "nearly": "just_under",
        "almost": "just_under",
        "just under": "just_under",
        "not nearly": "not_nearly",
    },
}

# Which bound the written number N becomes, per qualifier: (N is low, N is high).
BOUNDS: dict[str, tuple[bool, bool]] = {
    "exact": (True, True),
    "about": (True, True),
    "at_least": (True, False),
    "more_than": (True, False),
    "up_to": (False, True),
    "just_under": (False, True),
    "not_nearly": (False, True),
}

# Qualifiers that rule the written number out ("nicht annähernd 3000" is not 3000): their
# upper bound is N - 1, the largest head count below N.
BELOW: frozenset[str] = frozenset({"not_nearly"})

_DE_VAGUE_UNITS = {
    "dutzend": (24, 99),
    "hundert": (200, 999),
    "tausend": (2_000, 9_999),
    "zehntausend": (20_000, 99_999),
    "hunderttausend": (200_000, 999_999),
}

# Words of indefinite quantity before a unit ("mehrere Hundert", "mit einigen Tausend"), in the
# forms the press writes (the dative "mehreren", "einigen" included).
_DE_SOME = ("mehrere", "mehreren", "einige", "einigen", "ein paar", "wenige", "wenigen")
_EN_VAGUE_UNITS = {
    "dozen": (24, 99),
    "hundred": (200, 999),
    "thousand": (2_000, 9_999),
}
_EN_SOME = ("several", "a few", "a couple of")

# Vague plurals (German also in the dative, "mit Tausenden") and "several X":
# phrase (lower case, single spaces) -> (low, high).
VAGUE: dict[str, dict[str, tuple[int, int]]] = {
    "de": {
        **{
            f"{unit}{ending}": bounds
            for unit, bounds in _DE_VAGUE_UNITS.items()
            for ending in ("e", "en")
        },
        **{
            f"{some} {unit}": bounds
            for unit, bounds in _DE_VAGUE_UNITS.items()
            for some in _DE_SOME
        },
    },
    "en": {
        **{
            f"{some} {unit}": bounds
            for unit, bounds in _EN_VAGUE_UNITS.items()
            for some in _EN_SOME
        },
        "dozens": (24, 99),
        "hundreds": (200, 999),
        "thousands": (2_000, 9_999),
        "tens of thousands": (20_000, 99_999),
        "hundreds of thousands": (200_000, 999_999),
    },
}

SCALES: dict[str, dict[str, int]] = {
    "de": {
        "dutzend": 12,
        "tausend": 10**3,
        "million": 10**6,
        "millionen": 10**6,
        "mio.": 10**6,
        "mio": 10**6,
        "milliarde": 10**9,
        "milliarden": 10**9,
        "mrd.": 10**9,
        "mrd": 10**9,
    },
    "en": {"dozen": 12, "thousand": 10**3, "million": 10**6, "billion": 10**9},
}

# Pieces a German number word is glued from ("drei|und|zwanzig|tausend").
_DE_MORPHEMES = (
    "ein", "eins", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sech", "sieben", "sieb",
    "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "dreissig", "zig", "ßig",
    "hundert", "tausend", "und",
)  # fmt: skip

_EN_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand",
)  # fmt: skip

_MONTHS = (
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
    "September", "Oktober", "November", "Dezember", "January", "February", "March", "May",
    "June", "July", "October", "December", "Jan.", "Feb.", "Mär.", "Apr.", "Jun.", "Jul.",
    "Aug.", "Sep.", "Sept.", "Okt.", "Oct.", "Nov.", "Dez.", "Dec.",
)  # fmt: skip


# English dates abbreviate months without a full stop too ("Nov 5"); kept apart from _MONTHS,
# where "Jan" or "Mar" would also be names.
_EN_MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip


# --- pattern building -------------------------------------------------------------------------


def _alternation(phrases: Iterable[str]) -> str:
    """Regex alternation of literal phrases: longest first, any whitespace between words,
    and a phrase ending in a letter must end a word."""
    branches = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"\s+".join(re.escape(word) for word in phrase.split())
        branches.append(body + (r"(?!\w)" if phrase[-1].isalnum() else ""))
    return "(?:" + "|".join(branches) + ")"


def _digits(integer: str) -> str:
    """Digits that are neither part of a longer number nor glued to letters ("1st")."""
    return rf"(?<![\d.,])(?:{integer})(?!\w|[.,'\u2019]\d)"


@dataclass(frozen=True)
class _Syntax:
    """How one language writes numbers and ranges, as regex source."""

    integer: str  # digits, optionally grouped by thousands separators
    decimal: str  # digits with a decimal part: a number only before a scale word
    separators: str  # character class of thousands separators, removed before converting
    decimal_mark: str
    words: str  # a number written in words
    one: str  # an article standing for 1 before a scale word ("eine Million")
    between: str
    conjunction: str
    range_separator: str
    suspended: str  # "zwei- bis dreitausend": the first number borrows the second's ending


_DE_WORD = (
    r"(?<!\w)(?!und|ein(?!\w))(?:"
    + "|".join(sorted(_DE_MORPHEMES, key=len, reverse=True))
    + r")+(?!\w)"
)
_EN_WORD = r"(?:" + "|".join(sorted(_EN_NUMBER_WORDS, key=len, reverse=True)) + r")(?!\w)"

_SYNTAX = {
    "de": _Syntax(
        integer=_digits(r"\d{1,3}(?:[.'\u2019\u2009\u202f\u00a0 ]\d{3})+|\d+"),
        decimal=_digits(r"\d+,\d+"),
        separators=r"[.'\u2019\s]",
        decimal_mark=",",
        words=_DE_WORD,
        one=r"(?<!\w)ein(?:e|er|em|en)?",
        between="zwischen",
        conjunction="und",
        range_separator=r"(?:\s+bis(?!\s+zu(?!\w))\s+|\s*[-\u2013]\s*)",
        suspended=rf"(?P<sa>{_DE_WORD})-\s+bis\s+(?P<sb>{_DE_WORD})(?<=hundert|tausend)",
    ),
    "en": _Syntax(
        integer=_digits(r"\d{1,3}(?:,\d{3})+|\d+"),
        decimal=_digits(r"\d+\.\d+"),
        separators=",",
        decimal_mark=".",
        words=(
            # a lone "one" is as much an article as German "ein"
            r"(?<!\w)(?!one(?!\w|\s+(?:hundred|thousand)(?!\w)))"
            rf"(?:an?\s+(?=(?:hundred|thousand)(?!\w)))?{_EN_WORD}"
            rf"(?:(?:\s+|-|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+){_EN_WORD})*"
        ),
        one=r"(?<!\w)(?:an?|one)",
        between="between",
        conjunction="and",
        range_separator=r"(?:\s+to\s+|\s*[-\u2013]\s*)",
        suspended="",
    ),
}


def _number_source(lang: str) -> str:
    """Regex source for one number, scale word included ("1,4 Millionen")."""
    syntax = _SYNTAX[lang]
    scale = _alternation(SCALES[lang])
    return (
        rf"(?:{syntax.decimal}\s+{scale}"
        rf"|(?:{syntax.integer}|{syntax.words})(?:\s+{scale})?"
        rf"|{syntax.one}\s+{scale})"
    )


def _figure_source(lang: str) -> str:
    """Regex source for one figure: a vague amount, or an optional qualifier followed by a
    range or a single number. Group names tell ``_figure`` which form matched."""
    syntax = _SYNTAX[lang]
    number = _number_source(lang)
    amounts = [
        rf"{syntax.between}\s+(?P<za>{number})\s+{syntax.conjunction}\s+(?P<zb>{number})",
        *([syntax.suspended] if syntax.suspended else []),
        rf"(?P<ra>{syntax.decimal}|{number}){syntax.range_separator}(?P<rb>{number})",
        rf"(?P<num>{number})",
    ]
    qualifier = _alternation(QUALIFIERS[lang])
    return (
        rf"(?<!\w)(?P<vague>{_alternation(VAGUE[lang])})"
        rf"|(?:(?<!\w)(?P<qual>{qualifier})\s+)?(?:{'|'.join(amounts)})"
    )


_NUMBER_RE = {lang: re.compile(_number_source(lang), re.IGNORECASE) for lang in LANGUAGES}
_FIGURE_RE = {lang: re.compile(_figure_source(lang), re.IGNORECASE) for lang in LANGUAGES}
_PARTS_RE = {
    lang: re.compile(
        rf"(?P<mantissa>.+?)(?:\s+(?P<scale>{_alternation(SCALES[lang])}))?",
        re.IGNORECASE,
    )
    for lang in LANGUAGES
}
_SEPARATORS_RE = {lang: re.compile(_SYNTAX[lang].separators) for lang in LANGUAGES}
_ONE_RE = {lang: re.compile(_SYNTAX[lang].one, re.IGNORECASE) for lang in LANGUAGES}
_ARTICLE_RE = re.compile(r"^an?\s+")
_SUSPENDED_SUFFIX_RE = re.compile(r"(?:hundert)?tausend$|hundert$")


# --- exclusions -------------------------------------------------------------------------------

# (name, languages, pattern). Every capturing group of a pattern marks a number that is not a
# figure. Placeholders: <NUM> one number or vague amount, <NUMS> one or a range of them,
# <YEAR> a four-digit year, <MONTH> a month name, <SCALE> a scale word.
_EXCLUSION_RULES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("date", ("de",), r"(?<![\d.,])(\d{1,2})\.\s*<MONTH>"),
    ("date", ("en",), r"<MONTH>\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(<YEAR>))?(?!\d)"),
    ("date", ("en",), r"(?<![\d.,])(\d{1,2})\s+(?:of\s+)?<MONTH>"),
    ("date", ("en",), r"(?<!\w)<MON>\.?\s+(\d{1,2})(?!\d|,\d)"),
    ("date", ("de",), r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{2,4})(?!\d)"),
    (
        "year",
        ("de",),
        r"(?:(?<!\w)(?i:im|seit|Jahr|Jahre|Jahres|Anfang|Mitte|Ende|Frühjahr|Frühling|Sommer"
        r"|Herbst|Winter)|<MONTH>)\s+(<YEAR>)(?!\d)",
    ),
    (
        "year",
        ("en",),
        r"(?:(?<!\w)(?i:in|since|until|year|early|mid|late|end\s+of|beginning\s+of|spring"
        r"|summer|autumn|fall|winter)[\s-]+|<MONTH>\s+)(<YEAR>)(?!\d)",
    ),
    (
        "year_range",
        LANGUAGES,
        r"(?<![\d.,])(<YEAR>)\s*(?:[-\u2013/]|\s(?i:bis|to)\s)\s*(<YEAR>|\d\d)(?!\w)",
    ),
    ("year_range", LANGUAGES, r"(?i:zwischen|between)\s+(<YEAR>)\s+(?i:und|and)\s+(<YEAR>)(?!\d)"),
    ("age", ("de",), r"(<NUMS>)\s*-?\s*(?i:jährig)"),
    ("age", ("de",), r"(<NUMS>)\s+Jahre\s+alt(?!\w)"),
    ("age", ("de",), r"(?i:im\s+Alter\s+von)\s+(<NUMS>)"),
    ("age", ("de",), r"(?<!\w)(?:Anfang|Mitte|Ende)\s+(\d0|zwanzig|dreißig|vierzig)(?!\w)"),
    ("age", ("en",), r"(<NUMS>)[\s-]+years?[\s-]+old(?!\w)"),
    # the press habit of an age in brackets after a name: "Kim Jong Un (40)"
    ("age", LANGUAGES, r"[A-ZÄÖÜ][\w\-]*\s+\((\d{1,3})\)"),
    # a duration as an adjective: "nach einem 120-tägigen Einsatz", "a 90-day deployment"
    (
        "duration",
        LANGUAGES,
        r"(<NUMS>)\s*-\s*(?:(?i:tägig|wöchig|monatig|stündig|minütig)|(?i:day|week|month|year"
        r"|hour|minute)(?!\w|-old))",
    ),
    # a model number: "M-1991", "KN-23", "T-90", "S-400", "G7"
    ("model", LANGUAGES, r"(?<![\w-])[A-Z][A-Za-z]{0,3}-(\d[\d.]*\d|\d)(?!\d)"),
    ("model", LANGUAGES, r"(?<![\w-])[A-Z]{1,3}(\d{1,4})(?!\w)"),
    ("age", ("en",), r"(?<!\w)aged\s+(<NUMS>)"),
    (
        "duration",
        LANGUAGES,
        r"(<NUMS>)(?:\s+and\s+an?\s+half)?\s+(?i:Jahr|Jahre|Jahren|Jahres|Jahrzehnte?n?"
        r"|Monat|Monate|Monaten|Monats|Woche|Wochen|Tag|Tage|Tagen|Stunde|Stunden|Minute"
        r"|Minuten|Sekunden|Min\.|years?|decades?|months?|weeks?|days?|hours?|minutes?|mins?"
        r"|seconds?)(?!\w)",
    ),
    (
        "percent",
        LANGUAGES,
        r"(<NUMS>)\s*(?:%|(?i:Prozent|Prozentpunkte?|percent|per\s+cent|percentage\s+points?))",
    ),
    ("money", LANGUAGES, r"(?:[$€£]|US\$|(?i:USD|EUR)\s)\s*(<NUMS>)"),
    (
        "money",
        LANGUAGES,
        r"(<NUMS>)(?:\s+<SCALE>)?\s*(?:[$€£]|(?i:(?:US-|U\.S\.\s+|US\s+)?Dollars?|Euros?|Rubel|Yuan|Won|USD"
        r"|EUR|RUB|KRW|roubles?|rubles?)(?!\w))",
    ),
    (
        "rank",
        ("de",),
        r"(<NUM>)\s+[a-zäöüß]*(?:größt|grösst|stärkst|höchst|kleinst|best|letzt|nächst|meist"
        r"|igst|lichst)e[nrsm]?(?!\w)",
    ),
    (
        "rank",
        ("en",),
        r"(<NUM>)\s+(?:largest|biggest|greatest|smallest|strongest|richest|poorest|highest"
        r"|lowest|best|worst)(?!\w)",
    ),
    # "die 3. Division", "zum 2. Mal", "23. und 24. Oktober"; a sentence-final "3000. Die"
    # is followed by a capital letter and stays a figure.
    (
        "ordinal",
        ("de",),
        r"(?<![\d.,])(\d{1,3})\.\s+(?=[a-zäöüß]|[\w-]*?(?i:division|brigade|armee|korps"
        r"|regiment|bataillon|kompanie|platz|jahrestag|runde|mal)(?!\w))",
    ),
    (
        "time",
        ("de",),
        r"(?<![\d.,])(\d{1,2})(?:[:.]\d\d)?(?:\s*(?:[-\u2013]|bis)\s*(\d{1,2})(?:[:.]\d\d)?)?"
        r"\s*Uhr(?!\w)",
    ),
    ("time", LANGUAGES, r"(?<![\d.,])(\d{1,2}):(\d\d)(?!\d)"),
    ("time", ("en",), r"(?<![\d.,])(\d{1,2})(?::\d\d)?\s*(?i:a\.m\.|p\.m\.|am|pm)(?!\w)"),
    (
        "measure",
        LANGUAGES,
        r"(<NUMS>)(?:\s+<SCALE>)?\s*-?\s*(?:km|kg|mm|cm|(?i:Kilometern?|Quadratkilometern?|Metern?"
        r"|Millimetern?|Zentimetern?|millimet(?:er|re)s?|Kaliber|calib(?:er|re)|inch(?:es)?"
        r"|Meilen|Tonnen|Kilogramm|Grad|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|tonnes?"
        r"|tons?|degrees?))(?!\w)",
    ),
    (
        "reference",
        LANGUAGES,
        r"(?:(?<!\w)(?i:Nr\.|Artikel|Art\.|Paragra(?:f|ph)|Kapitel|Seite|Resolution|Platz"
        r"|Rang|No\.|Article|Chapter|page)|§)\s*(<NUM>)",
    ),
)


def _exclusion_source(template: str, lang: str) -> str:
    number = rf"(?i:{_alternation(VAGUE[lang])}|{_number_source(lang)})"
    parts = {
        "NUM": number,
        "NUMS": (
            rf"(?:(?i:zwischen|between)\s+(?:{number})\s+(?i:und|and)\s+(?:{number})"
            rf"|(?:{number})-?(?:\s*(?:[-\u2013]|(?i:bis|to)\s)\s*(?:{number}))?)"
        ),
        "YEAR": r"(?:19\d\d|20\d\d|2100)",
        "MONTH": _alternation(_MONTHS),
        "MON": _alternation(_EN_MONTH_ABBREVIATIONS),
        "SCALE": rf"(?i:{_alternation(SCALES[lang])})",
    }
    return re.sub(r"<([A-Z]+)>", lambda m: parts[m[1]], template)


_EXCLUSIONS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    lang: tuple(
        (name, re.compile(_exclusion_source(template, lang)))
        for name, languages, template in _EXCLUSION_RULES
        if lang in languages
    )
    for lang in LANGUAGES
}


# Words one of which every match of a rule holds, tested first: the rules that open with a
# number are slow to search, and most sentences hold none of their words.
_HINTS = {
    name: re.compile(hint, re.IGNORECASE)
    for name, hint in {
        "age": r"jährig|jahre|alter|anfang|mitte|ende|year|aged|\(",
        "duration": r"jahr|monat|woche|tag|stunde|minute|sekunde|min|year|decade|month|week|day"
        r"|hour|second|tägig|wöchig|stündig|minütig",
        "percent": r"%|prozent|per\s*cent",
        "money": r"[$€£]|usd|eur|dollar|rubel|yuan|won|rub|krw|rouble",
        "rank": r"größt|grösst|stärkst|höchst|kleinst|best|letzt|nächst|meist|igst|lichst|largest"
        r"|biggest|greatest|smallest|strongest|richest|poorest|highest|lowest|worst",
        "measure": r"km|kg|mm|cm|met(?:er|re)|meile|mile|tonne|ton|kilogramm|grad|degree|kaliber"
        r"|calib|inch",
    }.items()
}


def _excluded(text: str, lang: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """(rule name, span) of every number in ``text`` that an exclusion rule rules out."""
    for name, pattern in _EXCLUSIONS[lang]:
        hint = _HINTS.get(name)
        if hint is not None and not hint.search(text):
            continue
        for match in pattern.finditer(text):
            for group in range(1, pattern.groups + 1):
                if match.start(group) >= 0:
                    yield name, match.span(group)


# --- parsing ----------------------------------------------------------------------------------


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
    return language


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _integral(value: Decimal) -> int | None:
    return int(value) if value == value.to_integral_value() else None


def _mantissa(text: str, lang: str) -> Decimal | None:
    """Value of the part before any scale word: digits, a number word or "eine"."""
    if text[0].isdigit():
        plain = _SEPARATORS_RE[lang].sub("", text)
        return Decimal(plain.replace(_SYNTAX[lang].decimal_mark, "."))
    word = _key(text)
    if _ONE_RE[lang].fullmatch(word):
        return Decimal(1)
    # threshold=0: text2num otherwise keeps small numbers such as "zwei" as words.
    converted = alpha2digit(_ARTICLE_RE.sub("one ", word), lang, threshold=0)
    return Decimal(converted) if converted.isdigit() else None


def _parts(text: str, lang: str) -> tuple[Decimal, int | None] | None:
    """(mantissa, scale multiplier or None) of a text known to match one number."""
    match = _PARTS_RE[lang].fullmatch(text)
    if match is None:
        return None
    mantissa = _mantissa(match["mantissa"], lang)
    if mantissa is None:
        return None
    scale = SCALES[lang][_key(match["scale"])] if match["scale"] else None
    return mantissa, scale


def parse_number(text: str, language: str = "de") -> int | None:
    """A single number as written ("12.000", "1,4 Millionen", "zwölftausend", "12,000",
    "two thousand"); None when the text is not one whole number."""
    lang = _language(language)
    text = text.strip()
    if not _NUMBER_RE[lang].fullmatch(text):
        return None
    parts = _parts(text, lang)
    if parts is None:
        return None
    mantissa, scale = parts
    return _integral(mantissa * (scale or 1))


def _range_bounds(low_text: str, high_text: str, lang: str) -> tuple[int, int] | None:
    """Bounds of "A bis B"; A borrows B's scale word ("1 bis 2 Millionen") when it has none
    and is not larger than B's mantissa. None unless A < B."""
    low, high = _parts(low_text, lang), _parts(high_text, lang)
    if low is None or high is None:
        return None
    (low_mantissa, low_scale), (high_mantissa, high_scale) = low, high
    if low_scale is None and high_scale is not None and low_mantissa <= high_mantissa:
        low_scale = high_scale
    low_value = _integral(low_mantissa * (low_scale or 1))
    high_value = _integral(high_mantissa * (high_scale or 1))
    if low_value is None or high_value is None or low_value >= high_value:
        return None
    return low_value, high_value


def _range_texts(groups: dict[str, str | None]) -> tuple[str, str]:
    if groups["za"]:
        return groups["za"], groups["zb"]
    if groups.get("sa"):
        suffix = _SUSPENDED_SUFFIX_RE.search(groups["sb"].lower())
        return groups["sa"] + suffix.group(), groups["sb"]
    return groups["ra"], groups["rb"]


def _figure(match: re.Match[str], lang: str) -> Figure | None:
    """The figure a match of ``_FIGURE_RE`` stands for, or None if its numbers do not parse."""
    groups = match.groupdict()
    if groups["vague"]:
        qualifier = "vague"
        low, high = VAGUE[lang][_key(groups["vague"])]
    elif groups["num"]:
        value = parse_number(groups["num"], lang)
        if value is None:
            return None
        qualifier = QUALIFIERS[lang][_key(groups["qual"])] if groups["qual"] else "exact"
        low_is_value, high_is_value = BOUNDS[qualifier]
        low = value if low_is_value else None
        high = (value - 1 if qualifier in BELOW else value) if high_is_value else None
    else:
        bounds = _range_bounds(*_range_texts(groups), lang)
        if bounds is None:
            return None
        qualifier = "range"
        low, high = bounds
    return Figure(match.group(), match.start(), match.end(), low, high, qualifier)


def parse_figure(text: str, language: str = "de") -> Figure | None:
    """The whole text as one figure expression (surrounding whitespace allowed); offsets are
    into ``text``. None when the text is anything else."""
    lang = _language(language)
    start = len(text) - len(text.lstrip())
    match = _FIGURE_RE[lang].fullmatch(text, start, len(text.rstrip()))
    return _figure(match, lang) if match else None


def find_figures(text: str, language: str = "de") -> list[Figure]:
    """Every figure expression in a running text, left to right, qualifiers absorbed.

    A candidate that does not parse or touches an excluded number (date, year, age, ...) is
    dropped and the search resumes one character after its start, so that "bis zu 3000"
    after a rejected "2022" is still found."""
    lang = _language(language)
    if not _FIGURE_RE[lang].search(text):
        return []  # the exclusions are costly to search; a text without figures needs none
    excluded = [span for _, span in _excluded(text, lang)]
    figures: list[Figure] = []
    position = 0
    while match := _FIGURE_RE[lang].search(text, position):
        figure = _figure(match, lang)
        if figure is None or any(s < figure.end and figure.start < e for s, e in excluded):
            position = match.start() + 1
        else:
            figures.append(figure)
            position = match.end()
    return figures
