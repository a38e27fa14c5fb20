"""Counts glued into the prose link to exactly the claims they count."""

import pytest
from synthetic import dataset

from claimbook import vocab
from claimbook.chapters import hedging, travel
from claimbook.data.dataset import select


@pytest.fixture
def data():
    return select(dataset(), "2024-01-01", "2025-12-31", vocab.SIDES)


def test_travel_counts_and_their_claims_agree(data) -> None:
    routes = travel.chains(data.claims, data.articles)
    repeated = travel.repeated_claims(data.claims, data.articles, data.claimants)
    found = travel.findings(routes, repeated)
    for key, ids in travel.counted_claims(routes).items():
        assert len(set(ids)) == found[key], key
        assert set(ids) <= set(data.claims["claim_id"])


def test_hedging_counts_and_their_claims_agree(data) -> None:
    marked = hedging.markers(data.claims, data.articles)
    found = hedging.findings(data.claims, marked)
    for key, ids in hedging.counted_claims(marked).items():
        assert len(set(ids)) == found[key], key
