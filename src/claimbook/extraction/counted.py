"""What a figure counts (vocab.COUNTED), from the cue words around it.

The cues are looked for in widening scopes: a loss named in the figure's own words up to the
next figure or the end of its clause, then its whole clause (a list of participles counts as
one), then the whole sentence
(only cues that govern a whole sentence, such as verbs of sending or planning: a place named
in another clause is where *other* people are), then, for a figure without a noun of its own,
the sentence before, which the figure refers back to. Within a scope the highest-ranked cue of
``lexicon.COUNTED_CUES`` wins. Words next to the figure refine the result: "weitere"/"neue"
make it an addition, "selbst"/"even" make it hypothetical, and a nationality other than North
Korean on the counted noun ("50.000 russische Soldaten", "Russen") makes it "other", and so
does a loss suffered by another state ("verliert Russland 1500 Soldaten").

Some figures are counted by their own noun phrase first, where a place outranks a verb of
sending or possibility: the whole of a partitive ("8,000 of the roughly 10,000 soldiers in
Russia had moved to Kursk": the 10,000 are in Russia, the move is the 8,000's, whose clause
runs past the whole) and people placed "bereits"/"already" ("die bereits in Russland
stationierten 11.000 Nordkoreaner könnten verstärkt werden": they are in Russia). A figure
after "unter ihnen"/"among them" is counted like the people of the sentence before, even
with a noun of its own.
"""

import re
from dataclasses import dataclass

from claimbook.extraction.lexicon import (
    ADDITIONAL_CUES,
    ALREADY,
    COUNTED_CUES,
    DONE_CUES,
    HYPOTHETICAL_PREFIX,
    OTHER_LOSSES,
    OTHER_NATIONALITY,
    OTHER_NATIONALITY_NOUNS,
    PARTITIVE_OF,
    PARTS,
    PLACE_CATEGORIES,
    PLANNED_CUES,
    POSSIBLE_CUES,
    SUBSET_OF_BEFORE,
)
from claimbook.extraction.people import noun_end
from claimbook.extraction.sentences import clause_around, clause_start
from claimbook.text.numbers import Figure

# Scopes, in the order they are tried; also how sure the result is.
CLAUSE, SENTENCE, PREVIOUS, NOWHERE = "clause", "sentence", "previous sentence", "nowhere"

_CUES = tuple(
    (category, re.compile(pattern, re.IGNORECASE), scope)
    for category, pattern, scope in COUNTED_CUES
)
_PLANNED = re.compile(PLANNED_CUES, re.IGNORECASE)
_POSSIBLE = re.compile(POSSIBLE_CUES, re.IGNORECASE)
_DONE = re.compile(DONE_CUES, re.IGNORECASE)
_ADDITIONAL_BEFORE = re.compile(rf"\b(?:{ADDITIONAL_CUES})\s+$", re.IGNORECASE)
_ADDITIONAL_AFTER = re.compile(rf"\s+(?:{ADDITIONAL_CUES})\b", re.IGNORECASE)
# The words between a figure and its noun, and the noun: "3000 russische Soldaten".
_OTHERS_AFTER = re.compile(
    rf"\s+(?:(?-i:[a-zäöüß])[\w\-]*\s+){{0,2}}?(?:(?:{OTHER_NATIONALITY})\s+[\w\-]+|(?:{OTHER_NATIONALITY_NOUNS}))\b",
    re.IGNORECASE,
)
_LOSSES = frozenset(("casualties_total", "captured", "killed", "wounded"))
# A comma that lists words of one kind ending in "oder"/"und" does not end the clause.
_ENUMERATION = re.compile(r",\s*[a-zäöüß]\w*(?:\s*,\s*[a-zäöüß]\w*)*\s+(?:oder|und|or|and)\s+")
_HYPOTHETICAL_BEFORE = re.compile(rf"\b(?:{HYPOTHETICAL_PREFIX})\s+$", re.IGNORECASE)
# In a noun phrase, losses first, then places, then the rest.
_PHRASE_CUES = (
    [cue for cue in _CUES if cue[0] in _LOSSES]
    + [cue for cue in _CUES if cue[0] in PLACE_CATEGORIES]
    + [cue for cue in _CUES if cue[0] not in _LOSSES and cue[0] not in PLACE_CATEGORIES]
)
_PART_OF_NEXT = re.compile(rf"\s+(?:{PARTITIVE_OF})\s+", re.IGNORECASE)
_WHOLE_OF_PART = re.compile(rf"(?:{PARTS})\w*\s+(?:{PARTITIVE_OF})\s+$", re.IGNORECASE)
_ALREADY_BEFORE = re.compile(rf"\b(?:die|der|den|des|the)\s+(?:{ALREADY})\b[^,;:]*$", re.IGNORECASE)
_ALREADY = re.compile(rf"\b(?:{ALREADY})\b", re.IGNORECASE)
_SUBSET_BEFORE = re.compile(rf"\b(?:{SUBSET_OF_BEFORE})\b", re.IGNORECASE)
_OTHER_LOSSES = re.compile(OTHER_LOSSES, re.IGNORECASE)
_NORTH_KOREAN = re.compile(r"\s+(?:\S+\s+){0,2}?(?:nordkorean|north\s+korean)", re.IGNORECASE)


@dataclass(frozen=True)
class Counted:
    """The category of a figure and the scope its cue was found in."""

    category: str
    scope: str


def what_is_counted(
    sentence: str,
    figure: Figure,
    previous: str | None,
    neighbours: tuple[int, int] | None = None,
    *,
    own_noun: bool = False,
    language: str = "de",
) -> Counted:
    """The category of the figure (offsets into ``sentence``); ``previous`` is the text before
    it, which a figure without a noun of its own (``own_noun``) refers back to.
    ``neighbours`` are where the figure before it ends and the figure after it starts: the
    figure's own clause stops there ("300 gefallen und 2700 verwundet")."""
    before = sentence[: figure.start]
    if _HYPOTHETICAL_BEFORE.search(before):
        return Counted("hypothetical", CLAUSE)
    if _OTHERS_AFTER.match(sentence, figure.end):
        return Counted("other", CLAUSE)  # people of another nation than the soldiers sent
    phrase = _noun_phrase(sentence, figure, language)
    if phrase is not None:
        for category, pattern, _ in _PHRASE_CUES:
            if pattern.search(sentence, *phrase):
                return Counted(category, CLAUSE)
    left = clause_start(sentence, figure.start)
    if own_noun and not _SUBSET_BEFORE.search(sentence, left, figure.start):
        previous = None
    if neighbours is not None and _PART_OF_NEXT.fullmatch(sentence, figure.end, neighbours[1]):
        neighbours = (neighbours[0], len(sentence))  # the part takes the whole's predicate
    found = _cue_in_scopes(sentence, figure, previous, neighbours)
    if found.category in _LOSSES and _lost_by_another_state(sentence, figure):
        return Counted("other", found.scope)
    additional = bool(
        _ADDITIONAL_BEFORE.search(before) or _ADDITIONAL_AFTER.match(sentence, figure.end)
    )
    return Counted(_refined(found.category, sentence, additional), found.scope)


def _noun_phrase(sentence: str, figure: Figure, language: str) -> tuple[int, int] | None:
    """The span of the figure's noun phrase when it is to be counted by that first: the
    whole of a partitive, or people placed already; else None."""
    left = clause_start(sentence, figure.start)
    end = noun_end(sentence, figure.end, language)
    already = _ALREADY_BEFORE.search(sentence, left, figure.start)
    if already:
        return already.start(), end or figure.end
    if end is None:
        return None
    if _WHOLE_OF_PART.search(sentence, left, figure.start) or _ALREADY.search(
        sentence, figure.end, end
    ):
        return figure.start, end
    return None


def _lost_by_another_state(sentence: str, figure: Figure) -> bool:
    """A loss in the figure's clause suffered by another state, unless the counted are said
    to be North Korean."""
    left, right = clause_around(sentence, figure.start, figure.end)
    return bool(
        _OTHER_LOSSES.search(sentence, left, right)
        and not _NORTH_KOREAN.match(sentence, figure.end)
    )


def _cue_in_scopes(
    sentence: str, figure: Figure, previous: str | None, neighbours: tuple[int, int] | None
) -> Counted:
    left, right = clause_around(sentence, figure.start, figure.end)
    enumeration = _ENUMERATION.match(sentence, right)
    if enumeration:  # "getötet, verwundet oder gefangen genommen" is one clause
        right = clause_around(sentence, enumeration.end(), enumeration.end())[1]
    if neighbours is not None:
        left, right = max(left, neighbours[0]), min(right, neighbours[1])
    # a loss named after the figure is its own ("50 gefallen und 400 verwundet")
    after = sentence[figure.start : right]
    for category, pattern, _ in _CUES:
        if category in _LOSSES and pattern.search(after):
            return Counted(category, CLAUSE)
    scopes = [(CLAUSE, sentence[left:right]), (SENTENCE, sentence)]
    if previous is not None:
        scopes.append((PREVIOUS, previous))
    for scope, text in scopes:
        for category, pattern, reach in _CUES:
            if (reach != CLAUSE or scope != SENTENCE) and pattern.search(text):
                return Counted(category, scope)
    return Counted("other", NOWHERE)


def _refined(category: str, sentence: str, additional: bool) -> str:
    """A dispatch in a sentence of intent is planned; an addition is planned or expected."""
    if category in ("dispatched", "planned_total") and _POSSIBLE.search(sentence):
        return "hypothetical"
    if category == "dispatched" and _PLANNED.search(sentence):
        category = "planned_total"
    if not additional:
        return category
    if category == "planned_total":
        return "planned_additional"
    if category == "dispatched" and _DONE.search(sentence):
        return "dispatched"  # "habe weitere 3000 Soldaten geschickt": sent, not expected
    if category in ("dispatched", "other"):
        return "expected_additional"
    return category
