"""The markers of a quote in the three columns of the scheme (vocab.MARKER_COLUMNS): each
written "marker (form)" with the words the quote uses, as the validator checks them.

"sollen" right after "werden" ("entsandt werden sollen") is a plan, not hearsay, and is not
proposed; a reviewer still checks every marker (the review column says so)."""

import re

from claimbook import vocab
from claimbook.extraction.lexicon import HEDGE_CUES

_CUES = tuple((marker, re.compile(HEDGE_CUES[marker], re.IGNORECASE)) for marker in vocab.HEDGES)
_PLAN = re.compile(r"\bwerden\s+$", re.IGNORECASE)


def markers_in(quote: str) -> dict[str, str]:
    """For each marker column, the markers whose cue occurs in the quote (';'-separated)."""
    columns = {column: [] for column in vocab.MARKER_COLUMNS}
    for marker, pattern in _CUES:
        match = next((m for m in pattern.finditer(quote) if not _is_plan(marker, quote, m)), None)
        if match is None:
            continue
        column = next(c for c, markers in vocab.MARKER_COLUMNS.items() if marker in markers)
        form = match.group()
        columns[column].append(marker if form.lower() == marker.lower() else f"{marker} ({form})")
    return {column: ";".join(found) for column, found in columns.items()}


def _is_plan(marker: str, quote: str, match: re.Match) -> bool:
    return marker == "sollen" and _PLAN.search(quote[: match.start()]) is not None
