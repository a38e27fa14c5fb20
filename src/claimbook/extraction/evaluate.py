"""How well the extractor finds the curated claims: figures and positions, on any data
directory, reported separately for each evaluation set (``sets.EVALUATION_SETS``).

A figure candidate matches a curated figure row when both stand in the same article, their
quotes overlap and so do their figures (the first place in the quote where each one's
``figure_text`` stands); when a figure text cannot be found in its quote, overlapping quotes
with equal bounds match. A position candidate matches a curated position row of the same
article whose quote it overlaps. Each curated row is matched at most once, in text order.

Precision and recall count matches. The other figures are measured on the matches only, so
that they say how well the extractor describes what it finds: bounds (``figure_low`` and
``figure_high`` both equal), ``counted``, ``claimant_side``, and for positions ``stance``.
"Position recall with stance" counts only the curated positions found with the right stance.
``TARGETS`` are what the extractor should reach on articles its rules have never seen.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from claimbook.data.articles import articles_frame, read_corpus
from claimbook.data.dataset import Dataset
from claimbook.data.files import read_table
from claimbook.data.layout import CLAIMANTS_FILE, CLAIMS_FILE, PLACES_FILE
from claimbook.data.problems import DataError, Problem
from claimbook.data.schema import CLAIMS, PLACES
from claimbook.data.validate import check_data_dir, typed_dataset
from claimbook.extraction.claimants import Claimants
from claimbook.extraction.extract import Known, article_text, candidates_frame, extract_article
from claimbook.extraction.places import Gazetteer
from claimbook.extraction.sets import EVALUATION_SETS, EvaluationSet

CLONE = Path(__file__).resolve().parents[3]
"""The project root of this checkout (the package runs from its clone): where the report finds
the evaluation sets."""

TARGETS = {
    "figure recall (de)": 0.95,
    "figure recall (en)": 0.9,
    "bounds right": 0.95,
    "counted right": 0.85,
    "claimant side right (figures)": 0.8,
    "position recall with stance": 0.8,
}
"""The least each measure should reach on articles the rules have never seen."""

# Problems of the gold that only say the number parser reads a written form differently from
# the gold (an English figure read as German, a form the parser does not know yet): the row
# is still a fair test of the extractor, so they are warnings here, not errors.
_READING_FIELDS = ("figure_text", "figure_low/figure_high/figure_qualifier")


def _is_reading_problem(problem: Problem) -> bool:
    return problem.field in _READING_FIELDS and not problem.expected.startswith("words that")


def load_gold(data_dir: Path) -> tuple[Dataset, list[Problem]]:
    """The data directory as a Dataset for evaluation, and the problems tolerated: rows whose
    figure the parser reads differently are kept (and returned as warnings); any other
    problem raises DataError."""
    data_dir = Path(data_dir)
    problems = check_data_dir(data_dir)
    blocking = [problem for problem in problems if not _is_reading_problem(problem)]
    if blocking:
        raise DataError(blocking)
    articles, _ = read_corpus(data_dir)
    claims, _, _ = read_table(data_dir / CLAIMS_FILE, CLAIMS, CLAIMS_FILE)
    places, _, _ = read_table(data_dir / PLACES_FILE, PLACES, PLACES_FILE)
    return typed_dataset(articles_frame(articles), claims, places), problems


@dataclass(frozen=True)
class Matching:
    """Candidates and curated rows of one kind, and which of them match."""

    candidates: pd.DataFrame
    curated: pd.DataFrame
    pairs: tuple[tuple[int, int], ...]  # (candidate row, curated row) positions

    @property
    def precision(self) -> float:
        return _ratio(len(self.pairs), len(self.candidates))

    @property
    def recall(self) -> float:
        return _ratio(len(self.pairs), len(self.curated))

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def agree(self, fields: Iterable[str]) -> int:
        """How many matches agree on every one of the fields."""
        fields = list(fields)
        return sum(
            all(_same(self.candidates.iloc[c][f], self.curated.iloc[k][f]) for f in fields)
            for c, k in self.pairs
        )

    def accuracy(self, *fields: str) -> float:
        """Share of matches on which candidate and curated row agree on every field."""
        return _ratio(self.agree(fields), len(self.pairs))

    def recall_in(self, articles: set[str]) -> float:
        """Recall on the curated rows of the given articles."""
        wanted = self.curated["article_id"].isin(articles)
        found = sum(bool(wanted.iloc[k]) for _, k in self.pairs)
        return _ratio(found, int(wanted.sum()))


@dataclass(frozen=True)
class Evaluation:
    """The extractor measured on one data directory."""

    figures: Matching
    positions: Matching
    languages: dict[str, str] = field(default_factory=dict)  # article id -> language
    articles: int = 0  # how many articles were extracted from

    def _in(self, language: str) -> set[str]:
        return {a for a, lang in self.languages.items() if lang == language}

    def metrics(self) -> list[tuple[str, float | int | None]]:
        """(metric, value) in the order the table shows them; None where nothing is counted."""
        figures, positions = self.figures, self.positions
        rows: list[tuple[str, float | int | None]] = [
            ("articles", self.articles),
            ("curated figures", len(figures.curated)),
            ("candidate figures", len(figures.candidates)),
            ("figures matched", len(figures.pairs)),
            ("figure precision", figures.precision),
            ("figure recall", figures.recall),
        ]
        for language in ("de", "en"):
            articles = self._in(language)
            has = figures.curated["article_id"].isin(articles).any()
            rows.append(
                (f"figure recall ({language})", figures.recall_in(articles) if has else None)
            )
        rows += [
            ("figure F1", figures.f1),
            ("bounds right", figures.accuracy("figure_low", "figure_high")),
            ("counted right", figures.accuracy("counted")),
            ("claimant side right (figures)", figures.accuracy("claimant_side")),
            ("curated positions", len(positions.curated)),
            ("candidate positions", len(positions.candidates)),
            ("position precision", positions.precision),
            ("position recall", positions.recall),
            ("position F1", positions.f1),
            (
                "position recall with stance",
                _ratio(positions.agree(["stance"]), len(positions.curated)),
            ),
            ("stance right", positions.accuracy("stance")),
            ("claimant side right (positions)", positions.accuracy("claimant_side")),
        ]
        return rows


def _shown(value: float | int | None) -> str | int:
    if value is None:
        return "n/a"
    return value if isinstance(value, int) else f"{value:.2f}"


def table(evaluations: dict[str, Evaluation]) -> pd.DataFrame:
    """One row per metric with its target, one column per evaluated set."""
    columns = {name: dict(found.metrics()) for name, found in evaluations.items()}
    metrics = [metric for metric, _ in next(iter(evaluations.values())).metrics()]
    targets = [f"≥ {TARGETS[m]:.2f}" if m in TARGETS else "" for m in metrics]
    return pd.DataFrame(
        {"target": targets}
        | {name: [_shown(values[m]) for m in metrics] for name, values in columns.items()},
        index=pd.Index(metrics, name="metric"),
    ).reset_index()


def sets_table() -> pd.DataFrame:
    """One row per evaluation set: its name and what it is."""
    return pd.DataFrame(
        {
            "set": [s.label for s in EVALUATION_SETS],
            "what it is": [s.about for s in EVALUATION_SETS],
        }
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _same(one: object, other: object) -> bool:
    one_missing = pd.isna(one) or one == ""
    other_missing = pd.isna(other) or other == ""
    if one_missing or other_missing:
        return one_missing and other_missing
    if isinstance(one, int | float) or isinstance(other, int | float):
        try:
            return int(one) == int(other)
        except (TypeError, ValueError):
            return False
    return str(one) == str(other)


def _figure_span(row: pd.Series) -> tuple[int, int] | None:
    text = row["figure_text"]
    if pd.isna(text) or not text:
        return None
    at = str(row["quote"]).find(str(text))
    if at < 0:
        return None
    start = int(row["start"]) + at
    return start, start + len(text)


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _figures_match(candidate: pd.Series, curated: pd.Series) -> bool:
    if not _overlap((candidate["start"], candidate["end"]), (curated["start"], curated["end"])):
        return False
    mine, theirs = _figure_span(candidate), _figure_span(curated)
    if mine and theirs:
        return _overlap(mine, theirs)
    return _same(candidate["figure_low"], curated["figure_low"]) and _same(
        candidate["figure_high"], curated["figure_high"]
    )


def _positions_match(candidate: pd.Series, curated: pd.Series) -> bool:
    return _overlap((candidate["start"], candidate["end"]), (curated["start"], curated["end"]))


def _match(candidates: pd.DataFrame, curated: pd.DataFrame, matches) -> Matching:
    candidates = candidates.reset_index(drop=True)
    curated = curated.reset_index(drop=True)
    offered_in = candidates.groupby("article_id").groups if len(candidates) else {}
    pairs, taken = [], set()
    for k, wanted in curated.iterrows():
        for c in offered_in.get(wanted["article_id"], []):
            if c not in taken and matches(candidates.iloc[c], wanted):
                pairs.append((c, k))
                taken.add(c)
                break
    return Matching(candidates, curated, tuple(pairs))


def compare(candidates: pd.DataFrame, curated: pd.DataFrame) -> Evaluation:
    """Match candidate rows to curated rows, figures with figures, positions with positions."""

    def of(frame: pd.DataFrame, kind: str) -> pd.DataFrame:
        return frame[frame["kind"] == kind].sort_values(["article_id", "start"], kind="stable")

    return Evaluation(
        figures=_match(of(candidates, "figure"), of(curated, "figure"), _figures_match),
        positions=_match(of(candidates, "position"), of(curated, "position"), _positions_match),
    )


def evaluation(
    dataset: Dataset, articles: int | None = None, claimants: Claimants | None = None
) -> Evaluation:
    """Extract from the articles of the dataset, or the first `articles` of them by id, and
    compare the candidates with their curated claims. Pass the whole dataset, not a selection
    of its claims: curated claims left out would count as missed."""
    sample = dataset.articles.sort_values("id").head(articles)
    known = Known(claimants or Claimants([]), Gazetteer(dataset.places))
    rows = [
        row
        for meta in sample.to_dict("records")
        for row in extract_article(article_text(meta, meta["body"]), known)
    ]
    claims = dataset.claims
    found = compare(candidates_frame(rows), claims[claims["article_id"].isin(sample["id"])])
    languages = dict(zip(sample["id"], sample["language"], strict=True))
    return Evaluation(found.figures, found.positions, languages, len(sample))


def evaluate_dirs(data_dirs: Iterable[Path] = ()) -> tuple[pd.DataFrame, list[str]]:
    """The table of the evaluations of the data directories (default: every evaluation set,
    relative to the working directory), one column each, and the gold's tolerated problems."""
    dirs = list(data_dirs) or [s.path(Path()) for s in EVALUATION_SETS]
    evaluations, warnings = {}, []
    for data_dir in dirs:
        dataset, problems = load_gold(data_dir)
        warnings += [str(problem) for problem in problems]
        evaluations[_set_name(Path(data_dir))] = evaluation(
            dataset, claimants=claimants_of(data_dir)
        )
    return table(evaluations), warnings


def _set_name(data_dir: Path) -> str:
    """The label of the evaluation set the directory is, else the directory."""
    for each in EVALUATION_SETS:
        if any(data_dir.resolve() == each.path(root).resolve() for root in (Path(), CLONE)):
            return each.label
    return str(data_dir)


def report_evaluations(
    dataset: Dataset, articles: int | None = None, claimants: Claimants | None = None
) -> dict[str, Evaluation]:
    """The evaluations the Data and methods chapter shows, one per evaluation set: the report's
    own data on its first `articles` articles (by id), every other set whole."""
    return {each.label: _evaluated(each, dataset, articles, claimants) for each in EVALUATION_SETS}


def _evaluated(
    each: EvaluationSet, dataset: Dataset, articles: int | None, claimants: Claimants | None
) -> Evaluation:
    if each.directory is None:
        return evaluation(dataset, articles, claimants)
    gold, _ = load_gold(each.path(CLONE))
    return evaluation(gold, claimants=claimants_of(each.path(CLONE)))


def claimants_of(data_dir: Path) -> Claimants:
    """The claimant table of a data directory (empty when it has none)."""
    return Claimants.read(Path(data_dir) / CLAIMANTS_FILE)
