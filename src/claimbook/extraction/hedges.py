"""Hedging markers in a quote (vocab.HEDGES), in the vocabulary's order."""

import re

from claimbook import vocab
from claimbook.extraction.lexicon import HEDGE_CUES

_HEDGES = tuple((marker, re.compile(HEDGE_CUES[marker], re.IGNORECASE)) for marker in vocab.HEDGES)


def hedges_in(quote: str) -> list[str]:
    """Every marker whose cue occurs in the quote."""
    return [marker for marker, pattern in _HEDGES if pattern.search(quote)]
