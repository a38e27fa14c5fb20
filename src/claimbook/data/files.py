"""Reading data files: strict UTF-8 text, and CSV tables that keep each row's line number.

A byte-order mark or CRLF line endings would shift every character offset the claims rely
on, so they are rejected with a message saying how to fix the file rather than silently
normalised.
"""

import csv
import io
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pyarrow import csv as arrow_csv

from claimbook.data.problems import Problem, schema_problems

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
                "a byte-order mark (BOM), as spreadsheets write it",
                f"UTF-8 without BOM (remove it with: sed -i '1s/^\\xEF\\xBB\\xBF//' {shown_as})",
            )
        )
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        problems.append(
            Problem(
                shown_as,
                line,
                None,
                "a carriage return (CRLF or CR line ending), as spreadsheets write it",
                f"LF line endings only (convert with: sed -i 's/\\r$//' {shown_as})",
            )
        )
    return (None if problems else text), problems


def read_table(
    path: Path, schema: pa.DataFrameSchema, shown_as: str
) -> tuple[pd.DataFrame | None, list[int], list[Problem]]:
    """The table as text cells (empty cells missing), the line on which each row starts, and
    every problem the schema finds. The frame is None when the file cannot be read at all."""
    if not path.is_file():
        return None, [], [Problem(shown_as, None, None, "no such file", f"the {schema.name} table")]
    text, problems = read_text(path, shown_as)
    if text is None:
        return None, [], problems
    if not text.strip():
        return (
            None,
            [],
            [
                Problem(
                    shown_as,
                    1,
                    None,
                    "an empty file",
                    "a header naming the columns (" + ",".join(schema.columns) + ") and rows",
                )
            ],
        )
    frame = _fast_frame(path, text)
    if frame is None:
        header, rows = _rows(text)
        ragged = [
            Problem(shown_as, line, None, f"{width} values", f"{len(header)}, one per column")
            for line, width in rows
            if width != len(header)
        ]
        if ragged:
            return None, [], ragged
        frame = pd.read_csv(
            io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""], index_col=False
        )
    lines = _row_lines(text, len(frame))

    def locate(row: int | None, field: str | None) -> tuple[str, int | None]:
        return shown_as, (1 if row is None else lines[row])

    return frame, lines, schema_problems(schema, frame, locate)


def _fast_frame(path: Path, text: str) -> pd.DataFrame | None:
    """The table read by pyarrow's CSV reader, every cell as text and an empty cell missing;
    None when some row (a blank line too) has another number of values than the header, or
    the header repeats a name: the csv module then reads it and says what is wrong. Many times
    faster than the csv module on a million rows."""
    header = next(csv.reader(io.StringIO(text.partition("\n")[0])), [])
    if len(set(header)) != len(header):
        return None
    try:
        table = arrow_csv.read_csv(
            path,
            parse_options=arrow_csv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=arrow_csv.ConvertOptions(
                column_types=dict.fromkeys(header, pyarrow.string()),
                strings_can_be_null=True,
                null_values=[""],
                quoted_strings_can_be_null=True,
            ),
        )
    except pyarrow.ArrowInvalid:
        return None
    return table.to_pandas()


def _row_lines(text: str, rows: int) -> list[int]:
    """The line on which each data row starts: the row's number plus one when no cell spans
    lines (the text has one line per row), else counted by the csv module."""
    if text.count("\n") == rows + 1 and text.endswith("\n"):
        return list(range(2, rows + 2))
    return [line for line, _ in _rows(text)[1]]


def _rows(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The header, and for each data row the line it starts on and its number of values
    (quoted cells may span lines)."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    rows, previous_end = [], reader.line_num
    for row in reader:
        rows.append((previous_end + 1, len(row)))
        previous_end = reader.line_num
    return header, rows


def typed(frame: pd.DataFrame, schema: pa.DataFrameSchema) -> pd.DataFrame:
    """The frame with the schema's types applied (call only on a frame that passed)."""
    return schema.validate(frame)
