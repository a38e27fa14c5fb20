"""The report's parameters: the published set in params.yml, overridden from the command line,
checked before any notebook runs."""

import datetime
from pathlib import Path

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    PositiveInt,
    ValidationError,
    field_validator,
    model_validator,
)

from claimbook import vocab


class ParameterError(ValueError):
    """Parameters that cannot produce a report; the message says which and why."""


class ReportParameters(BaseModel):
    """What a run of the report covers. A parameter left out (None) covers everything: no
    bound in time, every side, every counted category, every article; params.yml holds the
    values of the published run."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    data_dir: Path
    start: datetime.date | None = None
    end: datetime.date | None = None
    sides: tuple[str, ...] | None = None
    counted: tuple[str, ...] | None = None
    evaluation_articles: PositiveInt | None = None
    """How many articles (the first by id) the extractor is evaluated on in the methods chapter:
    extraction is the slow step, so a corpus of thousands is evaluated on a sample."""

    @field_validator("sides")
    @classmethod
    def _known_sides(cls, sides: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return sides if sides is None else _known("side", sides, vocab.SIDES)

    @field_validator("counted")
    @classmethod
    def _known_counted(cls, counted: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return counted if counted is None else _known("counted category", counted, vocab.COUNTED)

    @model_validator(mode="after")
    def _period_in_order(self) -> "ReportParameters":
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    def for_notebook(self) -> dict:
        """The parameters as papermill injects them: plain strings and lists."""
        return {
            "data_dir": str(self.data_dir),
            "start": self.start and self.start.isoformat(),
            "end": self.end and self.end.isoformat(),
            "sides": self.sides and list(self.sides),
            "counted": self.counted and list(self.counted),
            "evaluation_articles": self.evaluation_articles,
        }


def _known(what: str, values: tuple[str, ...], allowed: tuple[str, ...]) -> tuple[str, ...]:
    unknown = [value for value in values if value not in allowed]
    if unknown:
        raise ValueError(
            f"unknown {what} {', '.join(map(repr, unknown))}; expected some of {', '.join(allowed)}"
        )
    if not values:
        raise ValueError(f"no {what} selected; expected some of {', '.join(allowed)}")
    return tuple(dict.fromkeys(values))


LIST_PARAMETERS = ("sides", "counted")


def parse_overrides(pairs: tuple[str, ...]) -> dict:
    """`name=value` pairs from the command line; list parameters take comma-separated values."""
    overrides = {}
    for pair in pairs:
        name, separator, value = pair.partition("=")
        if not separator or not name:
            raise ParameterError(f"--param {pair!r}: expected NAME=VALUE")
        if name not in ReportParameters.model_fields:
            known = ", ".join(ReportParameters.model_fields)
            raise ParameterError(
                f"--param {pair!r}: unknown parameter {name!r}; expected one of {known}"
            )
        overrides[name] = (
            [item for item in value.split(",") if item] if name in LIST_PARAMETERS else value
        )
    return overrides


def load_parameters(params_file: Path, overrides: dict | None = None) -> ReportParameters:
    """The parameters of params_file with overrides applied; ParameterError naming the problem."""
    try:
        published = yaml.safe_load(Path(params_file).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ParameterError(f"{params_file}: cannot read parameters ({error})") from error
    if not isinstance(published, dict):
        raise ParameterError(f"{params_file}: expected a mapping of parameter names to values")
    try:
        return ReportParameters(**(published | (overrides or {})))
    except ValidationError as error:
        raise ParameterError(_describe(params_file, error)) from error


def _describe(params_file: Path, error: ValidationError) -> str:
    lines = [f"invalid parameters (from {params_file} and --param):"]
    for issue in error.errors():
        where = ".".join(str(part) for part in issue["loc"]) or "parameters"
        message = issue["msg"].removeprefix("Value error, ")
        lines.append(f"  {where}: {message} (got {issue.get('input')!r})")
    return "\n".join(lines)
