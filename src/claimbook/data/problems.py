"""Problems found in the data, reported all at once and each pinned to file, line and field;
and pandera validation failures turned into such Problems."""

import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from claimbook.data.schema import type_words

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the data: where it is, what was found and what was expected."""

    file: str
    line: int | None
    field: str | None
    found: str
    expected: str
    severity: str = ERROR
    """ERROR (the data cannot be used as it is) or WARNING (it can, but a reader should look)."""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        label = "warning: " if self.severity == WARNING else ""
        return f"{where}:{field} {label}found {self.found}; expected {self.expected}"


class DataError(Exception):
    """Raised by the loaders when the data has problems; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=_sort_key)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def _sort_key(problem: Problem) -> tuple:
    return (problem.file, problem.line or 0, problem.field or "", problem.found)


def shorten(text: object, limit: int = 80) -> str:
    """A value as it appears in a message: quoted, on one line, cut to a readable length."""
    flat = repr(text) if isinstance(text, str) else str(text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


Locate = Callable[[int | None, str | None], tuple[str, int | None]]


def schema_problems(
    schema: pa.DataFrameSchema, frame: pd.DataFrame, locate: Locate
) -> list[Problem]:
    """Every row and column that fails the schema, as Problems (none when the frame is valid).

    `locate(row_index, field)` says in which file and on which line a cell stands.
    """
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return _from_failure_cases(errors.failure_cases, locate)
    return []


def _from_failure_cases(cases: pd.DataFrame, locate: Locate) -> list[Problem]:
    cases = _without_repeated_dtype_failures(cases)
    wide = _is_row_check(cases)
    problems = _row_check_problems(cases[wide], locate)
    cases = cases[~wide]
    for case in cases.itertuples(index=False):
        row = None if pd.isna(case.index) else int(case.index)
        field = None if pd.isna(case.column) else str(case.column)
        file, line = locate(row, field)
        found, expected = _describe(case.check, case.failure_case, field, case.schema_context)
        problems.append(Problem(file, line, field, found, expected))
    return problems


def _is_row_check(cases: pd.DataFrame) -> pd.Series:
    """The failures of checks across columns (such as 'start <= end'): pandera reports them
    once for every column of a failing row."""
    return (cases["schema_context"] == "DataFrameSchema") & cases["index"].notna()


def _row_check_problems(cases: pd.DataFrame, locate: Locate) -> list[Problem]:
    """One Problem per failing row and check across columns, naming the columns the check
    compares and their values: 'start/end: found start 500, end 337; expected start <= end'."""
    problems = []
    for (check, index), group in cases.groupby(["check", "index"], sort=True):
        values = dict(zip(group["column"], group["failure_case"], strict=False))
        fields = [word for word in re.findall(r"\w+", str(check)) if word in values]
        file, line = locate(int(index), fields[0] if fields else None)
        found = ", ".join(f"{field} {shorten(values[field])}" for field in fields)
        problems.append(Problem(file, line, "/".join(fields) or None, found, str(check)))
    return problems


def _without_repeated_dtype_failures(cases: pd.DataFrame) -> pd.DataFrame:
    """A value that cannot be coerced fails twice (coercion, then dtype); report it once."""
    checks = cases["check"].astype(str)
    return cases[~checks.str.startswith("dtype(")].drop_duplicates()


def _describe(check: str, value: object, field: str | None, context: str) -> tuple[str, str]:
    check = str(check)
    if check == "column_in_schema":
        return f"an unknown column {shorten(value)}", "only the columns of the schema"
    if check == "column_in_dataframe":
        return f"column {shorten(value)} missing", "every column of the schema"
    if check.startswith("column_ordered"):
        return f"column {shorten(value)} out of order", "the columns in schema order"
    if check.startswith("coerce_dtype"):
        wanted = check.removeprefix("coerce_dtype(").rstrip(")").strip("'")
        return shorten(value), type_words(wanted)
    if check == "not_nullable":
        return "an empty value", "a value (the field is required)"
    if check == "field_uniqueness":
        return f"duplicate value {shorten(value)}", "a value unique in the column"
    return shorten(value), check
