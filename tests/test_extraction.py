"""The claim extractor, rule by rule. Every sentence here was written for these tests."""

import datetime as dt

import pytest

from claimbook.extraction.dates import claim_date
from claimbook.extraction.extract import ArticleText, extract_article
from claimbook.extraction.figures import figures_in
from claimbook.extraction.hedges import markers_in
from claimbook.text import numbers
from claimbook.text.numbers import find_figures

PUBLISHED = dt.date(2024, 11, 6)  # a Wednesday


def candidates(body: str, language: str = "de") -> list[dict]:
    """The figure candidates of the body."""
    return [row for row in everything(body, language) if row["kind"] == "figure"]


def everything(body: str, language: str = "de") -> list[dict]:
    article = ArticleText("2024-11-06-test", body + "\n", PUBLISHED, language, "Testblatt")
    return extract_article(article)


def only(body: str, language: str = "de") -> dict:
    found = candidates(body, language)
    assert len(found) == 1, [row["figure_text"] for row in found]
    return found[0]


# --- figures that count people, in every written form ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "qualifier"),
    [
        ("Inzwischen sind 12.000 Soldaten in Russland.", "12.000", 12000, 12000, "exact"),
        ("Es geht um zwölftausend Nordkoreaner.", "zwölftausend", 12000, 12000, "exact"),
        ("Rund 5000 Truppen stehen bereit.", "Rund 5000", 5000, 5000, "about"),
        ("Es sind ca. 400 Offiziere.", "ca. 400", 400, 400, "about"),
        ("Mindestens 800 Männer wurden gemustert.", "Mindestens 800", 800, None, "at_least"),
        ("Mehr als 2000 Menschen meldeten sich.", "Mehr als 2000", 2000, None, "more_than"),
        ("Bis zu 10.000 Soldaten könnten folgen.", "Bis zu 10.000", None, 10000, "up_to"),
        ("Knapp 700 Gefangene wurden getauscht.", "Knapp 700", None, 700, "just_under"),
        ("Zwischen 5000 und 7000 Soldaten.", "Zwischen 5000 und 7000", 5000, 7000, "range"),
        ("Es sind 5000 bis 7000 Soldaten.", "5000 bis 7000", 5000, 7000, "range"),
        ("Es kamen zwei- bis dreitausend Soldaten.", "zwei- bis dreitausend", 2000, 3000, "range"),
        ("Hunderte Rekruten trafen ein.", "Hunderte", 200, 999, "vague"),
        ("Es kamen mehrere tausend Elitesoldaten.", "mehrere tausend", 2000, 9999, "vague"),
        ("Die Armee hat 1,1 Millionen Soldaten.", "1,1 Millionen", 1100000, 1100000, "exact"),
    ],
)
def test_german_head_counts(sentence, text, low, high, qualifier) -> None:
    row = only(sentence)
    assert (row["figure_text"], row["figure_low"], row["figure_high"]) == (text, low, high)
    assert row["figure_qualifier"] == qualifier
    assert row["quote"] == sentence


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "qualifier"),
    [
        ("They counted about 3,000 Korean soldiers.", "about 3,000", 3000, 3000, "about"),
        ("At least 1,500 troops arrived.", "At least 1,500", 1500, None, "at_least"),
        ("More than 10,000 men were sent.", "More than 10,000", 10000, None, "more_than"),
        ("Up to 12,000 soldiers may follow.", "Up to 12,000", None, 12000, "up_to"),
        ("Between 5,000 and 7,000 troops.", "Between 5,000 and 7,000", 5000, 7000, "range"),
        ("Dozens of conscripts deserted.", "Dozens", 24, 99, "vague"),
        ("Some two thousand workers left.", "Some two thousand", 2000, 2000, "about"),
    ],
)  # fmt: skip
def test_english_head_counts(sentence, text, low, high, qualifier) -> None:
    row = only(sentence, "en")
    assert (row["figure_text"], row["figure_low"], row["figure_high"]) == (text, low, high)
    assert row["figure_qualifier"] == qualifier


@pytest.mark.parametrize(
    "sentence",
    [
        "Der 45-jährige Offizier wurde befördert.",  # age
        "Am 12. November trafen sich die Minister in Moskau.",  # date
        "Seit 2022 führt Russland Krieg gegen die Ukraine.",  # year
        "Die Ausbildung der Soldaten dauert drei Wochen.",  # duration
        "Nordkorea gehört zu den zehn größten Armeen der Welt.",  # rank
        "Nur 40 Prozent der Soldaten sind ausgebildet.",  # percentage
        "Russland zahlt den Soldaten 2000 Dollar im Monat.",  # money
        "Das Übungsgelände der Soldaten umfasst 500 Quadratkilometer.",  # area
        "Pjöngjang lieferte den Soldaten 20.000 Granaten.",  # ammunition
        "Die Soldaten erhielten 300 Raketenwerfer.",  # equipment
        "Nordkorea schickte vier Brigaden nach Russland.",  # units, not soldiers
        "Die Soldaten kamen aus zwei Ländern.",  # countries
        "Die zwei trafen sich mit den Soldaten.",  # small figure without noun
    ],
)
def test_german_numbers_that_are_not_head_counts(sentence) -> None:
    assert candidates(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The 72-year-old leader met the soldiers.",
        "In 2024 the soldiers arrived.",
        "The soldiers trained for two weeks.",
        "Only 20 percent of the soldiers speak Russian.",
        "Each soldier is paid $2,000 a month.",
        "The soldiers fired 20,000 artillery shells.",
        "North Korea sent four brigades to Russia.",
        "It is one of the nine largest armies in the world.",
    ],
)
def test_english_numbers_that_are_not_head_counts(sentence) -> None:
    assert candidates(sentence, "en") == []


def test_a_figure_without_noun_counts_people_named_before() -> None:
    rows = candidates(
        "Nordkorea hat 9000 Soldaten nach Russland verlegt. Weitere 3000 werden bis Jahresende "
        "erwartet, die ersten 1000 davon sind bereits unterwegs."
    )
    assert [(row["figure_text"], row["counted"]) for row in rows] == [
        ("9000", "dispatched"),
        ("3000", "expected_additional"),
        ("1000", "en_route"),
    ]
    assert rows[1]["confidence"] < rows[0]["confidence"]


def test_a_governed_ueber_is_not_a_qualifier() -> None:
    row = only("Die Volksarmee verfügt über 1,1 Millionen aktive Soldaten.")
    assert (row["figure_text"], row["figure_low"], row["figure_high"]) == (
        "1,1 Millionen",
        1100000,
        1100000,
    )
    assert only("Über 1000 Soldaten sind dort.")["figure_qualifier"] == "more_than"


# --- what is counted --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Bei den Gefechten sollen 200 nordkoreanische Soldaten getötet worden sein.", "killed"),
        ("Rund 150 Nordkoreaner wurden bei dem Angriff verwundet.", "wounded"),
        ("Die Verluste belaufen sich auf 1000 Soldaten, Tote und Verletzte.", "casualties_total"),
        ("Pjöngjang hat bereits 5000 Soldaten nach Russland geschickt.", "dispatched"),
        ("Derzeit halten sich 8000 Nordkoreaner in Russland auf.", "in_russia"),
        ("Bei Chabarowsk werden 4000 Soldaten ausgebildet.", "in_training"),
        ("Rund 2500 nordkoreanische Soldaten kämpfen inzwischen an der Front.", "at_front"),
        ("Mindestens 7000 Nordkoreaner sind in der Region Kursk stationiert.", "in_kursk"),
        ("Nordkorea will insgesamt 20.000 Soldaten entsenden.", "planned_total"),
        ("Kim plant, weitere 10.000 Soldaten zu schicken.", "planned_additional"),
        ("In den kommenden Wochen werden weitere 3000 Soldaten erwartet.", "expected_additional"),
        ("Etwa 1000 Soldaten sind derzeit per Zug unterwegs.", "en_route"),
        ("Eine Vorhut von 50 Offizieren ist bereits eingetroffen.", "advance_party"),
        ("Nordkoreas Armee zählt 1,2 Millionen aktive Soldaten.", "force_size_context"),
        ("Selbst wenn Kim 50.000 Soldaten schicken würde, änderte das wenig.", "hypothetical"),
        ("Sogar 20.000 Nordkoreaner würden daran nichts ändern.", "hypothetical"),
        ("Ein Verlag beschäftigt 300 Menschen.", "other"),
    ],
)  # fmt: skip
def test_counted_german(sentence, counted) -> None:
    assert only(sentence)["counted"] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("At least 3,000 North Korean troops are being trained in eastern Russia.", "in_training"),
        ("About 1,500 soldiers have been sent to Russia.", "dispatched"),
        ("Some 200 North Korean soldiers were killed in the attack.", "killed"),
        ("Nearly 400 troops were wounded near the border.", "wounded"),
        ("North Korea plans to send 10,000 more troops.", "planned_additional"),
        ("Even 15,000 soldiers would not change the war.", "hypothetical"),
    ],
)  # fmt: skip
def test_counted_english(sentence, counted) -> None:
    assert only(sentence, "en")["counted"] == counted


# --- who claims it ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant", "side", "via"),
    [
        (
            "Laut dem ukrainischen Geheimdienst befinden sich 9000 Nordkoreaner in Russland.",
            "ukrainischen Geheimdienst", "ukraine", "",
        ),
        (
            "Nach Angaben des Pentagons trainieren 4000 nordkoreanische Soldaten in Russland.",
            "Pentagons", "usa", "",
        ),
        (
            "Der südkoreanische Verteidigungsminister sagte, 6000 Soldaten seien entsandt worden.",
            "südkoreanische Verteidigungsminister", "south_korea", "",
        ),
        (
            "Dem Weißen Haus zufolge sind 2000 Nordkoreaner an der Front.",
            "Weißen Haus", "usa", "",
        ),
        (
            "Die Agentur Reuters berichtete unter Berufung auf Nato-Kreise, 5000 Soldaten seien "
            "in Kursk.",
            "Nato-Kreise", "nato", "Die Agentur Reuters",
        ),
        (
            "Am Dienstag teilte das russische Verteidigungsministerium mit, 300 Soldaten seien "
            "eingetroffen.",
            "russische Verteidigungsministerium", "russia", "",
        ),
        (
            "Wie die Nachrichtenagentur Yonhap berichtete, sind 1200 Nordkoreaner eingetroffen.",
            "Nachrichtenagentur Yonhap", "media", "",
        ),
        (
            "„Wir zählen mindestens 2500 nordkoreanische Soldaten an der Front“, sagte Präsident "
            "Selenskyj.",
            "Präsident Selenskyj", "ukraine", "",
        ),
        (
            "Nach Einschätzung von Experten sind 3000 Soldaten in Kursk, erklärte der Analyst "
            "Jan Muster vom Institut für Sicherheit.",
            "Analyst Jan Muster vom Institut für Sicherheit", "analyst", "",
        ),
        (
            "Nordkorea hat 1,3 Millionen aktive Soldaten.",
            "the outlet (Testblatt)", "media", "",
        ),
    ],
)  # fmt: skip
def test_attribution_german(body, claimant, side, via) -> None:
    row = only(body)
    assert (row["claimant"], row["claimant_side"], row["via"]) == (claimant, side, via)


def test_reported_speech_keeps_the_speaker_of_the_sentence_before() -> None:
    row = only(
        "Kremlsprecher Peskow äußerte sich am Montag zu den Berichten. Demnach seien nur 100 "
        "Nordkoreaner als Bauarbeiter im Land."
    )
    assert (row["claimant"], row["claimant_side"]) == ("Kremlsprecher Peskow", "russia")
    assert row["claim_date"] == "2024-11-04"


def test_a_claimant_without_side_words_takes_them_from_an_earlier_mention() -> None:
    row = only(
        "Der südkoreanische Nachrichtendienst warnte vor einer Eskalation. Später erklärte der "
        "Nachrichtendienst, 4000 Soldaten seien in Russland."
    )
    assert row["claimant_side"] == "south_korea"


@pytest.mark.parametrize(
    ("body", "side"),
    [
        ("According to U.S. officials, about 3,000 troops are in Russia.", "usa"),
        ("Ukrainian intelligence said 2,000 soldiers had arrived in Kursk.", "ukraine"),
        ("“We see 1,000 soldiers there,” said NATO Secretary General Mark Rutte.", "nato"),
        ("North Korea has 1.2 million active soldiers.", "media"),
    ],
)
def test_attribution_english(body, side) -> None:
    assert only(body, "en")["claimant_side"] == side


# --- hedges and dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "markers"),
    [
        ("3000 Soldaten sollen in Kursk sein.", {"distancing": "sollen"}),
        ("Die angeblich 3000 Soldaten.", {"distancing": "angeblich"}),
        ("Die mutmaßlichen Söldner.", {"distancing": "mutmaßlich (mutmaßlichen)"}),
        ("Offenbar sind es 3000.", {"distancing": "offenbar"}),
        ("Wahrscheinlich sind es 3000.", {"uncertainty": "wahrscheinlich"}),
        ("Es sind möglicherweise 3000.", {"uncertainty": "möglicherweise"}),
        ("Es sind vermutlich 3000.", {"uncertainty": "vermutlich"}),
        ("Schätzungen zufolge sind es 3000.", {"uncertainty": "Schätzungen zufolge"}),
        ("Er sagte, es seien 3000.", {"distancing": "Konjunktiv I (seien)"}),
        ("Ich habe 3000 gezählt.", {}),
        ("Es wären 3000.", {"condition": "Konjunktiv II (wären)"}),
        ("Allegedly 3,000 soldiers are there.", {"distancing": "allegedly"}),
        ("Reportedly 3,000 soldiers are there.", {"distancing": "reportedly"}),
        ("Es sind 3000 Soldaten.", {}),
        ("3000 Soldaten sollen entsandt werden.", {"distancing": "sollen"}),
        ("3000 Soldaten, die entsandt werden sollen.", {}),
    ],
)
def test_markers_in_their_columns_with_the_quotes_forms(quote, markers) -> None:
    empty = {"distancing": "", "uncertainty": "", "condition": ""}
    assert markers_in(quote) == empty | markers


@pytest.mark.parametrize(
    ("words", "language", "date", "precision"),
    [
        ("sagte er am Mittwoch", "de", "2024-11-06", "day"),
        ("sagte er am Montagabend", "de", "2024-11-04", "day"),
        ("sagte er letzten Mittwoch", "de", "2024-10-30", "day"),
        ("said last Wednesday", "en", "2024-10-30", "day"),
        ("berichtete Mitte Oktober", "de", "2024-10-15", "approx"),
        ("erklärte Ende November", "de", "2024-11-06", "approx"),
        ("erklärte Anfang Dezember", "de", "2023-12-05", "approx"),
        ("Im April erklärte", "de", "2024-04-01", "month"),
        ("Im Januar 2023 erklärte", "de", "2023-01-01", "month"),
        ("am 21. Oktober erklärte", "de", "2024-10-21", "day"),
        ("sagte er gestern", "de", "2024-11-05", "day"),
        ("sagte er vergangene Woche", "de", "2024-10-30", "week"),
        ("vor zwei Wochen erklärte", "de", "2024-10-23", "week"),
        ("sagte er diesen Monat", "de", "2024-11-01", "month"),
        ("said on Friday", "en", "2024-11-01", "day"),
        ("said in mid-October", "en", "2024-10-15", "approx"),
        ("said in July", "en", "2024-07-01", "month"),
        ("said last week", "en", "2024-10-30", "week"),
        ("sagte er", "de", "2024-11-06", "publication"),
    ],
)
def test_claim_dates(words, language, date, precision) -> None:
    found = claim_date(words, PUBLISHED, language)
    assert (found.date.isoformat(), found.precision) == (date, precision)


def test_dates_inside_the_reported_content_do_not_date_the_claim() -> None:
    row = only("Kirby sagte, im August seien 3000 Soldaten nach Russland verlegt worden.")
    assert row["claim_date_precision"] == "publication"
    row = only("„Im Juli kamen 3000 Soldaten“, sagte Kirby am Dienstag.")
    assert (row["claim_date"], row["claim_date_precision"]) == ("2024-11-05", "day")


def test_rows_carry_exact_offsets_and_sorted_ids() -> None:
    body = "Ein Satz ohne Zahl.\nÜberschrift mit 300 Soldaten\nDann kamen 400 Soldaten an."
    rows = candidates(body)
    for row in rows:
        assert (body + "\n")[row["start"] : row["end"]] == row["quote"]
    assert [row["claim_id"] for row in rows] == ["2024-11-06-test-01", "2024-11-06-test-02"]
    assert [row["quote"] for row in rows] == [
        "Überschrift mit 300 Soldaten",
        "Dann kamen 400 Soldaten an.",
    ]


def test_an_opening_quotation_mark_starts_the_sentence_it_opens() -> None:
    body = "Laut Pentagon sind 3000 Soldaten dort. „Es sind 500 Soldaten mehr“, sagte Kirby."
    assert [row["quote"] for row in candidates(body)] == [
        "Laut Pentagon sind 3000 Soldaten dort.",
        "„Es sind 500 Soldaten mehr“, sagte Kirby.",
    ]


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_quick_pre_filter_lets_every_number_word_through(language) -> None:
    """figures_in skips text with no sign of a number before parsing it; every word the
    number parser reads must pass that test, or its figures would be lost."""
    words = [
        *numbers._DE_MORPHEMES,
        *numbers._EN_NUMBER_WORDS,
        *(word for scale in numbers.SCALES.values() for word in scale),
    ]
    lost = [
        word
        for word in words
        if find_figures(f"Es sind {word} Soldaten.", language)
        and not figures_in(f"Es sind {word} Soldaten.", language)
    ]
    assert lost == []
