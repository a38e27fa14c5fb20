"""Problems found in the data, reported all at once and each pinned to file, line and field."""

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the data: where it is, what was found and what was expected."""

    file: str
    line: int | None
    field: str | None
    found: str
    expected: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} found {self.found}; expected {self.expected}"


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
