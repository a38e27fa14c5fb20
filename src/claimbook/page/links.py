"""Where a claim and an article stand on the site: the source page of each article, with an
anchor per claim. Every link from a chapter's prose, table or chart to a claim is made here."""

SOURCES_DIR = "sources"
"""The folder of the book that holds one page per article."""


def article_href(article_id: str) -> str:
    """The address of an article's source page, relative to a chapter page."""
    return f"{SOURCES_DIR}/{article_id}.html"


def claim_anchor(claim_id: str) -> str:
    """The permanent anchor of a claim on its article's source page."""
    return f"claim-{claim_id}"


def claim_href(article_id: str, claim_id: str) -> str:
    """The address of a claim, highlighted on its article's source page."""
    return f"{article_href(article_id)}#{claim_anchor(claim_id)}"
