"""Reading data files as strict UTF-8 text.

A byte-order mark or CRLF line endings would shift every character offset the claims rely
on, so they are rejected with a message saying how to fix the file rather than silently
normalised.
"""

from pathlib import Path

from claimbook.problems import Problem

BOM = "\ufeff"


def read_text(path: Path, shown_as: str) -> tuple[str | None, list[Problem]]:
    """The file's text, or None and the problems that make it unreadable as data."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        found = f"byte {raw[error.start]:#04x} at byte offset {error.start} that is not UTF-8"
        return None, [Problem(shown_as, line, None, found, "a UTF-8 encoded text file")]
    problems = []
    if text.startswith(BOM):
        problems.append(
            Problem(
                shown_as,
                1,
                None,
                "a byte-order mark (BOM)",
                "UTF-8 without BOM (re-save the file without it)",
            )
        )
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        problems.append(
            Problem(
                shown_as,
                line,
                None,
                "a carriage return (CRLF or CR line ending)",
                "LF line endings only (convert with: dos2unix FILE)",
            )
        )
    return (None if problems else text), problems
