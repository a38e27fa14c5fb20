"""Person nouns by morphology, numbers that are not people, positions, relays, claimants and
places. Every sentence here was written for these tests."""

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from claimbook.extraction.claimants import Claimants
from claimbook.extraction.extract import ArticleText, Known, extract_article
from claimbook.extraction.morphology import is_person_noun
from claimbook.extraction.phrases import phrase_at
from claimbook.extraction.places import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures"
PUBLISHED = dt.date(2024, 11, 6)


def rows(body: str, language: str = "de", known: Known | None = None) -> list[dict]:
    article = ArticleText("2024-11-06-test", body + "\n", PUBLISHED, language, "Testblatt")
    return extract_article(article, known)


def figures(body: str, language: str = "de") -> list[str]:
    return [row["figure_text"] for row in rows(body, language) if row["kind"] == "figure"]


@pytest.mark.parametrize(
    "word",
    ["Infanteristen", "Pioniere", "Sanitäter", "Scharfschützen", "Generäle", "Rekruten",
     "Militärbauarbeiter", "Panzergrenadiere", "Tote", "Verwundeten", "Gefallene",
     "Kriegsgefangenen", "Spezialkräfte", "Mann", "Verluste", "Bodentruppen"],
)  # fmt: skip
def test_person_nouns_by_form(word) -> None:
    assert is_person_noun(word)


@pytest.mark.parametrize(
    "word", ["Haubitzen", "Brigaden", "Granaten", "Regionen", "Panzer", "Planeten", "Dollar"]
)
def test_things_are_not_person_nouns(word) -> None:
    assert not is_person_noun(word)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Im Osten stehen knapp 9.000 Grenadiere bereit.", "knapp 9.000"),
        ("Angeblich wurden 700 Sanitäter verlegt.", "700"),
        ("Es fehlen zwei Dutzend Fallschirmjäger.", "zwei Dutzend"),
        ("Dutzende Panzergrenadiere wurden verlegt.", "Dutzende"),
        ("Es kamen mit mehreren Hundert Ausbildern.", "mehreren Hundert"),
        ("Einige Tausend Reservisten rückten ein.", "Einige Tausend"),
        ("Es waren neuntausend Mann.", "neuntausend"),
        ("Die Armee meldet etwa 4.000 Verluste.", "etwa 4.000"),
    ],
)
def test_head_counts_of_any_person_noun(sentence, text) -> None:
    assert figures(sentence) == [text]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Diktator Max Muster (58) empfing die Soldaten.", "de"),  # age in brackets
        ("Nach einem 90-tägigen Einsatz kehrten die Soldaten zurück.", "de"),
        ("Die Soldaten erhielten Raketen vom Typ XR-17 und T-80-Panzer.", "de"),
        ("Geliefert wurden 152-Millimeter-Geschütze an die Soldaten.", "de"),
        ("Stand: 04.11.2024, 09:30 Uhr", "de"),
        ("Die Soldaten kämpften dort schon im Krieg von 1950.", "de"),
        ("SEOUL, Oct 12 (Testwire) - The soldiers were seen.", "en"),
        ("Each soldier receives 1,500 U.S. dollars a month.", "en"),
        ("The soldiers ended a 60-day rotation.", "en"),
        ("4 min read", "en"),
    ],
)
def test_numbers_that_are_not_people(sentence, language) -> None:
    assert figures(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Das Außenministerium in Pjöngjang dementierte die Entsendung von Soldaten.", "denies"),
        ("Moskau bestreitet, dass nordkoreanische Truppen im Land sind.", "denies"),
        ("Der Sprecher tat die Berichte über Soldaten als Gerüchte ab.", "denies"),
        ("Die Sprecherin sprach von einem Medienhype um die Soldaten.", "downplays"),
        ("Das Ministerium wollte sich zu den Soldaten nicht äußern.", "evades"),
        ("Der Minister warnte vor Folgen, sollte sich die Entsendung bestätigen.", "conditional"),
        ("Erstmals räumte Pjöngjang den Einsatz seiner Soldaten ein.", "confirms"),
        ("The ministry denied that troops had been sent.", "denies"),
        ("A spokesman declined to comment on the soldiers.", "evades"),
        ("Officials acknowledged that troops were fighting.", "confirms"),
    ],
)
def test_positions_with_their_stance(sentence, stance) -> None:
    language = "de" if any(c in sentence for c in "äöüß") or " die " in sentence else "en"
    found = [row for row in rows(sentence, language) if row["kind"] == "position"]
    assert [row["stance"] for row in found] == [stance]


def test_a_sentence_off_the_topic_is_no_position() -> None:
    assert [r for r in rows("Der Minister bestätigte den Termin des Gipfels.") if r["kind"]] == []


def test_a_dateline_credit_is_the_articles_agency_not_a_relay() -> None:
    body = "Musterstadt (Testagentur) \u2013 Laut Pentagon sind 3000 Soldaten in Russland."
    found = rows(body)
    assert [row["via"] for row in found] == [""]
    assert all("the article's agency" in row["review"] for row in found)


def test_claimants_resolve_to_the_table_and_new_ones_are_flagged() -> None:
    known = Known(Claimants.read(FIXTURES / "extraction" / "claimants.csv"))
    found = rows(
        "Kremlsprecher Dmitri Peskow sagte, 100 Nordkoreaner seien Bauarbeiter. Der Analyst "
        "Jan Beispiel sagte, 5000 Soldaten seien in Kursk.",
        known=known,
    )
    assert [(r["claimant"], r["claimant_id"], r["claimant_side"]) for r in found] == [
        ("Dmitry Peskov", "kremlin-spokesman", "russia"),
        ("Analyst Jan Beispiel", "", "analyst"),
    ]
    assert "new claimant" not in found[0]["review"] and "new claimant" in found[1]["review"]


def test_a_claimant_phrase_stops_where_a_second_noun_phrase_begins() -> None:
    text = "der Agentur Testwire die Festnahme"
    assert text[slice(*phrase_at(text, 0, len(text), "de"))] == "der Agentur Testwire"
    text = "die Quelle aus dem Ministerium"
    assert text[slice(*phrase_at(text, 0, len(text), "de"))] == text


def test_places_from_the_gazetteer_new_ones_flagged() -> None:
    places = pd.DataFrame({"place": ["Kursk region", "Russia"], "kind": ["region", "country"]})
    known = Known(places=Gazetteer(places))
    kursk, novosibirsk = rows(
        "In Russland stehen 3000 Soldaten in der Region Kursk. In Nowosibirsk sind 400 Soldaten.",
        known=known,
    )
    assert (kursk["place"], "new place" in kursk["review"]) == ("Kursk region", False)
    assert (novosibirsk["place"], "new place" in novosibirsk["review"]) == ("Novosibirsk", True)


def test_review_notes_and_confidence_rank_doubtful_figures_lower() -> None:
    sure, vague, elliptical = rows(
        "Laut Pentagon sind 3000 Soldaten in Kursk. Laut Pentagon sind Hunderte Soldaten in "
        "Kursk. Weitere 2000 werden erwartet."
    )
    assert "bounds from a vague word" in vague["review"]
    assert "counted from context only" in elliptical["review"] or "context" in elliptical["review"]
    assert (
        sure["confidence"] > vague["confidence"] and sure["confidence"] > elliptical["confidence"]
    )


@pytest.mark.parametrize(
    ("body", "side"),
    [
        # a past participle of a verb of saying
        ("Der polnische Minister hatte gewarnt, Kiew brauche 4000 Soldaten. Der "
         "ukrainische Präsident Petro Beispiel hatte gewarnt, 6000 Soldaten seien unterwegs.",
         "ukraine"),
        # Konjunktiv II standing in for Konjunktiv I continues the speaker's report
        ("Der ukrainische Geheimdienst äußerte sich am Montag. Demnach würden dort 900 "
         "Soldaten ausgebildet.", "ukraine"),
        # "es für möglich halten" is a verb of assessing
        ("Der Analyst Tim Probe hält es für möglich, dass 7000 Soldaten folgen.", "analyst"),
        # estimates with a side are a source, bare "Schätzungen zufolge" is none
        ("Amerikanischen Schätzungen zufolge sind 2000 Soldaten in Kursk.", "usa"),
        ("Schätzungen zufolge sind 2000 Soldaten in Kursk.", "media"),
        # "so der ..." after the content names its source
        ("Es seien 3000 Soldaten, so der ukrainische Generalstab.", "ukraine"),
    ],
)  # fmt: skip
def test_claimant_constructions(body, side) -> None:
    assert [row["claimant_side"] for row in rows(body) if row["kind"] == "figure"][-1] == side


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("An der Grenze stehen 50.000 russische Soldaten.", "other"),
        ("Bei Kursk wurden 40 Nordkoreaner gefangen genommen.", "captured"),
        ("Ukraine says 12 soldiers were captured near the border.", "captured"),
        ("Rund 2000 Soldaten beteiligten sich an der Offensive.", "at_front"),
        ("Pjöngjang hat 3000 Soldaten bereitgestellt.", "dispatched"),
    ],
)
def test_counted_constructions(sentence, counted) -> None:
    language = "en" if sentence.startswith("Ukraine says") else "de"
    [row] = [row for row in rows(sentence, language) if row["kind"] == "figure"]
    assert row["counted"] == counted


def test_a_genitive_continues_the_claimant_phrase() -> None:
    text = "der Sprecher des Ministeriums die Zahl"
    assert text[slice(*phrase_at(text, 0, len(text), "de"))] == "der Sprecher des Ministeriums"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Sollten die Soldaten die Grenze überschreiten, wäre das ein Bruch.", "conditional"),
        ("Der Minister sagte, sollten Truppen kommen, werde man reagieren.", "conditional"),
        ("Die Regierung in Moskau schwieg zu den Soldaten.", "evades"),
        ("Der Kreml äußerte sich am Abend nicht zu den Truppen.", "evades"),
        ("Der Sprecher verwies auf den Vertrag über die Soldaten.", "evades"),
        ("Die Zusammenarbeit richte sich gegen kein drittes Land, hieß es zu den Truppen.",
         "evades"),
        ("Die Botschaft tat die Berichte als „dreiste Lügen“ ab.", "denies"),
        ("„Wir haben hier keine Soldaten aus Nordkorea gesehen“, sagte der Offizier.",
         "downplays"),
        ("Der Präsident dankte den nordkoreanischen Soldaten für ihren Einsatz.", "confirms"),
        ("Der Forscher hält die Angaben über die Truppen für plausibel.", "confirms"),
        ("The leader thanked the troops for their service.", "confirms"),
    ],
)  # fmt: skip
def test_more_stance_constructions(sentence, stance) -> None:
    language = "en" if sentence.startswith("The leader") else "de"
    found = [row for row in rows(sentence, language) if row["kind"] == "position"]
    assert [row["stance"] for row in found] == [stance]


def test_a_coordinated_subject_takes_one_position_each() -> None:
    found = [
        row
        for row in rows("Die USA und die Nato haben die Entsendung der Soldaten bestätigt.")
        if row["kind"] == "position"
    ]
    assert [(row["claimant"], row["claimant_side"]) for row in found] == [
        ("USA", "usa"),
        ("Nato", "nato"),
    ]


@pytest.mark.parametrize(
    ("body", "language", "side"),
    [
        # a head noun that names a medium speaks for the media, whatever its adjectives
        ("Russischen Zeitungen zufolge sind 300 Soldaten in Kursk.", "de", "media"),
        ("Several Russian Telegram channels said 300 soldiers were in Kursk.", "en", "media"),
        # weak markers name the source when no verb of saying does
        ("Nach Einschätzung des Pentagons sind 4000 Soldaten in Kursk.", "de", "usa"),
        # a place or medium after the verb is no subject
        ("Ukrainian intelligence said on Telegram that 600 soldiers had arrived.", "en",
         "ukraine"),
        ("U.S. officials said earlier this week that 700 soldiers were killed.", "en", "usa"),
        ("Präsident Selenskyj sprach am Dienstagabend von 5000 Soldaten.", "de", "ukraine"),
        # a country's possessive names its institutions
        ("South Korea's spy agency believes 900 soldiers died.", "en", "south_korea"),
        # a historian is an analyst
        ("Der Militärhistoriker Max Probe sagte, 800 Soldaten seien dort.", "de", "analyst"),
        # a pronoun takes the speaker of an earlier paragraph
        ("Der ukrainische Präsident äußerte sich am Montag.\n„Es gibt dort 800 Soldaten“, sagte "
         "er.", "de", "ukraine"),
        # "demnach" continues the report of the sentence before
        ("Der ukrainische Geheimdienst veröffentlichte einen Bericht. Demnach kämpfen dort 400 "
         "Soldaten.", "de", "ukraine"),
    ],
)  # fmt: skip
def test_side_constructions(body, language, side) -> None:
    found = [row for row in rows(body, language) if row["kind"] == "figure"]
    assert found[-1]["claimant_side"] == side


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        # each figure reads the cues of its own stretch of the clause
        ("Bisher seien 50 Soldaten gefallen und 400 verwundet worden.", ["killed", "wounded"]),
        # an attributive participle says what happened to the counted
        ("Von den 8000 entsandten Soldaten sind 900 getötet oder verletzt worden.",
         ["dispatched", "casualties_total"]),
        # a list of losses counts casualties in total
        ("Etwa 700 Soldaten wurden getötet, verwundet oder gefangen genommen.",
         ["casualties_total"]),
        ("Der Verband hat Hunderte Soldaten verloren.", ["casualties_total"]),
        # a separable verb of capture
        ("Die Armee nahm 3 nordkoreanische Soldaten gefangen.", ["captured"]),
        # in Ukraine, not necessarily at the front
        ("Rund 900 Soldaten sind inzwischen in der Ukraine.", ["in_ukraine"]),
        ("Mehrere Tausend Soldaten stehen auf ukrainischem Gebiet.", ["in_ukraine"]),
        ("Etwa 300 Soldaten sind an vorderster Linie im Einsatz.", ["at_front"]),
        # a dispatch that is only possible is hypothetical, one that is to come is planned
        ("Der Experte hält es für möglich, dass Kim 20.000 Soldaten schickt.", ["hypothetical"]),
        ("Pjöngjang soll bis zu 8000 weitere Soldaten schicken.", ["planned_additional"]),
    ],
)  # fmt: skip
def test_counted_by_the_figures_own_words(sentence, counted) -> None:
    assert [row["counted"] for row in rows(sentence) if row["kind"] == "figure"] == counted


@pytest.mark.parametrize(
    ("body", "language", "side"),
    [
        # the noun phrase right before the verb is its subject; the one after is its object
        ("Die Ukraine schätzt die Zahl der Soldaten auf 3000.", "de", "ukraine"),
        ("The Pentagon has put the number of soldiers at 3,000.", "en", "usa"),
        # a capitalised adverb opening the sentence is no subject
        ("Der ukrainische Geheimdienst warnte vor Folgen. Später erklärte der Dienst, 900 "
         "Soldaten seien dort.", "de", "ukraine"),
        # an adjective of side on the marker, and "nach eigenen Angaben"
        ("Nach amerikanischen Angaben sind 3000 Soldaten in Kursk.", "de", "usa"),
        ("Die ukrainische Armee hat nach eigenen Angaben 30 Soldaten gefangen genommen.", "de",
         "ukraine"),
        # a chain of reported speech goes back to its speaker
        ("Der ukrainische Geheimdienst äußerte sich am Montag.\nDie Soldaten sollen aus Sibirien "
         "kommen.\nEs sollen 700 Soldaten sein.", "de", "ukraine"),
    ],
)  # fmt: skip
def test_subject_and_source_constructions(body, language, side) -> None:
    found = [row for row in rows(body, language) if row["kind"] == "figure"]
    assert found[-1]["claimant_side"] == side


@pytest.mark.parametrize(
    ("sentence", "language", "counted"),
    [
        ("Insgesamt sollen 9000 Soldaten folgen.", "de", "planned_total"),
        ("Weitere 4000 Soldaten sollen im Winter folgen.", "de", "planned_additional"),
        ("At least 2,000 soldiers are deployed in the Kursk region.", "en", "in_kursk"),
        ("Etwa 800 Soldaten wurden per Bahn nach Russland gebracht.", "de", "dispatched"),
        ("Rund 600 Soldaten sind in Russland eingetroffen.", "de", "in_russia"),
        ("Kim hat Putin 5000 Soldaten ausgeliehen.", "de", "dispatched"),
        # a nationality on another noun after the figure's does not make it "other"
        ("Kiew will die 2 Gefangenen gegen ukrainische Soldaten tauschen.", "de", "captured"),
    ],
)
def test_more_counted_constructions(sentence, language, counted) -> None:
    found = [row for row in rows(sentence, language) if row["kind"] == "figure"]
    assert [row["counted"] for row in found][:1] == [counted]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        # a number with a decimal point does not end the plan
        ("Nordkorea soll bis zu 20.000 weitere Soldaten schicken.", "planned_additional"),
        # additional soldiers sent are dispatched
        ("Pjöngjang habe inzwischen 4000 weitere Soldaten nach Russland geschickt.", "dispatched"),
    ],
)
def test_additions_planned_or_done(sentence, counted) -> None:
    assert [row["counted"] for row in rows(sentence) if row["kind"] == "figure"] == [counted]


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        # the topic may be the prisoners or the war the sentence before speaks of
        ("Die Ukraine hält zwei Gefangene fest. Der Sprecher hatte dazu nichts zu sagen.",
         "evades"),
        # a warning of escalation confirms the deployment it speaks of
        ("Die Ministerin sprach von einer gefährlichen Eskalation des Krieges.", "confirms"),
        ("Der Präsident hat der gefallenen Soldaten gedacht.", "confirms"),
    ],
)  # fmt: skip
def test_position_topics_and_warnings(body, stance) -> None:
    found = [row for row in rows(body) if row["kind"] == "position"]
    assert [row["stance"] for row in found][-1:] == [stance]


@pytest.mark.parametrize(
    ("body", "language", "counted"),
    [
        # deserters have left the deployment
        ("Nach Angaben aus Kiew haben sich 12 nordkoreanische Soldaten von ihrer Einheit "
         "abgesetzt.", "de", ["other"]),
        ("About 30 North Korean soldiers have deserted their posts.", "en", ["other"]),
        # a loss suffered by another state is not a loss of the soldiers sent ...
        ("Bei den Kämpfen verlor die Ukraine nach eigenen Angaben 400 Soldaten.", "de",
         ["other"]),
        ("Russia lost about 2,000 soldiers in a single week.", "en", ["other"]),
        # ... unless they are said to be North Korean, or North Korea suffers it
        ("Russland verlor dort 300 nordkoreanische Soldaten.", "de", ["casualties_total"]),
        ("Bei Kursk verlor Nordkorea 300 Soldaten.", "de", ["casualties_total"]),
        # a part takes the sentence's predicate, the whole is counted by its noun phrase
        ("Some 3,000 of the 12,000 North Korean troops in Russia are now fighting near "
         "Kursk.", "en", ["in_kursk", "in_russia"]),
        ("Rund 2000 der etwa 9000 Nordkoreaner in Russland sollen an die Front gezogen sein.",
         "de", ["at_front", "in_russia"]),
        ("Mehr als die Hälfte der 12.000 in die Region Kursk verlegten Nordkoreaner sei "
         "verwundet worden.", "de", ["in_kursk"]),
        # people placed already are where they are, whatever may happen to them
        ("Die bereits in Russland stationierten 11.000 Soldaten könnten bald verstärkt "
         "werden.", "de", ["in_russia"]),
        ("The 11,000 troops already in Russia could soon be reinforced.", "en", ["in_russia"]),
        # people among those named before are counted like them
        ("Etwa 9000 Soldaten sind in der Region Kursk stationiert. Unter ihnen seien 500 "
         "Offiziere.", "de", ["in_kursk", "in_kursk"]),
        ("Around 10,000 troops are stationed in Russia. Among them are 400 officers.", "en",
         ["in_russia", "in_russia"]),
    ],
)  # fmt: skip
def test_counted_by_whom_and_which_part(body, language, counted) -> None:
    assert [row["counted"] for row in rows(body, language) if row["kind"] == "figure"] == counted
