"""A synthetic corpus of any size in the real data formats, for measuring scale and speed.

The articles are about 600 words of German built from sentence templates: claim sentences
carrying figures, claimants, relays and hedging markers, padded with filler sentences whose
dates, ages and durations are numbers an extractor must not take for head counts. Each claim
quotes its sentence at its code-point offsets, so the corpus passes `claimbook validate`.
Everything random is drawn from one `numpy.random.default_rng(seed)`: the same seed writes
byte-identical files.
"""

import csv
import datetime
import json
import re
import shutil
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import click
import numpy as np

from claimbook import vocab
from claimbook.articles import ARTICLE_DIR
from claimbook.extraction.dates import NO_DATE_BASIS
from claimbook.numbers import parse_figure
from claimbook.schema import CLAIMS
from claimbook.validate import CLAIMS_FILE, PLACES_FILE

WORDS_PER_ARTICLE = 600
FIRST_PUBLISHED = datetime.date(2024, 10, 11)
LAST_PUBLISHED = datetime.date(2025, 12, 31)
MAX_DAYS_BEFORE = 10
"""Claims dated by the text were made up to this many days before publication, so that with
FIRST_PUBLISHED every claim date falls in 2024-10..2025-12."""
MAPS_DIR = "maps"
KIND_WEIGHTS = {"figure": 0.55, "position": 0.2, "location": 0.15, "other": 0.1}


class Claimant(NamedTuple):
    """Who makes a claim: as the claims table names them, and in German and English prose."""

    name: str
    side: str
    nominative: str
    dative: str
    english: str


CLAIMANTS = (
    Claimant("Kyrylo Budanov (head of Ukrainian military intelligence)", "ukraine",
             "der ukrainische Geheimdienstchef Kyrylo Budanow",
             "dem ukrainischen Geheimdienstchef Kyrylo Budanow",
             "Ukrainian intelligence chief Kyrylo Budanov"),
    Claimant("Volodymyr Zelensky (President of Ukraine)", "ukraine",
             "der ukrainische Präsident Wolodymyr Selenskyj",
             "dem ukrainischen Präsidenten Wolodymyr Selenskyj",
             "Ukrainian President Volodymyr Zelensky"),
    Claimant("Dmitry Peskov (Kremlin spokesman)", "russia", "Kremlsprecher Dmitri Peskow",
             "Kremlsprecher Dmitri Peskow", "Kremlin spokesman Dmitry Peskov"),
    Claimant("Maria Zakharova (Russian foreign ministry spokeswoman)", "russia",
             "die Sprecherin des russischen Außenministeriums",
             "der Sprecherin des russischen Außenministeriums",
             "the Russian foreign ministry spokeswoman"),
    Claimant("North Korean foreign ministry", "north_korea",
             "das nordkoreanische Außenministerium", "dem nordkoreanischen Außenministerium",
             "the North Korean foreign ministry"),
    Claimant("National Intelligence Service (South Korea)", "south_korea",
             "der südkoreanische Geheimdienst", "dem südkoreanischen Geheimdienst",
             "the South Korean intelligence service"),
    Claimant("Lee Seong-kweun (South Korean lawmaker)", "south_korea",
             "der südkoreanische Abgeordnete Lee Seong-kweun",
             "dem südkoreanischen Abgeordneten Lee Seong-kweun",
             "South Korean lawmaker Lee Seong-kweun"),
    Claimant("John Kirby (US National Security Council spokesman)", "usa",
             "der Sprecher des Nationalen Sicherheitsrates John Kirby",
             "dem Sprecher des Nationalen Sicherheitsrates John Kirby",
             "National Security Council spokesman John Kirby"),
    Claimant("Lloyd Austin (US Secretary of Defense)", "usa",
             "US-Verteidigungsminister Lloyd Austin", "US-Verteidigungsminister Lloyd Austin",
             "US Defense Secretary Lloyd Austin"),
    Claimant("Farah Dakhlallah (NATO spokeswoman)", "nato",
             "Nato-Sprecherin Farah Dakhlallah", "Nato-Sprecherin Farah Dakhlallah",
             "NATO spokeswoman Farah Dakhlallah"),
    Claimant("Mark Rutte (NATO Secretary General)", "nato", "Nato-Generalsekretär Mark Rutte",
             "Nato-Generalsekretär Mark Rutte", "NATO Secretary General Mark Rutte"),
    Claimant("German government spokesman", "germany", "ein Sprecher der Bundesregierung",
             "einem Sprecher der Bundesregierung", "a German government spokesman"),
    Claimant("Institute for the Study of War", "analyst",
             "das Institute for the Study of War", "dem Institute for the Study of War",
             "the Institute for the Study of War"),
    Claimant("a military analyst (unnamed)", "analyst", "ein Militärexperte",
             "einem Militärexperten", "a military analyst"),
    Claimant("the outlet", "media", "die Redaktion", "der Redaktion", "the newsroom"),
    Claimant("an unnamed diplomat", "other", "ein Diplomat", "einem Diplomaten", "a diplomat"),
)  # fmt: skip

COUNTED_PHRASES = {
    "planned_total": ("insgesamt für den Einsatz vorgesehen", "planned for deployment in all"),
    "planned_additional": ("zusätzlich für den Einsatz vorgesehen", "planned in addition"),
    "dispatched": ("nach Russland entsandt worden", "dispatched to Russia"),
    "in_russia": ("in Russland", "in Russia"),
    "in_training": ("in Russland in der Ausbildung", "in training in Russia"),
    "en_route": ("auf dem Weg nach Russland", "on their way to Russia"),
    "at_front": ("an der Front im Einsatz", "deployed at the front"),
    "in_kursk": ("in der Region Kursk", "in the Kursk region"),
    "in_ukraine": ("in der Ukraine", "in Ukraine"),
    "advance_party": ("als Vorauskommando in Russland", "in Russia as an advance party"),
    "expected_additional": ("als weitere Verstärkung angekündigt", "announced as reinforcements"),
    "captured": ("in ukrainischer Kriegsgefangenschaft", "prisoners of war in Ukraine"),
    "killed": ("im Kampf gefallen", "killed in combat"),
    "wounded": ("verwundet worden", "wounded"),
    "casualties_total": ("getötet oder verwundet worden", "killed or wounded"),
    "force_size_context": ("im aktiven Dienst der Armee", "on active duty in the army"),
    "hypothetical": ("im Fall einer Eskalation einsatzbereit", "ready in case of escalation"),
    "other": ("in Russland stationiert", "stationed in Russia"),
}

PLACE_PHRASES = {
    "Vladivostok": ("in Wladiwostok", "in Vladivostok"),
    "Ussuriysk": ("auf einem Stützpunkt bei Ussurijsk", "at a base near Ussuriysk"),
    "Ulan-Ude": ("in der Region Ulan-Ude", "in the Ulan-Ude region"),
    "Kursk region": ("in der Region Kursk", "in the Kursk region"),
    "Eastern Russia": ("im Osten Russlands", "in eastern Russia"),
    "Russian Far East": ("im russischen Fernen Osten", "in the Russian Far East"),
    "Russia": ("in Russland", "in Russia"),
    "Ukraine": ("in der Ukraine", "in Ukraine"),
    "Front in Ukraine": ("an der Front in der Ukraine", "at the front in Ukraine"),
    "Russian-occupied Ukraine": ("in den besetzten Gebieten der Ukraine",
                                 "in the occupied areas of Ukraine"),
    "Russia-Ukraine border": ("an der russisch-ukrainischen Grenze",
                              "at the Russian-Ukrainian border"),
}  # fmt: skip


class Template(NamedTuple):
    """A claim sentence in German and English, and the hedging markers the German carries."""

    german: str
    english: str
    hedges: str | None = None


FIGURE_TEMPLATES = (
    Template("{dat} zufolge sind {fig} nordkoreanische Soldaten {pred}.",
             "According to {who}, {fig} North Korean soldiers are {pred}."),
    Template("{dat} zufolge sollen {fig} nordkoreanische Soldaten {pred} sein.",
             "According to {who}, {fig} North Korean soldiers are said to be {pred}.", "sollen"),
    Template("{nom} erklärte, {fig} Soldaten aus Nordkorea seien {pred}.",
             "{who} said {fig} soldiers from North Korea were {pred}.", "Konjunktiv I"),
    Template("Schätzungen zufolge sind wahrscheinlich {fig} nordkoreanische Soldaten {pred}, "
             "sagte {nom}.",
             "By estimates, probably {fig} North Korean soldiers are {pred}, said {who}.",
             "Schätzungen zufolge;wahrscheinlich"),
    Template("Angeblich sind {fig} Soldaten aus Nordkorea {pred}, berichtete {nom}.",
             "Allegedly {fig} soldiers from North Korea are {pred}, {who} reported.",
             "angeblich"),
    Template("Wie {nom} mitteilte, wären möglicherweise {fig} nordkoreanische Soldaten {pred}.",
             "As {who} said, possibly {fig} North Korean soldiers would be {pred}.",
             "Konjunktiv II;möglicherweise"),
    Template("{nom} geht davon aus, dass offenbar {fig} Soldaten {pred} sind.",
             "{who} assumes that apparently {fig} soldiers are {pred}.", "offenbar"),
)  # fmt: skip

POSITION_TEMPLATES = {
    "confirms": Template(
        "{nom} bestätigte die Stationierung nordkoreanischer Truppen in Russland.",
        "{who} confirmed the stationing of North Korean troops in Russia."),
    "denies": Template(
        "{nom} wies die Berichte über eine Entsendung nordkoreanischer Soldaten als "
        "„unbegründete Gerüchte“ zurück.",
        "{who} dismissed the reports of North Korean soldiers being sent as "
        "“unfounded rumours”."),
    "downplays": Template(
        "{nom} sprach lediglich von einem „Medienhype“ um die angeblichen Soldaten.",
        "{who} spoke merely of a “media hype” about the alleged soldiers.", "angeblich"),
    "evades": Template(
        "{nom} wollte sich zu den Berichten über nordkoreanische Truppen nicht äußern.",
        "{who} would not comment on the reports of North Korean troops."),
    "conditional": Template(
        "Sollten die nordkoreanischen Soldaten in der Ukraine kämpfen, würden sie zu legitimen "
        "Zielen, erklärte {nom}.",
        "Should the North Korean soldiers fight in Ukraine, they would become legitimate "
        "targets, said {who}.", "Konjunktiv II"),
}  # fmt: skip

LOCATION_TEMPLATES = (
    Template("{dat} zufolge sollen sich die nordkoreanischen Soldaten {place} befinden.",
             "According to {who}, the North Korean soldiers are said to be {place}.", "sollen"),
    Template("{nom} berichtete, nordkoreanische Truppen seien {place} gesehen worden.",
             "{who} reported that North Korean troops had been seen {place}.", "Konjunktiv I"),
)  # fmt: skip

OTHER_TEMPLATES = (
    Template("{dat} zufolge erhielten die nordkoreanischen Soldaten russische Uniformen.",
             "According to {who}, the North Korean soldiers received Russian uniforms."),
    Template("{nom} erklärte, die Familien der Soldaten seien isoliert worden.",
             "{who} said the soldiers' families had been isolated.", "Konjunktiv I"),
)  # fmt: skip

FILLERS = (
    "Russland führt seit Februar 2022 einen Angriffskrieg gegen die Ukraine.",
    "Der 72-jährige Kremlchef hatte sich am 19. Juni in Pjöngjang mit Kim Jong Un getroffen.",
    "Beide Staaten unterzeichneten dabei ein Abkommen über gegenseitigen militärischen Beistand.",
    "Die Ukraine hatte im August 2024 einen überraschenden Vorstoß in die Region Kursk begonnen.",
    "Beobachter werten die Entwicklung als Zeichen einer engeren Zusammenarbeit zwischen Moskau "
    "und Pjöngjang.",
    "Nordkorea gilt seit Jahrzehnten als eines der abgeschottetsten Länder der Welt.",
    "Unabhängig überprüfen ließen sich die Angaben zunächst nicht.",
    "Die Regierung in Seoul berief am Montag eine Sitzung des Sicherheitsrates ein.",
    "Der Krieg dauert inzwischen mehr als zweieinhalb Jahre an.",
    "Die Front verläuft auf einer Länge von rund 1000 Kilometern durch den Osten des Landes.",
    "Westliche Regierungen beobachten die Lage nach eigenen Angaben sehr genau.",
    "Um 14 Uhr Ortszeit äußerte sich auch das Außenministerium in Kiew zu den Berichten.",
    "Experten verweisen auf die geringe Kampferfahrung der nordkoreanischen Armee.",
    "Die Gespräche in Brüssel sollen in zwei Wochen fortgesetzt werden.",
    "Zu den Kosten des Einsatzes gibt es Schätzungen von mehreren Millionen Dollar im Monat.",
    "Das Ministerium veröffentlichte dazu am Abend eine knappe Erklärung.",
)

HEADLINES = (
    "Nordkoreanische Soldaten in Russland: neue Angaben aus {where}",
    "Bericht: Pjöngjang schickt weitere Truppen nach Russland",
    "Wie viele Nordkoreaner kämpfen für Russland?",
    "Geheimdienste: Nordkoreas Soldaten rücken an die Front",
    "Streit um Zahlen: Was über Nordkoreas Truppen in Russland bekannt ist",
)

OUTLETS = (
    ("Tagesspiegel", "tagesspiegel"),
    ("Zeit Online (dpa)", "zeit"),
    ("Süddeutsche Zeitung", "sz"),
    ("FAZ.net (AFP)", "faz"),
    ("Der Spiegel", "spiegel"),
    ("tagesschau.de", "tagesschau"),
    ("Die Welt", "welt"),
    ("n-tv.de (dpa)", "ntv"),
    ("BBC News (German translation)", "bbc"),
    ("OZD.news (AFP)", "ozd"),
    ("Frankfurter Rundschau", "fr"),
    ("Merkur.de (dpa)", "merkur"),
)

AUTHORS = ("Anna Berger", "Jonas Keller", "Mira Schulte", "Lukas Brandt", "Sophie Wagner")

VIAS = (
    None,
    None,
    None,
    "dpa",
    "AFP",
    "Reuters",
    "Kyodo citing a source in the Ukrainian military",
    "Yonhap, citing the National Intelligence Service",
)

FIGURE_VALUES = (
    200,
    500,
    1000,
    1500,
    2000,
    3000,
    4000,
    5000,
    8000,
    10_000,
    11_000,
    12_000,
    15_000,
    25_000,
    100_000,
)
QUALIFIER_WORDS = (
    ("", ""),
    ("rund", "around"),
    ("etwa", "about"),
    ("circa", "approximately"),
    ("mindestens", "at least"),
    ("mehr als", "more than"),
    ("über", "over"),
    ("bis zu", "up to"),
    ("knapp", "nearly"),
)
VAGUE_WORDS = (
    ("Dutzende", "dozens"),
    ("Hunderte", "hundreds"),
    ("Tausende", "thousands"),
    ("mehrere tausend", "several thousand"),
    ("Zehntausende", "tens of thousands"),
)
NUMBER_WORDS = {3000: "dreitausend", 10_000: "zehntausend", 12_000: "zwölftausend"}


class FigureText(NamedTuple):
    """A figure as written in German and in English, with the bounds the parser reads."""

    german: str
    english: str
    low: int | None
    high: int | None
    qualifier: str


@dataclass(frozen=True)
class Corpus:
    """What was written: the data directory and how many articles and claims it holds."""

    data_dir: Path
    articles: int
    claims: int


def _german_digits(value: int, grouped: bool) -> str:
    return f"{value:,}".replace(",", ".") if grouped else str(value)


def _written_forms(value: int) -> list[str]:
    """The ways the press writes a number: 3000, 3.000 and (for some) dreitausend."""
    forms = {_german_digits(value, value >= 10_000), _german_digits(value, value >= 1000)}
    return sorted(forms) + ([NUMBER_WORDS[value]] if value in NUMBER_WORDS else [])


def _candidate_figures() -> list[tuple[str, str]]:
    """(German, English) figure texts: qualified single numbers, ranges and vague amounts."""
    singles = [
        (f"{qual_de} {form}".strip(), f"{qual_en} {value:,}".strip())
        for value in FIGURE_VALUES
        for form in _written_forms(value)
        for qual_de, qual_en in QUALIFIER_WORDS
    ]
    ranges = [
        pair
        for low, high in pairwise(FIGURE_VALUES)
        for pair in (
            (
                f"zwischen {_german_digits(low, True)} und {_german_digits(high, True)}",
                f"between {low:,} and {high:,}",
            ),
            (
                f"{_german_digits(low, True)} bis {_german_digits(high, True)}",
                f"{low:,} to {high:,}",
            ),
        )
    ]
    return singles + ranges + list(VAGUE_WORDS)


@cache
def figure_pool() -> tuple[FigureText, ...]:
    """Every candidate figure with the bounds `numbers.parse_figure` reads from it: the data
    states exactly what the validator will parse."""
    pool = []
    for german, english in _candidate_figures():
        figure = parse_figure(german)
        if figure is None:
            raise ValueError(f"the figure parser does not read {german!r}")
        pool.append(FigureText(german, english, figure.low, figure.high, figure.qualifier))
    return tuple(pool)


def slug(*parts: object) -> str:
    """A lowercase slug of the parts, as claim ids and groups need: 'south_korea', 3000 ->
    'south-korea-3000'."""
    text = "-".join("x" if part is None else str(part) for part in parts)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _capitalised(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


class ClaimDraws(NamedTuple):
    """The random choices of every claim, drawn at once so that generation stays fast."""

    kind: np.ndarray
    choice: np.ndarray  # one column of uniform integers per choice, taken modulo its range
    days_before: np.ndarray
    dated: np.ndarray


def draw_claims(rng: np.random.Generator, count: int) -> ClaimDraws:
    kinds = list(KIND_WEIGHTS)
    return ClaimDraws(
        kind=rng.choice(len(kinds), size=count, p=list(KIND_WEIGHTS.values())),
        choice=rng.integers(0, 2**31, size=(count, 5)),
        days_before=rng.integers(1, MAX_DAYS_BEFORE + 1, size=count),
        dated=rng.random(count) < 0.6,
    )


@dataclass(frozen=True)
class ArticleInfo:
    """An article's front-matter values that its claims depend on."""

    id: str
    outlet: str
    published: datetime.date


def claim_sentence(draws: ClaimDraws, index: int, places: list[str]) -> tuple[str, dict]:
    """The German sentence of one claim and its row fields except ids, offsets and dates."""
    kind = list(KIND_WEIGHTS)[draws.kind[index]]
    pick = draws.choice[index]
    claimant = CLAIMANTS[pick[0] % len(CLAIMANTS)]
    fill_de = {"nom": claimant.nominative, "dat": claimant.dative}
    fill_en = {"who": claimant.english}
    fields = {"claimant": claimant.name, "claimant_side": claimant.side, "kind": kind}
    if kind == "figure":
        template = FIGURE_TEMPLATES[pick[1] % len(FIGURE_TEMPLATES)]
        figure = figure_pool()[pick[2] % len(figure_pool())]
        counted = vocab.COUNTED[pick[3] % len(vocab.COUNTED)]
        fill_de |= {"fig": figure.german, "pred": COUNTED_PHRASES[counted][0]}
        fill_en |= {"fig": figure.english, "pred": COUNTED_PHRASES[counted][1]}
        fields |= {
            "counted": counted,
            "figure_low": figure.low,
            "figure_high": figure.high,
            "figure_qualifier": figure.qualifier,
            "figure_text": figure.german,
        }
        group = slug(claimant.side, counted, figure.low, figure.high)
    elif kind == "position":
        stance = vocab.STANCES[pick[1] % len(vocab.STANCES)]
        template = POSITION_TEMPLATES[stance]
        fields["stance"] = stance
        group = slug(claimant.side, stance, pick[0] % len(CLAIMANTS))
    elif kind == "location":
        template = LOCATION_TEMPLATES[pick[1] % len(LOCATION_TEMPLATES)]
        place = places[pick[2] % len(places)]
        german, english = PLACE_PHRASES.get(place, (f"in {place}", f"in {place}"))
        fill_de["place"], fill_en["place"] = german, english
        fields["place"] = place
        group = slug(claimant.side, "at", place)
    else:
        template = OTHER_TEMPLATES[pick[1] % len(OTHER_TEMPLATES)]
        group = slug(claimant.side, "other", pick[1] % len(OTHER_TEMPLATES))
    fields |= {
        "quote_en": _capitalised(template.english.format(**fill_en)),
        "via": VIAS[pick[4] % len(VIAS)],
        "hedges": template.hedges,
        "claim_group": group,
    }
    return _capitalised(template.german.format(**fill_de)), fields


def claim_dating(draws: ClaimDraws, index: int, published: datetime.date) -> dict:
    """When a claim was made: some days before publication, or the publication date standing
    in as the latest possible one."""
    if not draws.dated[index]:
        return {
            "claim_date": published.isoformat(),
            "claim_date_precision": "publication",
            "claim_date_basis": NO_DATE_BASIS,
        }
    days = int(draws.days_before[index])
    made = published - datetime.timedelta(days=days)
    return {
        "claim_date": made.isoformat(),
        "claim_date_precision": "day",
        "claim_date_basis": f"synthetic: {days} day(s) before publication",
    }


def article_body(
    rng: np.random.Generator, headline: str, claims: list[str]
) -> tuple[str, list[int]]:
    """The body: headline, then the claim sentences among filler sentences up to about
    WORDS_PER_ARTICLE words, in paragraphs; and where each claim sentence starts."""
    words = sum(len(sentence.split()) for sentence in claims)
    sentences = list(claims)
    for filler in rng.integers(0, len(FILLERS), size=WORDS_PER_ARTICLE // 8):
        if words >= WORDS_PER_ARTICLE:
            break
        sentences.append(FILLERS[filler])
        words += len(FILLERS[filler].split())
    order = rng.permutation(len(sentences))
    breaks = set(np.cumsum(rng.integers(3, 6, size=len(sentences))).tolist())
    parts, starts, position = [headline, "\n"], [0] * len(claims), len(headline) + 1
    for rank, sentence_index in enumerate(order.tolist()):
        if sentence_index < len(claims):
            starts[sentence_index] = position
        sentence = sentences[sentence_index]
        separator = "\n" if rank + 1 in breaks or rank + 1 == len(order) else " "
        parts += [sentence, separator]
        position += len(sentence) + 1
    return "".join(parts), starts


def front_matter(rng: np.random.Generator, article: ArticleInfo, headline: str) -> str:
    """The YAML front matter; strings are written as JSON, which YAML reads as they are."""
    authors = sorted(rng.choice(len(AUTHORS), size=rng.integers(0, 3), replace=False).tolist())
    fields = {
        "id": article.id,
        "title": json.dumps(headline, ensure_ascii=False),
        "outlet": json.dumps(article.outlet, ensure_ascii=False),
        "authors": json.dumps([AUTHORS[i] for i in authors], ensure_ascii=False),
        "published": article.published.isoformat(),
        "published_precision": "day",
        "published_basis": '"synthetic: the generator drew this date"',
        "language": "de",
        "url": json.dumps(f"https://example.org/{article.id}"),
        "source_file": "null",
    }
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in fields.items()) + "---\n"


def _claims_per_article(articles: int, claims: int) -> list[int]:
    """Claims spread evenly: every article gets claims // articles, the first ones one more."""
    share, rest = divmod(claims, articles)
    return [share + (index < rest) for index in range(articles)]


def _article_info(rng: np.random.Generator, index: int, width: int) -> ArticleInfo:
    span = (LAST_PUBLISHED - FIRST_PUBLISHED).days
    published = FIRST_PUBLISHED + datetime.timedelta(days=int(rng.integers(0, span + 1)))
    outlet, outlet_slug = OUTLETS[rng.integers(0, len(OUTLETS))]
    return ArticleInfo(
        f"{published.isoformat()}-{outlet_slug}-{index:0{width}d}", outlet, published
    )


def write_article(
    rng: np.random.Generator,
    article: ArticleInfo,
    draws: ClaimDraws,
    claim_indices: range,
    places: list[str],
    articles_dir: Path,
) -> list[dict]:
    """Write one article file; its claims rows, in the order they stand in the body."""
    sentences, rows = [], []
    for index in claim_indices:
        sentence, fields = claim_sentence(draws, index, places)
        sentences.append(sentence)
        rows.append(fields | claim_dating(draws, index, article.published))
    headline = HEADLINES[rng.integers(0, len(HEADLINES))].format(where=article.outlet)
    body, starts = article_body(rng, headline, sentences)
    text = front_matter(rng, article, headline) + body
    (articles_dir / f"{article.id}.md").write_text(text, encoding="utf-8", newline="\n")
    located = sorted(zip(starts, sentences, rows, strict=True), key=lambda item: item[0])
    width = max(2, len(str(len(rows))))
    return [
        row
        | {
            "claim_id": f"{article.id}-{number:0{width}d}",
            "article_id": article.id,
            "start": start,
            "end": start + len(sentence),
            "quote": sentence,
        }
        for number, (start, sentence, row) in enumerate(located, 1)
    ]


def _copy_reference(reference_dir: Path, data_dir: Path) -> list[str]:
    """Copy places.csv (and the map the places chapter draws) from the real data; the names of
    the places, which location claims choose from."""
    shutil.copyfile(reference_dir / PLACES_FILE, data_dir / PLACES_FILE)
    if (reference_dir / MAPS_DIR).is_dir():
        shutil.copytree(reference_dir / MAPS_DIR, data_dir / MAPS_DIR)
    with (data_dir / PLACES_FILE).open(encoding="utf-8", newline="") as places:
        return [row["place"] for row in csv.DictReader(places)]


def _write_claims(path: Path, rows: list[dict]) -> None:
    columns = list(CLAIMS.columns)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if row.get(c) is None else row[c] for c in columns] for row in rows])


def write_corpus(
    out_dir: Path, articles: int, claims: int, seed: int, reference_dir: Path = Path("data")
) -> Corpus:
    """Write a data directory of `articles` articles and `claims` claims into out_dir, which
    must not exist or be empty; places.csv and maps/ are copied from reference_dir."""
    out_dir = Path(out_dir)
    if articles < 1 or claims < 0:
        raise ValueError("a corpus needs at least one article and no negative claim count")
    if out_dir.exists() and any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir} is not empty; choose a new directory")
    articles_dir = out_dir / ARTICLE_DIR
    articles_dir.mkdir(parents=True)
    places = _copy_reference(Path(reference_dir), out_dir)
    rng = np.random.default_rng(seed)
    draws = draw_claims(rng, claims)
    width = max(3, len(str(articles - 1)))
    rows, first = [], 0
    for index, count in enumerate(_claims_per_article(articles, claims)):
        article = _article_info(rng, index, width)
        indices = range(first, first + count)
        rows += write_article(rng, article, draws, indices, places, articles_dir)
        first += count
    _write_claims(out_dir / CLAIMS_FILE, rows)
    return Corpus(out_dir, articles, claims)


@click.command("synthesize")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--articles",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Number of article files.",
)
@click.option(
    "--claims",
    type=click.IntRange(min=0),
    default=1000,
    show_default=True,
    help="Number of claim rows, spread evenly over the articles.",
)
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Seed of the random choices: the same seed writes identical files.",
)
@click.option(
    "--reference",
    "reference_dir",
    default="data",
    show_default=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="The data directory whose places.csv and maps/ are copied.",
)
def synthesize(out_dir: Path, articles: int, claims: int, seed: int, reference_dir: Path) -> None:
    """Write a synthetic corpus into OUT_DIR (new or empty) in the real data formats, for
    measuring how the validator, the chapters and the extractor scale."""
    try:
        corpus = write_corpus(out_dir, articles, claims, seed, reference_dir)
    except FileExistsError as error:
        raise click.UsageError(str(error)) from error
    click.echo(
        f"{corpus.data_dir}: {corpus.articles} articles, {corpus.claims} claims (seed {seed})"
    )
