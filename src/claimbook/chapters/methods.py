"""Data and methods: the corpus, the coding vocabularies and the counts that describe them."""

import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import NONE_FOUND, day, outlet_name
from claimbook.data.dataset import Dataset

VOCABULARIES = {
    "claimant_side": (vocab.SIDES, vocab.SIDE_LABELS),
    "kind": (vocab.KINDS, {}),
    "counted": (vocab.COUNTED, vocab.COUNTED_LABELS),
    "figure_qualifier": (vocab.QUALIFIERS, {}),
    "stance": (vocab.STANCES, {}),
    "hedges": (vocab.HEDGES, {}),
}


def corpus_table(dataset: Dataset) -> pd.DataFrame:
    """One row per article: id, outlet, publication date and how exact it is, title, and how
    many claims the selection takes from it; by publication date and id."""
    articles = dataset.articles.sort_index().sort_values("published", kind="stable")
    claims = dataset.claims["article_id"].value_counts()
    return pd.DataFrame(
        {
            "article_id": articles["id"],
            "outlet": articles["outlet"],
            "published": articles["published"].dt.strftime("%Y-%m-%d"),
            "date precision": articles["published_precision"],
            "title": articles["title"].fillna("(no title)"),
            "claims": articles["id"].map(claims).fillna(0).astype(int),
        }
    ).reset_index(drop=True)


def vocabulary_table() -> pd.DataFrame:
    """Every closed list the coding uses: the column, each value and the label the charts show."""
    rows = [
        {"column": column, "value": value, "label": labels.get(value, value)}
        for column, (values, labels) in VOCABULARIES.items()
        for value in values
    ]
    return pd.DataFrame(rows)


def findings(dataset: Dataset) -> dict:
    """The numbers the prose quotes, keyed for glue."""
    articles, claims = dataset.articles, dataset.claims
    kinds = claims["kind"].value_counts()
    published = articles["published"]
    return {
        "n_articles": len(articles),
        "n_outlets": int(articles["outlet"].map(outlet_name).nunique()),
        "n_claims": len(claims),
        "n_claim_groups": int(claims["claim_group"].nunique()),
        "n_claimants": int(claims["claimant"].nunique()),
        "first_published": day(published.min()) if len(articles) else NONE_FOUND,
        "last_published": day(published.max()) if len(articles) else NONE_FOUND,
    } | {f"n_{kind}_claims": int(kinds.get(kind, 0)) for kind in vocab.KINDS}
