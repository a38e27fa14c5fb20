"""Does a German noun name persons? Decided by morphology, from Wiktionary's noun table.

The ``german-nouns`` package (Wiktionary data, CC BY-SA 4.0) lists about 100,000 noun lemmas
with their gender and every inflected form. A noun names persons when

1. its masculine lemma has a feminine counterpart in "-in" (Soldat/Soldatin,
   Pionier/Pionierin, Scharfschütze/Scharfschützin, Arzt/Ärztin), or
2. it declines as a weak masculine: genitive, dative and accusative singular all end in
   "-(e)n" like the plural (des, dem, den Rekruten), or
3. it declines as an adjective (der Tote, die Verwundeten, die Gefallenen, die Gefangenen),
4. it is a masculine with a suffix of agent nouns borrowed from French, "-ier" or "-eur"
   (Grenadier, Kanonier, Ingenieur), which Wiktionary does not always give a feminine,

and the feminine "-in" nouns themselves. Every inflected form of such a lemma is a person
form. A word the table does not list is a compound or a rare word: it is read by its longest
ending the table lists ("Militärbauarbeiter" by "Bauarbeiter"); failing that, HanTa (LGPL-3.0,
German model in its wheel) splits it into morphemes and its last noun morpheme decides.
Collective nouns ("Truppen", "Kräfte", "Mann") and casualty nouns ("Verluste") are not
person nouns by form and are listed in ``lexicon.PEOPLE_COLLECTIVES``.

The table is read once per process (about a second); lookups are dictionary lookups.
"""

import csv
import re
from functools import cache, lru_cache

from german_nouns.config import CSV_FILE_PATH

from claimbook.extraction.lexicon import NOT_PERSON_LEMMAS, PEOPLE_COLLECTIVES

_UMLAUT = str.maketrans({"a": "ä", "o": "ö", "u": "ü"})
_COLLECTIVE = re.compile(r"\w*(?:" + "|".join(PEOPLE_COLLECTIVES) + r")", re.IGNORECASE)
_AGENT_SUFFIXES = ("ier", "eur")
_MIN_HEAD = 4  # the shortest ending a compound is read by
_MIN_PREFIX = 3  # the shortest first part of a compound


class Nouns:
    """Every listed noun form, lowercased: which are person forms, which are other nouns."""

    def __init__(self, rows: list[tuple[str, str, str, list[str], list[str]]]) -> None:
        lemmas = {lemma for lemma, *_ in rows}
        self.person: set[str] = set()
        self.other: set[str] = set()
        for lemma, genus, pos, forms, singular in rows:
            target = self.person if _is_person(lemma, genus, pos, singular, lemmas) else self.other
            target.update(form.lower() for form in forms)
        self.other -= self.person

    def reading(self, word: str) -> bool | None:
        """True for a person form, False for another noun, None when the table does not
        know the word or any ending of it."""
        lower = word.lower()
        for start in [0, *range(_MIN_PREFIX, len(lower) - _MIN_HEAD + 1)]:
            part = lower[start:]
            if part in self.person:
                return True
            if part in self.other:
                return False
        return None


def _feminine(lemma: str) -> tuple[str, ...]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    umlauted = _umlaut_last_vowel(stem)
    return (stem + "in", umlauted + "in") if umlauted != stem else (stem + "in",)


def _umlaut_last_vowel(stem: str) -> str:
    for position in range(len(stem) - 1, -1, -1):
        if stem[position] in "aou":
            if stem[position] == "u" and position and stem[position - 1] == "a":
                return stem[: position - 1] + "äu" + stem[position + 1 :]
            return stem[:position] + stem[position].translate(_UMLAUT) + stem[position + 1 :]
    return stem


def _is_person(lemma: str, genus: str, pos: str, singular: list[str], lemmas: set[str]) -> bool:
    if lemma in NOT_PERSON_LEMMAS:
        return False
    if "adjektivische Deklination" in pos:
        return genus in ("m", "f")
    if genus == "f":
        return lemma.endswith("in") and (lemma[:-2] in lemmas or lemma[:-2] + "e" in lemmas)
    if genus != "m":
        return False
    if any(feminine in lemmas for feminine in _feminine(lemma)):
        return True
    if lemma.endswith(_AGENT_SUFFIXES):
        return True
    genitive, dative, accusative = [*singular, "", "", ""][:3]
    return (
        bool(genitive)
        and genitive == dative == accusative
        and genitive != lemma
        and genitive.endswith("n")
        and not genitive.endswith("ns")
    )


def _read_table() -> list[tuple[str, str, str, list[str], list[str]]]:
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        genus_at = header.index("genus")
        form_columns = [
            i for i, name in enumerate(header) if " singular" in name or " plural" in name
        ]
        singular_at = [
            header.index(f"{case} singular") for case in ("genitiv", "dativ", "akkusativ")
        ]
        rows = []
        for row in reader:
            if not row or not row[0][:1].isupper():
                continue
            genus = row[genus_at] or row[genus_at + 1]
            forms = {row[0], *(row[i] for i in form_columns if row[i])}
            forms = {form for form in forms if form[:1].isupper() and " " not in form}
            rows.append((row[0], genus, row[1], sorted(forms), [row[i] for i in singular_at]))
    return rows


@cache
def nouns() -> Nouns:
    """The noun table, read once."""
    return Nouns(_read_table())


@cache
def _tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=4096)
def _hanta_head(word: str) -> str | None:
    """The last noun morpheme of a word as HanTa splits it ("truppenübungsplatz" ->
    "platz"), or None when HanTa does not read it as a noun."""
    _, morphemes, tag = _tagger().analyze(word, taglevel=3)
    if tag != "NN":
        return None
    nouns_in = [morpheme for morpheme, kind in morphemes if kind in ("NN", "NN_VAR")]
    return nouns_in[-1] if nouns_in else None


def is_person_noun(word: str) -> bool:
    """Does the capitalised German word name persons (or a collective or casualties)?"""
    if _COLLECTIVE.fullmatch(word):
        return True
    reading = nouns().reading(word)
    if reading is not None:
        return reading
    head = _hanta_head(word)
    return bool(head) and bool(nouns().reading(head.capitalize()))


@lru_cache(maxsize=4096)
def is_noun(word: str) -> bool:
    """Is a capitalised word a noun or a name rather than a capitalised adverb or adjective at
    the start of a sentence ("Später", "Insgesamt")? The noun table knows common nouns; HanTa
    tags the rest."""
    if nouns().reading(word) is not None:
        return True
    _, tag = _tagger().analyze(word)
    return tag in ("NN", "NE")
