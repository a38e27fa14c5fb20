"""Tests for claimbook.text.numbers. Every sentence here was written for these tests."""

import pytest

from claimbook import vocab
from claimbook.text.numbers import (
    BOUNDS,
    QUALIFIERS,
    Figure,
    _excluded,
    find_figures,
    parse_figure,
    parse_number,
)


def summary(figures: list[Figure]) -> list[tuple[str, int | None, int | None, str]]:
    return [(f.text, f.low, f.high, f.qualifier) for f in figures]


# --- parse_number -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.000", 12_000),
        ("1.500", 1_500),
        ("3000", 3_000),
        ("10'000", 10_000),
        ("10\u2019000", 10_000),
        ("12 000", 12_000),
        ("12\u202f000", 12_000),
        ("1.250.000", 1_250_000),
        ("1,4 Millionen", 1_400_000),
        ("2,5 Mio.", 2_500_000),
        ("1 Milliarde", 1_000_000_000),
        ("eine Million", 1_000_000),
        ("zwei Millionen", 2_000_000),
        ("12 Tausend", 12_000),
        ("zehn", 10),
        ("neun", 9),
        ("zwei", 2),
        ("eins", 1),
        ("tausend", 1_000),
        ("Tausend", 1_000),
        ("zweitausend", 2_000),
        ("zwölftausend", 12_000),
        ("dreiundzwanzigtausend", 23_000),
        ("zweihunderttausend", 200_000),
        ("ein Dutzend", 12),
        ("zwei Dutzend", 24),
        ("2000", 2_000),
        ("  3000 ", 3_000),
    ],
)
def test_parse_number_german(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,000", 12_000),
        ("1,500", 1_500),
        ("3000", 3_000),
        ("1.4 million", 1_400_000),
        ("2 billion", 2_000_000_000),
        ("a million", 1_000_000),
        ("ten", 10),
        ("two", 2),
        ("two thousand", 2_000),
        ("a hundred", 100),
        ("twenty-five thousand", 25_000),
        ("one hundred and fifty", 150),
    ],
)
def test_parse_number_english(text: str, expected: int) -> None:
    assert parse_number(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldaten", "de"),
        ("", "de"),
        ("1,5", "de"),  # a decimal is a number of people only with a scale word
        ("ein", "de"),  # article
        ("ersten", "de"),  # ordinal
        ("Hunderte", "de"),  # vague, not a number
        ("mehrere Hundert", "de"),  # vague, not a number
        ("Dutzend", "de"),  # a scale word needs a number or "ein" in front
        ("rund 3000", "de"),  # a figure, not a bare number
        ("3000 Soldaten", "de"),
        ("12.000", "en"),  # English reads "." as a decimal point
        ("one", "en"),
        ("two three", "en"),
    ],
)
def test_parse_number_rejects(text: str, language: str) -> None:
    assert parse_number(text, language) is None


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        parse_number("3000", "fr")


# --- parse_figure -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3000", "de", (3000, 3000, "exact")),
        ("rund zehn", "de", (10, 10, "about")),
        ("etwa 12.000", "de", (12_000, 12_000, "about")),
        ("ungefähr 500", "de", (500, 500, "about")),
        ("circa 800", "de", (800, 800, "about")),
        ("ca. 1.500", "de", (1_500, 1_500, "about")),
        ("annähernd 700", "de", (700, 700, "about")),
        ("mindestens 3000", "de", (3_000, None, "at_least")),
        ("wenigstens zwölftausend", "de", (12_000, None, "at_least")),
        ("mehr als 10'000", "de", (10_000, None, "more_than")),
        ("über 1,4 Millionen", "de", (1_400_000, None, "more_than")),
        ("Über 200", "de", (200, None, "more_than")),
        ("bis zu 12 000", "de", (None, 12_000, "up_to")),
        ("knapp 11.000", "de", (None, 11_000, "just_under")),
        ("nicht annähernd 1000", "de", (None, 999, "not_nearly")),  # 1000 is ruled out
        ("nicht annähernd um 1000", "de", (None, 999, "not_nearly")),
        ("nicht annähernd um 3.000", "de", (None, 2_999, "not_nearly")),
        ("25.000 bis 30.000", "de", (25_000, 30_000, "range")),
        ("zwischen 5000 und 7000", "de", (5_000, 7_000, "range")),
        ("10.000-12.000", "de", (10_000, 12_000, "range")),
        ("10.000\u201312.000", "de", (10_000, 12_000, "range")),
        ("zehn bis zwölf", "de", (10, 12, "range")),
        ("1 bis 2 Millionen", "de", (1_000_000, 2_000_000, "range")),
        ("zwei- bis dreitausend", "de", (2_000, 3_000, "range")),
        ("ein Dutzend", "de", (12, 12, "exact")),
        ("einem Dutzend", "de", (12, 12, "exact")),
        ("zwei Dutzend", "de", (24, 24, "exact")),
        ("2 Dutzend", "de", (24, 24, "exact")),
        ("rund zwei Dutzend", "de", (24, 24, "about")),
        ("mehr als ein Dutzend", "de", (12, None, "more_than")),
        ("zwei bis drei Dutzend", "de", (24, 36, "range")),
        ("Dutzende", "de", (24, 99, "vague")),
        ("Dutzenden", "de", (24, 99, "vague")),
        ("mehrere Dutzend", "de", (24, 99, "vague")),
        ("ein paar Dutzend", "de", (24, 99, "vague")),
        ("Hunderte", "de", (200, 999, "vague")),
        ("Tausende", "de", (2_000, 9_999, "vague")),
        ("tausende", "de", (2_000, 9_999, "vague")),
        ("Tausenden", "de", (2_000, 9_999, "vague")),
        ("mehrere Hundert", "de", (200, 999, "vague")),  # a range, never exactly 100
        ("mehreren Hundert", "de", (200, 999, "vague")),
        ("einige Hundert", "de", (200, 999, "vague")),
        ("einigen hundert", "de", (200, 999, "vague")),
        ("ein paar Hundert", "de", (200, 999, "vague")),
        ("wenige Hundert", "de", (200, 999, "vague")),
        ("mehrere tausend", "de", (2_000, 9_999, "vague")),
        ("mehrere Tausend", "de", (2_000, 9_999, "vague")),
        ("mehreren Tausend", "de", (2_000, 9_999, "vague")),
        ("einige tausend", "de", (2_000, 9_999, "vague")),
        ("einige Tausend", "de", (2_000, 9_999, "vague")),
        ("ein paar Tausend", "de", (2_000, 9_999, "vague")),
        ("mehrere Zehntausend", "de", (20_000, 99_999, "vague")),
        ("Zehntausende", "de", (20_000, 99_999, "vague")),
        ("Hunderttausende", "de", (200_000, 999_999, "vague")),
        ("about 12,000", "en", (12_000, 12_000, "about")),
        ("around 1.4 million", "en", (1_400_000, 1_400_000, "about")),
        ("roughly ten", "en", (10, 10, "about")),
        ("some 3,000", "en", (3_000, 3_000, "about")),
        ("approximately two thousand", "en", (2_000, 2_000, "about")),
        ("at least 500", "en", (500, None, "at_least")),
        ("more than 1,000", "en", (1_000, None, "more_than")),
        ("over 700", "en", (700, None, "more_than")),
        ("up to 15,000", "en", (None, 15_000, "up_to")),
        ("nearly 11,000", "en", (None, 11_000, "just_under")),
        ("almost 200", "en", (None, 200, "just_under")),
        ("just under 3,000", "en", (None, 3_000, "just_under")),
        ("not nearly 900", "en", (None, 899, "not_nearly")),
        ("between 5,000 and 7,000", "en", (5_000, 7_000, "range")),
        ("10,000 to 12,000", "en", (10_000, 12_000, "range")),
        ("a dozen", "en", (12, 12, "exact")),
        ("two dozen", "en", (24, 24, "exact")),
        ("dozens", "en", (24, 99, "vague")),
        ("several dozen", "en", (24, 99, "vague")),
        ("hundreds", "en", (200, 999, "vague")),
        ("several hundred", "en", (200, 999, "vague")),
        ("a few hundred", "en", (200, 999, "vague")),
        ("a couple of thousand", "en", (2_000, 9_999, "vague")),
        ("thousands", "en", (2_000, 9_999, "vague")),
        ("several thousand", "en", (2_000, 9_999, "vague")),
        ("tens of thousands", "en", (20_000, 99_999, "vague")),
        ("hundreds of thousands", "en", (200_000, 999_999, "vague")),
    ],
)
def test_parse_figure(
    text: str, language: str, expected: tuple[int | None, int | None, str]
) -> None:
    figure = parse_figure(text, language)
    assert figure == Figure(text, 0, len(text), *expected)


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("nicht annähernd 3000", "de", 3_000),
        ("nicht annähernd um zwölftausend", "de", 12_000),
        ("nicht annähernd ein Dutzend", "de", 12),
        ("not nearly 3,000", "en", 3_000),
    ],
)
def test_not_nearly_rules_the_written_number_out(text: str, language: str, written: int) -> None:
    figure = parse_figure(text, language)
    assert (figure.low, figure.high, figure.qualifier) == (None, written - 1, "not_nearly")


def test_parse_figure_offsets_skip_surrounding_space() -> None:
    assert parse_figure("  rund zehn ") == Figure("rund zehn", 2, 11, 10, 10, "about")


@pytest.mark.parametrize(
    "text",
    ["3000 Soldaten", "absolut nicht annähernd 1000", "30 bis 20", "im Oktober", "weitere 6000"],
)
def test_parse_figure_rejects(text: str) -> None:
    assert parse_figure(text) is None


# --- find_figures: figures ----------------------------------------------------------------------

GERMAN_SENTENCES = [
    (
        "Der Minister sprach von rund 12.000 Mann, weitere 6000 sollen folgen.",
        [("rund 12.000", 12_000, 12_000, "about"), ("6000", 6_000, 6_000, "exact")],
    ),
    (
        "Mindestens 3000 kamen an, mehr als 1.500 wurden verletzt, bis zu 10'000 warten.",
        [
            ("Mindestens 3000", 3_000, None, "at_least"),
            ("mehr als 1.500", 1_500, None, "more_than"),
            ("bis zu 10'000", None, 10_000, "up_to"),
        ],
    ),
    (
        "Es waren knapp 12 000 Mann und wenigstens zwölftausend Reservisten.",
        [
            ("knapp 12 000", None, 12_000, "just_under"),
            ("wenigstens zwölftausend", 12_000, None, "at_least"),
        ],
    ),
    (
        "Das sind absolut nicht annähernd um 1000 Soldaten, eher über 1,4 Millionen Granaten.",
        [
            ("nicht annähernd um 1000", None, 999, "not_nearly"),
            ("über 1,4 Millionen", 1_400_000, None, "more_than"),
        ],
    ),
    (
        "Schätzungen liegen zwischen 5000 und 7000, andere nennen 25.000 bis 30.000 Mann.",
        [
            ("zwischen 5000 und 7000", 5_000, 7_000, "range"),
            ("25.000 bis 30.000", 25_000, 30_000, "range"),
        ],
    ),
    (
        "Erst kamen etwa zehn Offiziere, dann ungefähr neun Einheiten und circa tausend Mann.",
        [
            ("etwa zehn", 10, 10, "about"),
            ("ungefähr neun", 9, 9, "about"),
            ("circa tausend", 1_000, 1_000, "about"),
        ],
    ),
    (
        "Aus zweitausend wurden ca. 3000 und annähernd 4000 Mann.",
        [
            ("zweitausend", 2_000, 2_000, "exact"),
            ("ca. 3000", 3_000, 3_000, "about"),
            ("annähernd 4000", 4_000, 4_000, "about"),
        ],
    ),
    (
        "Hunderte fielen, Tausende wurden verlegt, mehrere tausend warten noch.",
        [
            ("Hunderte", 200, 999, "vague"),
            ("Tausende", 2_000, 9_999, "vague"),
            ("mehrere tausend", 2_000, 9_999, "vague"),
        ],
    ),
    (
        "Mit Tausenden Soldaten und Dutzenden Offizieren zogen Hunderttausende Granaten mit.",
        [
            ("Tausenden", 2_000, 9_999, "vague"),
            ("Dutzenden", 24, 99, "vague"),
            ("Hunderttausende", 200_000, 999_999, "vague"),
        ],
    ),
    (
        "Ein Dutzend Offiziere führte zwei Dutzend Späher und Dutzende Pioniere an.",
        [
            ("Ein Dutzend", 12, 12, "exact"),
            ("zwei Dutzend", 24, 24, "exact"),
            ("Dutzende", 24, 99, "vague"),
        ],
    ),
    (
        "Mehrere Hundert kamen mit mehreren Hundert Lastwagen, einige Tausend folgen.",
        [
            ("Mehrere Hundert", 200, 999, "vague"),
            ("mehreren Hundert", 200, 999, "vague"),
            ("einige Tausend", 2_000, 9_999, "vague"),
        ],
    ),
    (
        "Erst waren es ein paar Hundert, dann einige Hundert mehr, nun mehrere Tausend.",
        [
            ("ein paar Hundert", 200, 999, "vague"),
            ("einige Hundert", 200, 999, "vague"),
            ("mehrere Tausend", 2_000, 9_999, "vague"),
        ],
    ),
    (
        "Zwei- bis dreitausend Mann sollen es sein, nicht 10.000-12.000.",
        [
            ("Zwei- bis dreitausend", 2_000, 3_000, "range"),
            ("10.000-12.000", 10_000, 12_000, "range"),
        ],
    ),
    (
        "Die ersten 2000 Soldaten trafen ein.",
        [("2000", 2_000, 2_000, "exact")],
    ),
    (
        "Die Zahl stieg von 11.000 auf 12.000. Danach waren es 14.000.",
        [
            ("11.000", 11_000, 11_000, "exact"),
            ("12.000", 12_000, 12_000, "exact"),
            ("14.000", 14_000, 14_000, "exact"),
        ],
    ),
    (
        "Seit 2022 sollen bis zu 3000 Mann ausgebildet worden sein.",
        [("bis zu 3000", None, 3_000, "up_to")],
    ),
]

ENGLISH_SENTENCES = [
    (
        "Officials counted about 12,000 troops and around 1.4 million shells.",
        [
            ("about 12,000", 12_000, 12_000, "about"),
            ("around 1.4 million", 1_400_000, 1_400_000, "about"),
        ],
    ),
    (
        "At least 500 were hurt, more than 1,000 arrived and up to 15,000 may follow.",
        [
            ("At least 500", 500, None, "at_least"),
            ("more than 1,000", 1_000, None, "more_than"),
            ("up to 15,000", None, 15_000, "up_to"),
        ],
    ),
    (
        "Nearly 11,000 came, not nearly 900 returned, roughly ten were captured.",
        [
            ("Nearly 11,000", None, 11_000, "just_under"),
            ("not nearly 900", None, 899, "not_nearly"),
            ("roughly ten", 10, 10, "about"),
        ],
    ),
    (
        "Estimates range between 5,000 and 7,000, others say 10,000 to 12,000.",
        [
            ("between 5,000 and 7,000", 5_000, 7_000, "range"),
            ("10,000 to 12,000", 10_000, 12_000, "range"),
        ],
    ),
    (
        "A dozen officers led two dozen scouts, a few hundred followed.",
        [
            ("A dozen", 12, 12, "exact"),
            ("two dozen", 24, 24, "exact"),
            ("a few hundred", 200, 999, "vague"),
        ],
    ),
    (
        "Dozens deserted, thousands trained and tens of thousands may follow.",
        [
            ("Dozens", 24, 99, "vague"),
            ("thousands", 2_000, 9_999, "vague"),
            ("tens of thousands", 20_000, 99_999, "vague"),
        ],
    ),
    (
        "One of them said that two thousand arrived, some 3,000 more than planned.",
        [("two thousand", 2_000, 2_000, "exact"), ("some 3,000", 3_000, 3_000, "about")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_SENTENCES)
def test_find_figures_german(text: str, expected: list[tuple]) -> None:
    assert summary(find_figures(text)) == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH_SENTENCES)
def test_find_figures_english(text: str, expected: list[tuple]) -> None:
    assert summary(find_figures(text, "en")) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [(text, "de") for text, _ in GERMAN_SENTENCES]
    + [(text, "en") for text, _ in ENGLISH_SENTENCES],
)
def test_offsets_point_at_the_text(text: str, language: str) -> None:
    figures = find_figures(text, language)
    assert figures
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text
    assert [f.start for f in figures] == sorted(f.start for f in figures)


def test_offsets_are_code_points_after_non_ascii() -> None:
    text = "Für Kämpfe in Kursk: über 3000 Mann."
    (figure,) = find_figures(text)
    assert (figure.start, figure.end) == (21, 30)
    assert text[21:30] == "über 3000"


# --- find_figures: exclusions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "rule"),
    [
        ("Am 23. Oktober wurde gemeldet.", "de", "date"),
        ("Es geschah am 4. November.", "de", "date"),
        ("It happened on October 23.", "en", "date"),
        ("It happened on 23 October.", "en", "date"),
        ("Das war im Jahr 2024 bekannt.", "de", "year"),
        ("Das ist seit 2022 bekannt.", "de", "year"),
        ("Im Februar 2022 begann es.", "de", "year"),
        ("Ende 2024 hieß es anders.", "de", "year"),
        ("This has been known since 2022.", "en", "year"),
        ("In 2023 it changed.", "en", "year"),
        ("Das galt von 2022 bis 2024.", "de", "year_range"),
        ("Im Winter 2024/25 war es kalt.", "de", "year_range"),
        ("Das galt zwischen 2022 und 2024.", "de", "year_range"),
        ("Der 72-jährige Offizier sprach.", "de", "age"),
        ("Mit dem 41-jährigen Sprecher.", "de", "age"),
        ("Er ist 35 Jahre alt.", "de", "age"),
        ("Männer im Alter von 18 wurden eingezogen.", "de", "age"),
        ("Die Männer sind Mitte 20.", "de", "age"),
        ("A 19-year-old soldier spoke.", "en", "age"),
        ("A soldier aged 19 spoke.", "en", "age"),
        ("Nach drei Tagen kam die Nachricht.", "de", "duration"),
        ("Das dauerte 18 Monate.", "de", "duration"),
        ("That took two and a half years.", "en", "duration"),
        ("Within three days it was over.", "en", "duration"),
        ("Das sind 30 Prozent.", "de", "percent"),
        ("Das sind 30 % mehr.", "de", "percent"),
        ("Das sind 20 bis 30 Prozent.", "de", "percent"),
        ("That is 30 percent.", "en", "percent"),
        ("Das kostete 5 Millionen Dollar.", "de", "money"),
        ("Das kostete 200 Euro.", "de", "money"),
        ("Das kostete 1000 bis 2000 Dollar.", "de", "money"),
        ("It cost $5 million.", "en", "money"),
        ("Es ist eine der neun größten Armeen.", "de", "rank"),
        ("Die zehn wichtigsten Punkte.", "de", "rank"),
        ("One of the nine largest armies.", "en", "rank"),
        ("Die 3. Division rückte vor.", "de", "ordinal"),
        ("Zum 2. Mal wurde berichtet.", "de", "ordinal"),
        ("Um 14 Uhr kam die Meldung.", "de", "time"),
        ("Von 10 bis 12 Uhr wurde beraten.", "de", "time"),
        ("Um 14:30 kam die Meldung.", "de", "time"),
        ("The news came at 9 a.m.", "en", "time"),
        ("Die Front ist 50 Kilometer entfernt.", "de", "measure"),
        ("The front is 50 miles away.", "en", "measure"),
        ("Das verstößt gegen Resolution 2231.", "de", "reference"),
        ("Siehe Artikel 4.", "de", "reference"),
    ],
)
def test_exclusions(text: str, language: str, rule: str) -> None:
    assert find_figures(text, language) == []
    assert rule in {name for name, _ in _excluded(text, language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das geschah nach zweieinhalb Jahren.", "de"),  # not a number word
        ("Er kam als Erster, dann der Zweite.", "de"),  # ordinals in words
        ("Am 23.10.2024 wurde gemeldet.", "de"),  # numeric date
        ("Ein Soldat wurde gesehen.", "de"),  # article
        ("Die Lage ist 1,5-mal so ernst.", "de"),  # decimal without scale word
        ("They came for the 3rd time.", "en"),  # English ordinal
    ],
)
def test_non_figures_without_a_rule(text: str, language: str) -> None:
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am 23. Oktober 2024 trafen 3000 Soldaten ein.",
            [("3000", 3_000, 3_000, "exact")],
        ),
        (
            "Nach drei Tagen waren es 72 Verwundete und 30 Prozent mehr.",
            [("72", 72, 72, "exact")],
        ),
        (
            "Die 3000 mussten nach 10 Tagen weiter.",
            [("3000", 3_000, 3_000, "exact")],
        ),
        (
            "Im Jahr 2024 kamen 12.000, im Jahr 2025 weitere 6000 Soldaten.",
            [("12.000", 12_000, 12_000, "exact"), ("6000", 6_000, 6_000, "exact")],
        ),
    ],
)
def test_exclusions_keep_neighbouring_figures(text: str, expected: list[tuple]) -> None:
    assert summary(find_figures(text)) == expected


# --- data -----------------------------------------------------------------------------------------


def test_qualifier_names_match_the_vocabulary() -> None:
    used = {q for table in QUALIFIERS.values() for q in table.values()} | set(BOUNDS)
    assert used | {"range", "vague"} <= set(vocab.QUALIFIERS)
