"""Where a claim and an article stand on the site: the source page of each article, with an
anchor per claim, and the claim explorer that lists any set of claims. Every link from a
chapter's prose, table or chart to a claim is made here.

Addresses are relative to a chapter page (book/<chapter>.html); the source pages sit in the
folder SOURCES_DIR beside the chapters, so a source page links to another with `from_source`.
"""

from collections.abc import Iterable, Mapping
from urllib.parse import quote, urlencode

SOURCES_DIR = "sources"
"""The folder of the book that holds one page per article."""

SOURCES_INDEX = "index"
"""The opening page of the Sources part: the list of articles."""

EXPLORER = "claims"
"""The page of the Sources part that lists every claim, sorted, searched and filtered."""

EXPLORER_FILTERS = ("side", "kind", "counted", "outlet", "marker", "stance")
"""What the explorer filters by, as a link's fragment names them (`#kind=figure&side=usa`);
`claims` lists claim ids (`#claims=id1,id2`)."""

LISTED_CLAIMS_LIMIT = 200
"""The most claim ids a link lists in its address; a larger set is linked by its filters."""


def article_href(article_id: str, from_source: bool = False) -> str:
    """The address of an article's source page, relative to a chapter page (or to another
    source page)."""
    page = f"{quote(article_id)}.html"
    return page if from_source else f"{SOURCES_DIR}/{page}"


def claim_anchor(claim_id: str) -> str:
    """The permanent anchor of a claim on its article's source page."""
    return f"claim-{claim_id}"


def claim_href(article_id: str, claim_id: str, from_source: bool = False) -> str:
    """The address of a claim, highlighted on its article's source page."""
    return f"{article_href(article_id, from_source)}#{quote(claim_anchor(claim_id))}"


def explorer_href(
    claim_ids: Iterable[str] | None = None,
    filters: Mapping[str, str] | None = None,
    from_source: bool = False,
) -> str:
    """The address of the claim explorer showing the given claims (up to LISTED_CLAIMS_LIMIT
    ids), else those matching the filters (names of EXPLORER_FILTERS), else every claim."""
    page = f"{EXPLORER}.html" if from_source else f"{SOURCES_DIR}/{EXPLORER}.html"
    ids = sorted(set(() if claim_ids is None else claim_ids))
    if ids and len(ids) <= LISTED_CLAIMS_LIMIT:
        return f"{page}#claims=" + ",".join(quote(claim_id) for claim_id in ids)
    unknown = sorted(set(filters or {}) - set(EXPLORER_FILTERS))
    if unknown:
        raise ValueError(f"unknown explorer filter(s) {unknown}; expected {EXPLORER_FILTERS}")
    if filters:
        return f"{page}#" + urlencode(sorted(filters.items()))
    return page
