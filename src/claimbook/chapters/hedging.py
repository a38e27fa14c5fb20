"""How sure the press sounded: the hedging markers of the quotes, by outlet and by side."""

import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import (
    NONE_FOUND,
    NOT_APPLICABLE,
    hedge_lists,
    outlet_name,
    percent,
    side_label,
)

INDIRECT_SPEECH = ("Konjunktiv I", "Konjunktiv II")
HEARSAY = ("sollen", "angeblich")
NO_MARKER = "no marker"


def markers(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per claim and marker it carries ('no marker' for unhedged claims), with the
    claim's outlet and side."""
    frame = pd.DataFrame(
        {
            "claim_id": claims["claim_id"],
            "outlet": claims["article_id"].map(articles["outlet"]).map(outlet_name),
            "side": claims["claimant_side"].map(side_label),
            "marker": hedge_lists(claims).map(lambda found: found or [NO_MARKER]),
        }
    )
    return frame.explode("marker").reset_index(drop=True)


def marker_shares(marker_rows: pd.DataFrame, by: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """For each group (outlet or side): how many of its claims carry each marker, and that
    number as a share of the group's claims. Groups sorted by name, markers in vocabulary
    order with 'no marker' last; only markers that occur."""
    counts = pd.crosstab(marker_rows[by], marker_rows["marker"])
    order = [marker for marker in (*vocab.HEDGES, NO_MARKER) if marker in counts.columns]
    counts = counts[order].sort_index()
    totals = marker_rows.groupby(by)["claim_id"].nunique().reindex(counts.index)
    shares = counts.div(totals, axis=0).round(3)
    return counts, shares


FIGURE_HEDGING = {
    "indirect": "in indirect speech (Konjunktiv I or II)",
    "hearsay": "with 'sollen' or 'angeblich'",
    "hedged": "with any hedging marker",
    "unhedged": "with no hedging marker",
}


def figure_flags(claims: pd.DataFrame) -> dict[str, pd.Series]:
    """For each way of hedging in FIGURE_HEDGING, which figures are hedged that way."""
    found = hedge_lists(claims[claims["kind"] == "figure"])
    tests = {
        "indirect": lambda markers: any(m in INDIRECT_SPEECH for m in markers),
        "hearsay": lambda markers: any(m in HEARSAY for m in markers),
        "hedged": bool,
        "unhedged": lambda markers: not markers,
    }
    return {key: found.map(test).astype(bool) for key, test in tests.items()}


def figure_hedging(claims: pd.DataFrame) -> pd.DataFrame:
    """How the figures were hedged: the number and share of figures in indirect speech, with
    'sollen'/'angeblich', with any marker, and with none."""
    flags = figure_flags(claims)
    return pd.DataFrame(
        {
            "figures": [FIGURE_HEDGING[key] for key in flags],
            "number": [int(flag.sum()) for flag in flags.values()],
            "share": [percent(int(flag.sum()), len(flag)) for flag in flags.values()],
        }
    )


def counted_claims(marker_rows: pd.DataFrame) -> dict:
    """The claims each count of findings() counts, by its key (for links from the prose)."""
    hedged = marker_rows[marker_rows["marker"] != NO_MARKER]
    return {"n_hedged_claims": sorted(set(hedged["claim_id"]))}


def findings(claims: pd.DataFrame, marker_rows: pd.DataFrame) -> dict:
    """The numbers and names the prose quotes, keyed for glue."""
    flags = figure_flags(claims)
    claims_per_outlet = marker_rows.groupby("outlet")["claim_id"].nunique()
    hedged = marker_rows[marker_rows["marker"] != NO_MARKER]
    hedged_per_outlet = (
        hedged.groupby("outlet")["claim_id"]
        .nunique()
        .reindex(claims_per_outlet.index, fill_value=0)
    )
    ranking = pd.DataFrame(
        {
            "share": hedged_per_outlet / claims_per_outlet,
            "hedged": hedged_per_outlet,
            "claims": claims_per_outlet,
        }
    )
    ranking = (
        ranking.rename_axis("outlet")
        .reset_index()
        .sort_values(["share", "outlet"], ascending=[False, True])
    )
    top = ranking.iloc[0] if len(ranking) else None
    return (
        {
            "n_hedged_claims": int(hedged["claim_id"].nunique()),
            "share_hedged_claims": percent(
                hedged["claim_id"].nunique(), marker_rows["claim_id"].nunique()
            ),
            "n_hedging_figures": len(flags["hedged"]),
        }
        | {
            f"share_figures_{key}": percent(int(flag.sum()), len(flag))
            for key, flag in flags.items()
        }
        | {
            "most_hedged_outlet": NONE_FOUND if top is None else top["outlet"],
            "most_hedged_outlet_share": NOT_APPLICABLE
            if top is None
            else percent(top["hedged"], top["claims"]),
        }
    )
