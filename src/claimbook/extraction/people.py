"""Is a figure a head count of people?

The deciding word is the noun the number counts: "3000 nordkoreanische Soldaten" counts
people, "vier Brigaden", "20.000 Granaten", "drei Frontabschnitten" do not. German nouns are
capitalised, so the noun is the first capitalised word after the number, past any
adjectives, and whether it names persons is decided by its morphology
(``morphology.is_person_noun``); English needs a short list of modifiers and person nouns
instead. A number followed by no noun at all ("weitere 6000 werden erwartet", "die ersten
2000 bereits auf dem Weg", "another 2,000 are expected")
refers back to a noun named before: it counts people when the sentence or the one before it
speaks of people.

"""

import re

from claimbook.extraction.lexicon import (
    EN_MODIFIERS,
    FUNCTION_WORDS,
    MIN_ELLIPTICAL_FIGURE,
    PEOPLE_NOUNS_EN,
)
from claimbook.extraction.morphology import is_person_noun
from claimbook.text.numbers import Figure

# How sure we are that a figure counts people: its own noun says so, or only the context.
BY_NOUN = "noun"
BY_CONTEXT = "context"

_WORD_OR_MARK = re.compile(r"\s*([^\W\d_][\w\-]*|\S)")
_PEOPLE_WORD_EN = re.compile(r"\w*(?:" + "|".join(PEOPLE_NOUNS_EN) + r")", re.IGNORECASE)
_PEOPLE_IN_TEXT_EN = re.compile(r"\b" + _PEOPLE_WORD_EN.pattern + r"\b", re.IGNORECASE)
# Four bare digits from 1900 to 2099 that end a clause without a noun of their own are a
# year ("seit dem Ende des Krieges 1953."), not an elliptical head count ("die ersten 2000
# bereits unterwegs" is one).
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\u2013\u2014]|$)")
_CAPITALISED = re.compile(r"(?<!\w)[A-ZÄÖÜ][\w\-]*")
_FUNCTION_WORD = re.compile("|".join(FUNCTION_WORDS), re.IGNORECASE)
_EN_MODIFIER = re.compile("|".join(EN_MODIFIERS), re.IGNORECASE)
_DE_ADJECTIVE_ENDING = re.compile(r"\w+(?:e|en|er|es|em)")
_WINDOW = 4  # words looked at after the number

_PEOPLE, _NO_NOUN, _OTHER = "people", "no noun", "other"


def counts_people(sentence: str, figure: Figure, previous: str, language: str) -> str | None:
    """BY_NOUN or BY_CONTEXT when the figure (offsets into ``sentence``) counts people, None
    when it counts something else. ``previous`` is the text before, for back-references."""
    words = _words_after(sentence, figure.end)
    reading = _german_reading(words) if language == "de" else _english_reading(words)
    if reading == _PEOPLE:
        return BY_NOUN
    if reading == _NO_NOUN and _refers_to_people(sentence, figure, previous, language):
        return BY_CONTEXT
    return None


def _words_after(text: str, position: int) -> list[str]:
    words = []
    while len(words) < _WINDOW and (match := _WORD_OR_MARK.match(text, position)):
        words.append(match.group(1))
        position = match.end()
    return words


def _is_word(token: str) -> bool:
    return token[0].isalpha()


def _german_reading(words: list[str]) -> str:
    """Past lowercase adjectives ("nordkoreanische", "der") to the first capitalised word."""
    for word in words:
        if not _is_word(word):
            break
        if word[0].isupper() and is_person_noun(word.split("-")[-1] or word):
            return _PEOPLE
        if word[0].isupper():
            return _OTHER
        if _FUNCTION_WORD.fullmatch(word) or not _DE_ADJECTIVE_ENDING.fullmatch(word):
            break
    return _NO_NOUN


def _english_reading(words: list[str]) -> str:
    """Past listed modifiers and capitalised words ("North Korean"); one unlisted word is
    allowed (an adjective the list lacks), the next one decides."""
    unknown = 0
    for word in words:
        if not _is_word(word) or _FUNCTION_WORD.fullmatch(word):
            break
        if _PEOPLE_WORD_EN.fullmatch(word):
            return _PEOPLE
        if word[0].isupper() or _EN_MODIFIER.fullmatch(word):
            continue
        unknown += 1
        if unknown == 2:
            break
    return _OTHER if unknown else _NO_NOUN


def _is_year(sentence: str, figure: Figure) -> bool:
    return bool(_YEAR.fullmatch(figure.text) and _CLAUSE_END.match(sentence, figure.end))


def _refers_to_people(sentence: str, figure: Figure, previous: str, language: str) -> bool:
    """A figure without a noun: large enough, and people are spoken of around it."""
    bound = figure.high if figure.high is not None else figure.low
    if bound is None or bound < MIN_ELLIPTICAL_FIGURE or _is_year(sentence, figure):
        return False
    context = sentence[: figure.start] + " " + sentence[figure.end :] + " " + previous
    if language == "en":
        return bool(_PEOPLE_IN_TEXT_EN.search(context))
    return any(is_person_noun(word) for word in _CAPITALISED.findall(context))


_NOUN_PHRASE_WINDOW = 6  # words looked at after the number for the noun it counts
# A noun's place after it: "soldiers in Russia", "troops already near Kursk", "Soldaten in
# der Region Kursk".
_PLACE_AFTER = re.compile(
    r"(?:\s+(?:already|still|now|bereits|schon|noch))?\s+(?:in|near|at|inside|bei|nahe)"
    r"(?:\s+(?:the|der|dem|den))?(?:\s+Region)?\s+[A-ZÄÖÜ][\w\-]*"
)


def noun_end(sentence: str, position: int, language: str) -> int | None:
    """Where the noun phrase of the people counted by a number ending at ``position`` ends:
    after the first person noun within a few words ("rund 11.000 nach Kursk entsandten
    Nordkoreaner") and a place it is said to be in ("10,000 soldiers in Russia"); None when
    no person noun follows before a punctuation mark."""
    for _ in range(_NOUN_PHRASE_WINDOW):
        match = _WORD_OR_MARK.match(sentence, position)
        if not match or not _is_word(match.group(1)):
            return None
        word, position = match.group(1), match.end()
        if _is_person_word(word, language):
            place = _PLACE_AFTER.match(sentence, position)
            return place.end() if place else position
    return None


def _is_person_word(word: str, language: str) -> bool:
    if language == "en":
        return bool(_PEOPLE_WORD_EN.fullmatch(word))
    return word[0].isupper() and is_person_noun(word.split("-")[-1] or word)
