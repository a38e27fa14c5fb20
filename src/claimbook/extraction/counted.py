"""What a figure counts (vocab.COUNTED), from the cue words around it.

The cues are looked for in widening scopes: a loss named in the figure's own words up to the
next figure or the end of its clause, then its whole clause (a list of participles counts as
one), then the whole sentence
(only cues that govern a whole sentence, such as verbs of sending or planning: a place named
in another clause is where *other* people are), then, for a figure without a noun of its own,
the sentence before, which the figure refers back to. Within a scope the highest-ranked cue of
``lexicon.COUNTED_CUES`` wins. Words next to the figure refine the result: "weitere"/"neue"
make it an addition, "selbst"/"even" make it hypothetical, and a nationality other than North
Korean on the counted noun ("50.000 russische Soldaten", "Russen") makes it "other".
"""

import re
from dataclasses import dataclass

from claimbook.extraction.lexicon import (
    ADDITIONAL_CUES,
    COUNTED_CUES,
    DONE_CUES,
    HYPOTHETICAL_PREFIX,
    OTHER_NATIONALITY,
    OTHER_NATIONALITY_NOUNS,
    PLANNED_CUES,
    POSSIBLE_CUES,
)
from claimbook.extraction.sentences import clause_around
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
) -> Counted:
    """The category of the figure (offsets into ``sentence``); ``previous`` is the sentence
    before when the figure has no noun of its own, else None. ``neighbours`` are where the
    figure before it ends and the figure after it starts: the figure's own clause stops
    there ("300 gefallen und 2700 verwundet")."""
    before = sentence[: figure.start]
    if _HYPOTHETICAL_BEFORE.search(before):
        return Counted("hypothetical", CLAUSE)
    if _OTHERS_AFTER.match(sentence, figure.end):
        return Counted("other", CLAUSE)  # people of another nation than the soldiers sent
    found = _cue_in_scopes(sentence, figure, previous, neighbours)
    additional = bool(
        _ADDITIONAL_BEFORE.search(before) or _ADDITIONAL_AFTER.match(sentence, figure.end)
    )
    return Counted(_refined(found.category, sentence, additional), found.scope)


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
