"""How well the extractor finds the curated figure claims.

A candidate matches a curated figure row when both stand in the same article, their quote
spans overlap and their bounds (figure_low, figure_high) are equal; each curated row is matched
at most once. Precision and recall count matched rows; the accuracy of ``counted`` and
``claimant_side`` is measured on the matches only, so that it says how well the extractor
describes the figures it finds.
"""

from dataclasses import dataclass, replace

import pandas as pd

from claimbook.data.dataset import Dataset
from claimbook.extraction.extract import article_text, candidates_frame, extract_article

_COMPARED = ("counted", "claimant_side")


@dataclass(frozen=True)
class Evaluation:
    """Candidates and curated figure rows, and which of them match."""

    candidates: pd.DataFrame
    curated: pd.DataFrame
    pairs: tuple[tuple[int, int], ...]  # (candidate row, curated row) positions
    articles: int = 0  # how many articles were extracted from

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

    def accuracy(self, field: str) -> float:
        """Share of matches on which candidate and curated row agree on ``field``."""
        agree = sum(
            self.candidates.iloc[c][field] == self.curated.iloc[k][field] for c, k in self.pairs
        )
        return _ratio(agree, len(self.pairs))

    def table(self) -> pd.DataFrame:
        """The figures of the evaluation, one metric per row."""
        rows = [
            ("curated figure claims", len(self.curated)),
            ("candidate figure claims", len(self.candidates)),
            ("matched", len(self.pairs)),
            ("precision", round(self.precision, 3)),
            ("recall", round(self.recall, 3)),
            ("F1", round(self.f1, 3)),
            *((f"{field} accuracy", round(self.accuracy(field), 3)) for field in _COMPARED),
        ]
        return pd.DataFrame(rows, columns=["metric", "value"], dtype=object)

    def findings(self) -> dict:
        """The figures the methods chapter quotes, keyed for glue."""
        return {
            "extraction_articles": self.articles,
            "extraction_curated": len(self.curated),
            "extraction_candidates": len(self.candidates),
            "extraction_precision": f"{self.precision:.2f}",
            "extraction_recall": f"{self.recall:.2f}",
            "extraction_f1": f"{self.f1:.2f}",
            "extraction_counted_accuracy": f"{self.accuracy('counted'):.2f}",
            "extraction_side_accuracy": f"{self.accuracy('claimant_side'):.2f}",
        }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _matches(candidate: pd.Series, curated: pd.Series) -> bool:
    return (
        candidate["article_id"] == curated["article_id"]
        and candidate["start"] < curated["end"]
        and curated["start"] < candidate["end"]
        and _same(candidate["figure_low"], curated["figure_low"])
        and _same(candidate["figure_high"], curated["figure_high"])
    )


def _same(one: object, other: object) -> bool:
    return (pd.isna(one) and pd.isna(other)) or (
        not pd.isna(one) and not pd.isna(other) and int(one) == int(other)
    )


def compare(candidates: pd.DataFrame, curated: pd.DataFrame) -> Evaluation:
    """Match candidates to curated figure rows, each curated row at most once, in order;
    only rows of the same article are compared."""
    candidates = candidates.reset_index(drop=True)
    curated = curated.reset_index(drop=True)
    offered_in = candidates.groupby("article_id").groups
    pairs, taken = [], set()
    for k, wanted in curated.iterrows():
        for c in offered_in.get(wanted["article_id"], []):
            if c not in taken and _matches(candidates.iloc[c], wanted):
                pairs.append((c, k))
                taken.add(c)
                break
    return Evaluation(candidates, curated, tuple(pairs))


def evaluation(dataset: Dataset, articles: int | None = None) -> Evaluation:
    """Extract from the articles of the dataset, or the first `articles` of them by id, and
    compare the figure candidates with their curated figure claims. Pass the whole dataset,
    not a selection of its claims: curated claims left out would count as missed."""
    sample = dataset.articles.sort_values("id").head(articles)
    rows = [
        row
        for meta in sample.to_dict("records")
        for row in extract_article(article_text(meta, meta["body"]))
    ]
    claims = dataset.claims
    curated = claims[(claims["kind"] == "figure") & claims["article_id"].isin(sample["id"])]
    found = compare(candidates_frame(rows), curated.sort_values(["article_id", "start"]))
    return replace(found, articles=len(sample))
