"""Positions on the deployment: a sentence that denies, downplays, evades, confirms it or
warns of it on a condition (vocab.STANCES).

A sentence is a position candidate when it holds a stance cue of ``lexicon.STANCE_CUES`` (the
first stance in that table with a cue wins) and it, or the sentence before it, speaks of the
deployment (``lexicon.DEPLOYMENT_TOPIC``). Its claimant is the one the attribution rules find
for the cue, else the subject of the cue itself ("Das Regime dementierte ...").
"""

import re
from dataclasses import dataclass

from claimbook.extraction.lexicon import DEPLOYMENT_TOPIC, STANCE_CUES
from claimbook.extraction.sentences import Sentence

_STANCES = tuple((stance, re.compile(pattern, re.IGNORECASE)) for stance, pattern in STANCE_CUES)
_TOPIC = re.compile(DEPLOYMENT_TOPIC, re.IGNORECASE)
# One pass for any cue at all: most sentences hold none, and then the ordered search is saved.
_ANY_CUE = re.compile("|".join(f"(?:{pattern})" for _, pattern in STANCE_CUES), re.IGNORECASE)


@dataclass(frozen=True)
class Stance:
    """The stance of a sentence and where its cue stands (offsets into the sentence)."""

    stance: str
    start: int
    end: int


def stance_of(sentence: Sentence, previous: str) -> Stance | None:
    """The stance the sentence takes on the deployment, or None if it takes none."""
    if not _ANY_CUE.search(sentence.text):
        return None
    if not (_TOPIC.search(sentence.text) or _TOPIC.search(previous)):
        return None
    for stance, pattern in _STANCES:
        match = pattern.search(sentence.text)
        if match:
            return Stance(stance, match.start(), match.end())
    return None
