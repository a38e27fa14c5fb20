"""The sets the extractor is evaluated on, named once: `claimbook evaluate`, the Data and
methods chapter (one column per set) and the build's fingerprints (editing a set reruns the
chapter) all take them from ``EVALUATION_SETS``. Adding a set is one entry here. Nothing heavy
is imported, so that a build with nothing to do stays fast."""

from dataclasses import dataclass
from pathlib import Path

EVALUATION_CHAPTER = "methods"
"""The chapter that shows the evaluations (Data and methods)."""

PROJECT_DATA = Path("data")
"""The project's own data directory, relative to the project root."""


@dataclass(frozen=True)
class EvaluationSet:
    """A data directory with gold claims the extractor is measured on."""

    label: str  # the column heading
    directory: Path | None  # relative to the project root; None: the report's own data
    about: str  # what the set is and how far its scores can be trusted

    def path(self, project_root: Path) -> Path:
        return Path(project_root) / (self.directory or PROJECT_DATA)


SEEDS = EvaluationSet(
    "seeds",
    None,
    "the first articles of the corpus (by id), which the rules were written against: "
    "an upper bound",
)
EVALUATION_SETS: tuple[EvaluationSet, ...] = (
    SEEDS,
    EvaluationSet(
        "development set",
        Path("tests") / "fixtures" / "devset",
        "articles in German and English written for the tests, whose misses the rules were "
        "developed on: better than the seeds, still optimistic",
    ),
    EvaluationSet(
        "held-out set",
        Path("tests") / "fixtures" / "heldout",
        "articles in German and English written for the tests blind to the rules, never "
        "read while developing them: the honest estimate",
    ),
)


def evaluation_dirs(project_root: Path) -> list[Path]:
    """The directories of the sets other than the report's own data: what the Data and
    methods chapter reads beyond the data directory."""
    return [s.path(project_root) for s in EVALUATION_SETS if s.directory is not None]
