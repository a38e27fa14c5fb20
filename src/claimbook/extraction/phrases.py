"""Noun phrases without a parser: the name of a claimant next to a verb or a marker.

A blank spaCy pipeline has no tagger, so a noun phrase is grown word by word from what German
and English spelling shows: determiners, capitalised words, adjectives (German: lowercase
words with an adjective ending, only when a capitalised noun follows), prepositions and "und"
that link two such phrases ("Quelle aus dem ukrainischen Militär"), and appositions after a
comma ("der Sprecher ..., John Kirby"). It stops at anything else: a verb, a time phrase,
punctuation.
"""

import re

from claimbook.extraction.lexicon import (
    CLAUSE_OPENERS,
    DAY_PARTS,
    DETERMINERS,
    EN_PHRASE_STOPS,
    MONTHS,
    NOT_ADJECTIVES,
    PHRASE_LINKS,
    TIME_WORDS,
    WEEKDAYS,
)

_TOKEN = re.compile(r"\s*((?:[^\W\d_]\.){2,}|[^\W\d_][\w\-\u2019']*|\d[\d.,]*|\S)")
_DETERMINERS = frozenset(DETERMINERS)
_LINKS = frozenset(PHRASE_LINKS)
_GENITIVES = frozenset(("des", "der", "eines", "einer"))
_EN_STOPS = frozenset(EN_PHRASE_STOPS)
_TIME_WORDS = frozenset(
    [*WEEKDAYS["de"], *WEEKDAYS["en"], *MONTHS["de"], *MONTHS["en"], *TIME_WORDS]
)
_ADJECTIVE = re.compile(rf"(?!(?:{NOT_ADJECTIVES})$)[a-zäöüß][\w\-]*(?:e|en|er|es|em)")
_CLAUSE_OPENER = re.compile(CLAUSE_OPENERS, re.IGNORECASE)
_MAX_TOKENS = 16


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(token, start, end) of the words and marks of ``text[start:end]``."""
    found = []
    while start < end and (match := _TOKEN.match(text, start, end)):
        found.append((match.group(1), match.start(1), match.end(1)))
        start = match.end()
    return found


_WEEKDAY_PART = re.compile(
    rf"(?:{'|'.join(WEEKDAYS['de'])})(?:{'|'.join(DAY_PARTS)})", re.IGNORECASE
)


def is_time_word(token: str) -> bool:
    """A weekday (also with its part of the day, "Mittwochabend"), month or other word that
    opens a time phrase."""
    return token.lower() in _TIME_WORDS or bool(_WEEKDAY_PART.fullmatch(token))


def _is_name_word(token: str) -> bool:
    return token[:1].isupper() and not is_time_word(token)


def _opens_phrase(token: str) -> bool:
    return token.lower() in _DETERMINERS or _is_name_word(token)


def phrase_at(text: str, start: int, end: int, language: str) -> tuple[int, int]:
    """The noun phrase starting at the first word of ``text[start:end]``; (start, start) if
    there is none there."""
    words = tokens(text, start, end)[:_MAX_TOKENS]
    last = _phrase_length(words, language)
    if last == 0:
        return start, start
    return words[0][1], words[last - 1][2]


def _phrase_length(words: list[tuple[str, int, int]], language: str) -> int:
    """How many of the words form the phrase."""
    length = 0
    for position, (word, _, _) in enumerate(words):
        following = words[position + 1][0] if position + 1 < len(words) else ""
        before = words[position - 1][0].lower() if position else ""
        if _second_noun_phrase(word, before, position):
            break  # "der Nachrichtenagentur Reuters die Gefangennahme": a new phrase begins
        if not _continues(word, following, words[position:], language, length == 0):
            break
        length = position + 1
    while length and words[length - 1][0].lower() in _LINKS | _DETERMINERS | {","}:
        length -= 1
    return length


def _second_noun_phrase(word: str, before: str, position: int) -> bool:
    """A determiner inside a phrase opens a new one unless it is a genitive ("Sprecher des
    Ministeriums", "Sprecher der Regierung") or a link word or a comma (an apposition) leads
    to it ("Quelle aus dem Militär")."""
    return (
        position > 0
        and word.lower() in _DETERMINERS
        and word.lower() not in _GENITIVES
        and before not in _LINKS
        and before not in _DETERMINERS
        and before != ","
    )


def _continues(
    word: str, following: str, rest: list[tuple[str, int, int]], language: str, first: bool
) -> bool:
    lower = word.lower()
    if lower in _DETERMINERS or _is_name_word(word):
        return True
    if word == ",":
        return not first and _is_name_word(following)
    if lower in _LINKS:
        return not first and _opens_phrase(following)
    if language == "en":
        return word[0].isalpha() and lower not in _EN_STOPS and lower not in _TIME_WORDS
    return bool(_ADJECTIVE.fullmatch(word)) and _adjectives_lead_to_noun(rest)


def _adjectives_lead_to_noun(rest: list[tuple[str, int, int]]) -> bool:
    """German adjectives stand before their noun: a run of them must end in a capital."""
    for word, _, _ in rest:
        if word.lower() in _DETERMINERS:
            return False  # "haben die Entsendung": a verb, then the next phrase
        if not _ADJECTIVE.fullmatch(word):
            return _is_name_word(word)
    return False


def first_phrase(text: str, start: int, end: int, language: str) -> tuple[int, int]:
    """The first noun phrase in ``text[start:end]``, past conjunctions and adverbs that open
    the clause ("Wenn sich jedoch Berichte bestätigen" -> "Berichte")."""
    for word, word_start, _ in tokens(text, start, end):
        if _CLAUSE_OPENER.fullmatch(word):
            continue
        found = phrase_at(text, word_start, end, language)
        if found[1] > found[0] and _opens_phrase(text[found[0] : found[1]].split()[0]):
            return found
    return start, start


def phrase_around(text: str, position: int, language: str) -> str:
    """The noun phrase a word at ``position`` belongs to, reaching back over its determiner
    and adjectives ("Der südkoreanische Geheimdienst" around "Geheimdienst")."""
    start = position
    for word, word_start, _ in reversed(tokens(text, max(position - 80, 0), position)[-4:]):
        if word.lower() in _DETERMINERS or _ADJECTIVE.fullmatch(word) or _is_name_word(word):
            start = word_start
        else:
            break
    begin, end = phrase_at(text, start, len(text), language)
    return text[begin:end]
