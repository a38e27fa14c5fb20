"""schema.org `Claim` records for the source pages: one per claim, its permalink as `@id`, the
claimant as author, the claim date, the article it appears in as a NewsArticle, and for a claim
repeated across articles the article where it appeared first. No review ratings: the report
records what was claimed, not whether it is true."""

import pandas as pd

from claimbook.page.links import article_href, claim_href

CONTEXT = "https://schema.org"


def news_article(article: pd.Series) -> dict:
    """An article (a row of the articles table) as a schema.org NewsArticle; its `@id` is its
    source page."""
    record = {
        "@type": "NewsArticle",
        "@id": article_href(article["id"], from_source=True),
        "headline": article["title"],
        "inLanguage": article["language"],
        "datePublished": article["published"].strftime("%Y-%m-%d"),
        "publisher": {"@type": "Organization", "name": article["outlet"]},
    }
    if list(article["authors"]):
        record["author"] = [{"@type": "Person", "name": name} for name in article["authors"]]
    if isinstance(article["url"], str):
        record["url"] = article["url"]
    return record


def first_appearances(claims: pd.DataFrame, articles: pd.DataFrame) -> dict[str, str]:
    """For each claim group, the claim id of its earliest appearance: by the article's
    publication date, then the claim date, then the claim id."""
    published = claims["article_id"].map(articles.set_index("id")["published"])
    order = claims.assign(_published=published).sort_values(
        ["_published", "claim_date", "claim_id"]
    )
    return order.groupby("claim_group", sort=False)["claim_id"].first().to_dict()


def claim_records(claim_ids, claims: pd.DataFrame, articles: pd.DataFrame) -> list[dict]:
    """The Claim record of each claim named in claim_ids, in that order; claims and articles
    are all of the data (a group's first appearance may stand in another article). The
    claimant is the author, untyped: the data does not say whether it is a person or a body."""
    by_id = articles.set_index("id", drop=False)
    first = first_appearances(claims, articles)
    rows = claims.set_index("claim_id", drop=False)
    records = []
    for claim_id in claim_ids:
        claim = rows.loc[claim_id]
        article = by_id.loc[claim["article_id"]]
        record = {
            "@context": CONTEXT,
            "@type": "Claim",
            "@id": claim_href(claim["article_id"], claim_id, from_source=True),
            "identifier": claim_id,
            "text": claim["quote"],
            "inLanguage": article["language"],
            "author": {"name": claim["claimant"]},
            "dateCreated": claim["claim_date"].strftime("%Y-%m-%d"),
            "appearance": news_article(article),
            "workTranslation": {
                "@type": "CreativeWork",
                "text": claim["quote_en"],
                "inLanguage": "en",
            },
        }
        earliest = first[claim["claim_group"]]
        if earliest != claim_id:
            where = rows.loc[earliest, "article_id"]
            record["firstAppearance"] = {
                "@type": "NewsArticle",
                "@id": article_href(where, from_source=True),
                "url": claim_href(where, earliest, from_source=True),
            }
        records.append(record)
    return records
