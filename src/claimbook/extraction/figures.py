"""Figures in a sentence: ``numbers.find_figures`` plus two things it cannot know alone.

1. Speed: ``find_figures`` costs a few microseconds per character, so sentences that cannot
   hold a number at all (no digit, no number word) are skipped by a cheap test first.
2. A qualifier that is really a preposition governed by the word before it: in "Nordkorea
   verfügt über 1,28 Millionen Soldaten" the figure is exactly 1.28 million, not "more than".
"""

import re
from dataclasses import replace

from claimbook.extraction.lexicon import GOVERNS_OVER
from claimbook.text.numbers import Figure, find_figures, parse_figure

# A superset test: every figure find_figures can return contains one of these; many words
# that merely contain them (Jahrzehnt, Nacht) pass too and are ruled out by find_figures.
_MAY_HOLD_NUMBER = re.compile(
    r"\d|\b(?:eins|zwo|zwei|drei|vier|fünf|sechs|sieben|acht|neun|elf|zwölf|mrd|mio|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)\b|(?:zehn|zig|ßig|ssig|hundert|tausend|dutzend|million"
    r"|milliard|teen|hundred|thousand|dozen|billion)",
    re.IGNORECASE,
)
_PREPOSITION_QUALIFIER = re.compile(r"(?:über|over)\s+", re.IGNORECASE)
_GOVERNED_BY = re.compile(r"(?:" + "|".join(GOVERNS_OVER) + r")\s*$", re.IGNORECASE)


def figures_in(text: str, language: str) -> list[Figure]:
    """Every figure of the text (offsets into ``text``), governed prepositions taken off."""
    if not _MAY_HOLD_NUMBER.search(text):
        return []
    return [
        _without_governed_preposition(text, figure, language)
        for figure in find_figures(text, language)
    ]


def _without_governed_preposition(text: str, figure: Figure, language: str) -> Figure:
    """The figure re-read without its "über"/"over" when the word before governs it."""
    preposition = _PREPOSITION_QUALIFIER.match(figure.text)
    if not preposition or not _GOVERNED_BY.search(text, 0, figure.start):
        return figure
    bare = parse_figure(figure.text[preposition.end() :], language)
    if bare is None:
        return figure
    return replace(bare, start=figure.start + preposition.end(), end=figure.end)
