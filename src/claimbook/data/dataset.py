"""The validated data as one value, and the selection of it that a run of the report covers."""

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from claimbook import vocab


@dataclass(frozen=True)
class Dataset:
    """The validated data: articles (with bodies and `outlet_id`, the claimant id of their
    outlet), claims, the places they name and the claimants who make them."""

    articles: pd.DataFrame
    claims: pd.DataFrame
    places: pd.DataFrame
    claimants: pd.DataFrame


def select(
    dataset: Dataset,
    start: str | None = None,
    end: str | None = None,
    sides: Iterable[str] | None = None,
    counted: Iterable[str] | None = None,
) -> Dataset:
    """The claims made between start and end (ISO dates, both included) by the given sides;
    figures only when they count one of the given things. None selects everything: no bound
    in time, every side and every counted category of the vocabulary. Articles and places are
    cut down to those the chosen claims stand in or name, claimants to those who make them.
    Claims come sorted by claim date and id."""
    claims = dataset.claims
    made = claims["claim_date"].between(
        pd.Timestamp(start) if start else pd.Timestamp.min,
        pd.Timestamp(end) if end else pd.Timestamp.max,
    )
    keep = made & claims["claimant_side"].isin(list(sides or vocab.SIDES))
    keep &= (claims["kind"] != "figure") | claims["counted"].isin(list(counted or vocab.COUNTED))
    chosen = claims[keep].sort_values(["claim_date", "claim_id"]).reset_index(drop=True)
    return Dataset(
        articles=dataset.articles[dataset.articles["id"].isin(chosen["article_id"])],
        claims=chosen,
        places=dataset.places[dataset.places["place"].isin(chosen["place"])]
        .sort_values("place")
        .reset_index(drop=True),
        claimants=dataset.claimants[dataset.claimants["claimant_id"].isin(chosen["claimant_id"])]
        .sort_values("claimant_id")
        .reset_index(drop=True),
    )
