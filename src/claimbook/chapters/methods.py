"""Data and methods: the corpus, the coding vocabularies and the counts that describe them."""

import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import (
    NONE_FOUND,
    claimant_name,
    counting,
    day,
    listing,
    outlet_name,
    voices,
)
from claimbook.data.dataset import Dataset

VOCABULARIES = {
    "claimant_side": (vocab.SIDES, vocab.SIDE_LABELS),
    "kind": (vocab.KINDS, {}),
    "counted": (vocab.COUNTED, vocab.COUNTED_LABELS),
    "figure_qualifier": (vocab.QUALIFIERS, {}),
    "stance": (vocab.STANCES, {}),
    "distancing": (vocab.DISTANCING, {}),
    "uncertainty": (vocab.UNCERTAINTY, {}),
    "condition": (vocab.CONDITION, {}),
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
            "agency credited": articles["agency"].fillna("none"),
            "published": articles["published"].dt.strftime("%Y-%m-%d"),
            "date precision": articles["published_precision"],
            "title": articles["title"].fillna("(no title)"),
            "claims": articles["id"].map(claims).fillna(0).astype(int),
        }
    ).reset_index(drop=True)


def claimant_table(dataset: Dataset) -> pd.DataFrame:
    """One row per claimant of the selected claims: the name as the report writes it, the side
    (the outlet itself told apart from other media where it speaks in its own article), the
    spellings the claimant table resolves to it, and the number of claims; most claims first."""
    claims, claimants = dataset.claims, dataset.claimants.set_index("claimant_id")
    voice = voices(claims, dataset.articles)
    per = claims.assign(voice=voice).groupby("claimant_id")
    sizes = per.size()
    ids = sorted(sizes.index, key=lambda cid: (-sizes[cid], cid))
    return pd.DataFrame(
        {
            "claimant": [
                claimant_name(claimants.at[c, "name"], claimants.at[c, "role"]) for c in ids
            ],
            "side": [", ".join(sorted(set(per.get_group(c)["voice"]))) for c in ids],
            "also written": [_aliases(claimants.at[c, "aliases"]) for c in ids],
            "claims": [int(sizes[c]) for c in ids],
        }
    )


def _aliases(aliases: object) -> str:
    """The aliases of a claimant as a table shows them: 'NIS; National Intelligence Service'."""
    return "; ".join(aliases.split(";")) if isinstance(aliases, str) else ""


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
    return (
        {
            "n_articles": len(articles),
            "n_outlets": int(articles["outlet"].map(outlet_name).nunique()),
            "n_claims": len(claims),
            "n_claim_groups": int(claims["claim_group"].nunique()),
            "n_claimants": int(claims["claimant_id"].fillna(claims["claimant"]).nunique()),
            "n_claimant_spellings": int(claims["claimant"].nunique()),
            "first_published": day(published.min()) if len(articles) else NONE_FOUND,
            "last_published": day(published.max()) if len(articles) else NONE_FOUND,
        }
        | {f"n_{kind}_claims": int(kinds.get(kind, 0)) for kind in vocab.KINDS}
        | {
            "kinds_listing": listing(
                [
                    counting(
                        claims[claims["kind"] == kind], KIND_NOUNS[kind], filters={"kind": kind}
                    )
                    for kind in vocab.KINDS
                ]
            )
        }
    )


KIND_NOUNS = {
    "figure": "figure",
    "position": "position",
    "location": "location",
    "other": "other claim",
}
"""How prose counts the claims of each kind: '3 figures', '1 location', '2 other claims'."""


def counted_claims(dataset: Dataset) -> dict:
    """The claims each count of findings() counts, by its key (for links from the prose), with
    the explorer's filter for a kind of claim when there are more than a link lists."""
    claims = dataset.claims
    return {"n_claims": list(claims["claim_id"])} | {
        f"n_{kind}_claims": (list(claims.loc[claims["kind"] == kind, "claim_id"]), {"kind": kind})
        for kind in vocab.KINDS
    }
