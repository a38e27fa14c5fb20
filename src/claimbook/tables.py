"""Reading the CSV tables of the data directory, keeping each row's line number."""

import csv
import io
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from claimbook.problems import Problem
from claimbook.tableproblems import schema_problems
from claimbook.textfile import read_text


def read_table(path: Path, schema: pa.DataFrameSchema,
               shown_as: str) -> tuple[pd.DataFrame | None, list[int], list[Problem]]:
    """The table as text cells (empty cells missing), the line on which each row starts, and
    every problem the schema finds. The frame is None when the file cannot be read at all."""
    if not path.is_file():
        return None, [], [Problem(shown_as, None, None, "no such file", f"the {schema.name} table")]
    text, problems = read_text(path, shown_as)
    if text is None:
        return None, [], problems
    lines = _row_lines(text)
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""])

    def locate(row: int | None, field: str | None) -> tuple[str, int | None]:
        return shown_as, (1 if row is None else lines[row])

    return frame, lines, schema_problems(schema, frame, locate)


def _row_lines(text: str) -> list[int]:
    """The file line on which each data row starts (quoted cells may span lines)."""
    reader = csv.reader(io.StringIO(text))
    next(reader, None)
    starts, previous_end = [], reader.line_num
    for _ in reader:
        starts.append(previous_end + 1)
        previous_end = reader.line_num
    return starts


def typed(frame: pd.DataFrame, schema: pa.DataFrameSchema) -> pd.DataFrame:
    """The frame with the schema's types applied (call only on a frame that passed)."""
    return schema.validate(frame)
