"""The sentence material of the synthetic corpus: claimants, outlets, relays, claim and filler
sentences in German and English, and the figures as the press writes them, each with the
bounds the number parser reads."""

from functools import cache
from itertools import pairwise
from typing import NamedTuple

from claimbook.text.numbers import parse_figure


class Claimant(NamedTuple):
    """Who makes a claim: their row of claimants.csv, and how German and English prose name
    them. The outlet's own voice has no id: it takes the id of each article's outlet."""

    id: str | None
    name: str
    side: str
    role: str | None
    aliases: str | None
    nominative: str
    dative: str
    english: str


# Laid out by hand as a table (fmt: skip keeps the layout).
CLAIMANTS = (
    Claimant("kyrylo-budanov", "Kyrylo Budanov", "ukraine",
             "head of Ukraine's military intelligence", "Kyrylo Budanow;Budanow",
             "der ukrainische Geheimdienstchef Kyrylo Budanow",
             "dem ukrainischen Geheimdienstchef Kyrylo Budanow",
             "Ukrainian intelligence chief Kyrylo Budanov"),
    Claimant("volodymyr-zelensky", "Volodymyr Zelensky", "ukraine", "Ukraine's President",
             "Wolodymyr Selenskyj",
             "der ukrainische Präsident Wolodymyr Selenskyj",
             "dem ukrainischen Präsidenten Wolodymyr Selenskyj",
             "Ukrainian President Volodymyr Zelensky"),
    Claimant("dmitry-peskov", "Dmitry Peskov", "russia", "the Kremlin's spokesman",
             "Dmitri Peskow", "Kremlsprecher Dmitri Peskow",
             "Kremlsprecher Dmitri Peskow", "Kremlin spokesman Dmitry Peskov"),
    Claimant("russian-foreign-ministry-spokeswoman", "the Russian foreign ministry's spokeswoman",
             "russia", None, None,
             "die Sprecherin des russischen Außenministeriums",
             "der Sprecherin des russischen Außenministeriums",
             "the Russian foreign ministry spokeswoman"),
    Claimant("north-korean-foreign-ministry", "North Korean foreign ministry", "north_korea",
             None, None,
             "das nordkoreanische Außenministerium", "dem nordkoreanischen Außenministerium",
             "the North Korean foreign ministry"),
    Claimant("south-korea-nis", "South Korea's National Intelligence Service", "south_korea",
             None, "NIS;National Intelligence Service",
             "der südkoreanische Geheimdienst", "dem südkoreanischen Geheimdienst",
             "the South Korean intelligence service"),
    Claimant("lee-seong-kweun", "Lee Seong-kweun", "south_korea", "a South Korean lawmaker",
             None,
             "der südkoreanische Abgeordnete Lee Seong-kweun",
             "dem südkoreanischen Abgeordneten Lee Seong-kweun",
             "South Korean lawmaker Lee Seong-kweun"),
    Claimant("john-kirby", "John Kirby", "usa", "spokesman of the US National Security Council",
             None,
             "der Sprecher des Nationalen Sicherheitsrates John Kirby",
             "dem Sprecher des Nationalen Sicherheitsrates John Kirby",
             "National Security Council spokesman John Kirby"),
    Claimant("lloyd-austin", "Lloyd Austin", "usa", "the US Secretary of Defense", None,
             "US-Verteidigungsminister Lloyd Austin", "US-Verteidigungsminister Lloyd Austin",
             "US Defense Secretary Lloyd Austin"),
    Claimant("farah-dakhlallah", "Farah Dakhlallah", "nato", "NATO's spokeswoman", None,
             "Nato-Sprecherin Farah Dakhlallah", "Nato-Sprecherin Farah Dakhlallah",
             "NATO spokeswoman Farah Dakhlallah"),
    Claimant("mark-rutte", "Mark Rutte", "nato", "NATO's Secretary General", None,
             "Nato-Generalsekretär Mark Rutte",
             "Nato-Generalsekretär Mark Rutte", "NATO Secretary General Mark Rutte"),
    Claimant("german-government-spokesman", "a German government spokesman", "germany", None,
             None, "ein Sprecher der Bundesregierung",
             "einem Sprecher der Bundesregierung", "a German government spokesman"),
    Claimant("isw", "Institute for the Study of War", "analyst", None, "ISW",
             "das Institute for the Study of War", "dem Institute for the Study of War",
             "the Institute for the Study of War"),
    Claimant("military-analyst", "a military analyst", "analyst", "unnamed", None,
             "ein Militärexperte", "einem Militärexperten", "a military analyst"),
    Claimant(None, "the outlet", "media", None, None,
             "die Redaktion", "der Redaktion", "the newsroom"),
    Claimant("diplomat", "a diplomat", "other", "unnamed", None,
             "ein Diplomat", "einem Diplomaten", "a diplomat"),
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

# Laid out by hand as a table (fmt: skip keeps the layout).
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
    """A claim sentence in German and English, and the markers the German carries, as the
    three marker columns of claims.csv record them."""

    german: str
    english: str
    distancing: str | None = None
    uncertainty: str | None = None
    condition: str | None = None


# Laid out by hand as a table (fmt: skip keeps the layout).
FIGURE_TEMPLATES = (
    Template("{dat} zufolge sind {fig} nordkoreanische Soldaten {pred}.",
             "According to {who}, {fig} North Korean soldiers are {pred}."),
    Template("{dat} zufolge sollen {fig} nordkoreanische Soldaten {pred} sein.",
             "According to {who}, {fig} North Korean soldiers are said to be {pred}.", "sollen"),
    Template("{nom} erklärte, {fig} Soldaten aus Nordkorea seien {pred}.",
             "{who} said {fig} soldiers from North Korea were {pred}.", "Konjunktiv I (seien)"),
    Template("Schätzungen zufolge sind wahrscheinlich {fig} nordkoreanische Soldaten {pred}, "
             "sagte {nom}.",
             "By estimates, probably {fig} North Korean soldiers are {pred}, said {who}.",
             None, "Schätzungen zufolge;wahrscheinlich"),
    Template("Angeblich sind {fig} Soldaten aus Nordkorea {pred}, berichtete {nom}.",
             "Allegedly {fig} soldiers from North Korea are {pred}, {who} reported.",
             "angeblich"),
    Template("Wie {nom} mitteilte, wären möglicherweise {fig} nordkoreanische Soldaten {pred}.",
             "As {who} said, possibly {fig} North Korean soldiers would be {pred}.",
             None, "möglicherweise", "Konjunktiv II (wären)"),
    Template("{nom} geht davon aus, dass offenbar {fig} Soldaten {pred} sind.",
             "{who} assumes that apparently {fig} soldiers are {pred}.", "offenbar"),
)  # fmt: skip

# Laid out by hand as a table (fmt: skip keeps the layout).
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
        "{who} spoke merely of a “media hype” about the alleged soldiers.",
        "angeblich (angeblichen)"),
    "evades": Template(
        "{nom} wollte sich zu den Berichten über nordkoreanische Truppen nicht äußern.",
        "{who} would not comment on the reports of North Korean troops."),
    "conditional": Template(
        "Sollten die nordkoreanischen Soldaten in der Ukraine kämpfen, würden sie zu legitimen "
        "Zielen, erklärte {nom}.",
        "Should the North Korean soldiers fight in Ukraine, they would become legitimate "
        "targets, said {who}.", None, None, "sollte (Sollten);Konjunktiv II (würden)"),
}  # fmt: skip

# Laid out by hand as a table (fmt: skip keeps the layout).
LOCATION_TEMPLATES = (
    Template("{dat} zufolge sollen sich die nordkoreanischen Soldaten {place} befinden.",
             "According to {who}, the North Korean soldiers are said to be {place}.", "sollen"),
    Template("{nom} berichtete, nordkoreanische Truppen seien {place} gesehen worden.",
             "{who} reported that North Korean troops had been seen {place}.",
             "Konjunktiv I (seien)"),
)  # fmt: skip

# Laid out by hand as a table (fmt: skip keeps the layout).
OTHER_TEMPLATES = (
    Template("{dat} zufolge erhielten die nordkoreanischen Soldaten russische Uniformen.",
             "According to {who}, the North Korean soldiers received Russian uniforms."),
    Template("{nom} erklärte, die Familien der Soldaten seien isoliert worden.",
             "{who} said the soldiers' families had been isolated.", "Konjunktiv I (seien)"),
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
    ("Tagesspiegel", "tagesspiegel", None),
    ("Zeit Online", "zeit", "dpa"),
    ("Süddeutsche Zeitung", "sz", None),
    ("FAZ.net", "faz", "AFP"),
    ("Der Spiegel", "spiegel", None),
    ("tagesschau.de", "tagesschau", None),
    ("Die Welt", "welt", None),
    ("n-tv.de", "ntv", "dpa"),
    ("BBC News", "bbc", None),
    ("OZD.news", "ozd", "AFP"),
    ("Frankfurter Rundschau", "fr", None),
    ("Merkur.de", "merkur", "dpa"),
)
"""Outlet name, slug (its claimant id and the end of its article ids) and the agency its
articles credit, if any."""

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
