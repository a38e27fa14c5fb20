"""How far the press kept claims at arm's length: the distancing markers of the quotes, by
outlet and by voice; the claimant's own uncertainty and conditional claims counted apart."""

import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import (
    NONE_FOUND,
    NOT_APPLICABLE,
    Sentence,
    count,
    counting,
    marker_lists,
    mention,
    outlet_name,
    percent,
    voice_order,
    voices,
)

REPORTED_SPEECH = ("Konjunktiv I", "Ersatzkonjunktiv")
HEARSAY = ("sollen", "angeblich", "mutmaßlich", "offenbar", "allegedly", "reportedly")
ASSERTION = ("wollen", "behaupten", "nicht unabhängig bestätigt")
NO_MARKER = "no marker"
MEASURES = ("distancing", "uncertainty", "condition")
"""The marker columns: the chapter's measure is distancing; the other two are counted apart."""


def _carrying(flags: pd.Series) -> int:
    """How many entries are true (a flag) or non-empty (a list of markers)."""
    return sum(bool(flag) for flag in flags)


def markers(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per claim and distancing marker it carries ('no marker' for claims the text does
    not distance), with the claim's outlet and voice (its side, the outlet itself told apart
    from other media)."""
    frame = pd.DataFrame(
        {
            "claim_id": claims["claim_id"],
            "outlet": claims["article_id"].map(articles["outlet"]).map(outlet_name),
            "side": voices(claims, articles),
            "marker": marker_lists(claims, "distancing").map(lambda found: found or [NO_MARKER]),
        }
    )
    return frame.explode("marker").reset_index(drop=True)


def marker_shares(marker_rows: pd.DataFrame, by: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """For each group (outlet or side): how many of its claims carry each distancing marker,
    and that number as a share of the group's claims. Outlets sorted by name, sides in
    vocabulary order; markers in vocabulary order with 'no marker' last; only markers that
    occur."""
    counts = pd.crosstab(marker_rows[by], marker_rows["marker"])
    order = [marker for marker in (*vocab.DISTANCING, NO_MARKER) if marker in counts.columns]
    rows = [label for label in voice_order() if label in counts.index] if by == "side" else None
    counts = counts[order].reindex(rows) if rows is not None else counts[order].sort_index()
    totals = marker_rows.groupby(by)["claim_id"].nunique().reindex(counts.index)
    shares = counts.div(totals, axis=0).round(3)
    return counts, shares


FIGURE_HEDGING = {
    "distanced": "kept at a distance by the text (any distancing marker)",
    "reported_speech": "in reported speech (Konjunktiv I, or Konjunktiv II standing in for it)",
    "hearsay": "as hearsay (sollen, angeblich, mutmaßlich, offenbar)",
    "assertion": "as someone's assertion (wollen, behaupten, nicht unabhängig bestätigt)",
    "undistanced": "with no distancing marker",
    "uncertain": "with the claimant's own uncertainty (counted apart)",
    "conditional": "as a condition or hypothesis (counted apart)",
}


def figure_flags(claims: pd.DataFrame) -> dict[str, pd.Series]:
    """For each way of hedging in FIGURE_HEDGING, which figures are hedged that way."""
    figures = claims[claims["kind"] == "figure"]
    distancing = marker_lists(figures, "distancing")
    return {
        "distanced": distancing.map(bool),
        "reported_speech": distancing.map(lambda found: any(m in REPORTED_SPEECH for m in found)),
        "hearsay": distancing.map(lambda found: any(m in HEARSAY for m in found)),
        "assertion": distancing.map(lambda found: any(m in ASSERTION for m in found)),
        "undistanced": distancing.map(lambda found: not found),
        "uncertain": marker_lists(figures, "uncertainty").map(bool),
        "conditional": marker_lists(figures, "condition").map(bool),
    }


def figure_hedging(claims: pd.DataFrame) -> pd.DataFrame:
    """How the figures were hedged: the number and share of figures the text distances (in
    all and by kind of marker), of those it does not, and, apart, of those carrying the
    claimant's own uncertainty or a condition."""
    flags = figure_flags(claims)
    return pd.DataFrame(
        {
            "figures": [FIGURE_HEDGING[key] for key in flags],
            "number": [_carrying(flag) for flag in flags.values()],
            "share": [percent(_carrying(flag), len(flag)) for flag in flags.values()],
        }
    )


def measure_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The three measures side by side: how many claims carry a marker of each, and which
    markers occur, so that a reader sees what the distancing count leaves out."""
    rows = []
    for column in MEASURES:
        found = marker_lists(claims, column)
        used = [m for m in vocab.MARKER_COLUMNS[column] if found.map(lambda f, m=m: m in f).any()]
        rows.append(
            {
                "measure": column,
                "claims": _carrying(found),
                "share": percent(_carrying(found), len(claims)),
                "markers found": ", ".join(used) or NONE_FOUND,
            }
        )
    return pd.DataFrame(rows)


def _most_distanced(marker_rows: pd.DataFrame) -> pd.Series | None:
    """The outlet whose claims carry a distancing marker most often (its share, its distanced
    and all its claims), ties by name; None without claims."""
    claims_per_outlet = marker_rows.groupby("outlet")["claim_id"].nunique()
    distanced = marker_rows[marker_rows["marker"] != NO_MARKER]
    distanced_per_outlet = (
        distanced.groupby("outlet")["claim_id"]
        .nunique()
        .reindex(claims_per_outlet.index, fill_value=0)
    )
    ranking = pd.DataFrame(
        {
            "share": distanced_per_outlet / claims_per_outlet,
            "distanced": distanced_per_outlet,
            "claims": claims_per_outlet,
        }
    )
    ranking = (
        ranking.rename_axis("outlet")
        .reset_index()
        .sort_values(["share", "outlet"], ascending=[False, True])
    )
    return ranking.iloc[0] if len(ranking) else None


def counted_claims(claims: pd.DataFrame, marker_rows: pd.DataFrame) -> dict:
    """The claims each count and share of findings() counts, by its key (for links from the
    prose)."""
    distanced = marker_rows[marker_rows["marker"] != NO_MARKER]
    distanced_ids = sorted(set(distanced["claim_id"]))
    top = _most_distanced(marker_rows)
    figures = claims.loc[claims["kind"] == "figure", "claim_id"]
    counted = {
        "n_distanced_claims": distanced_ids,
        "share_distanced_claims": distanced_ids,
        "n_hedging_figures": list(figures),
        "most_distanced_outlet_share": []
        if top is None
        else sorted(set(distanced.loc[distanced["outlet"] == top["outlet"], "claim_id"])),
    }
    for column in ("uncertainty", "condition"):
        ids = list(claims.loc[marker_lists(claims, column).map(bool), "claim_id"])
        counted |= {f"n_{column}_claims": ids, f"share_{column}_claims": ids}
    for key, flag in figure_flags(claims).items():
        counted[f"share_figures_{key}"] = list(figures[flag])
    return counted


def findings(claims: pd.DataFrame, marker_rows: pd.DataFrame) -> dict:
    """The numbers and names the prose quotes, keyed for glue."""
    flags = figure_flags(claims)
    distanced = marker_rows[marker_rows["marker"] != NO_MARKER]
    top = _most_distanced(marker_rows)
    n_claims = marker_rows["claim_id"].nunique()
    apart = {
        f"n_{column}_claims": _carrying(marker_lists(claims, column))
        for column in ("uncertainty", "condition")
    }
    return (
        {
            "n_distanced_claims": int(distanced["claim_id"].nunique()),
            "share_distanced_claims": percent(distanced["claim_id"].nunique(), n_claims),
            "n_hedging_figures": len(flags["distanced"]),
        }
        | apart
        | {
            f"share_{column}_claims": percent(apart[f"n_{column}_claims"], n_claims)
            for column in ("uncertainty", "condition")
        }
        | {
            f"share_figures_{key}": percent(_carrying(flag), len(flag))
            for key, flag in flags.items()
        }
        | {
            "most_distanced_outlet": NONE_FOUND if top is None else top["outlet"],
            "most_distanced_outlet_share": NOT_APPLICABLE
            if top is None
            else percent(top["distanced"], top["claims"]),
            "distancing_sentence": _distancing_sentence(claims, marker_rows),
        }
    )


def _distancing_sentence(claims: pd.DataFrame, marker_rows: pd.DataFrame) -> Sentence:
    """'Of the 20 selected claims, 8 (40%) carry at least one distancing marker. The outlet
    that distanced most often is X, with a marker in 67% of its claims. Counted apart, no
    claims carry the claimant's own uncertainty and 1 claim (5%) is a condition or
    hypothesis; a claim may carry markers of several kinds.' Each count a mention of its
    claims, each verb agreeing with it, and no outlet named where none distanced."""
    total = len(claims)
    distancing = marker_rows["marker"] != NO_MARKER
    distanced = claims[claims["claim_id"].isin(marker_rows.loc[distancing, "claim_id"])]
    sentence = "Of the " + counting(claims, "selected claim") + ", "
    if distanced.empty:
        sentence += "none carries a distancing marker. "
    else:
        sentence += (
            mention(count(len(distanced)), distanced)
            + " ("
            + mention(percent(len(distanced), total), distanced)
            + ") "
            + ("carries" if len(distanced) == 1 else "carry")
            + " at least one distancing marker. "
        )
    top = _most_distanced(marker_rows)
    if top is not None and top["distanced"]:
        of_top = marker_rows.loc[distancing & (marker_rows["outlet"] == top["outlet"]), "claim_id"]
        sentence += (
            f"The outlet that distanced most often is {top['outlet']}, with a marker in "
            + mention(
                percent(top["distanced"], top["claims"]),
                distanced[distanced["claim_id"].isin(of_top)],
            )
            + " of its claims. "
        )
    uncertain, conditional = (
        claims.loc[marker_lists(claims, column).map(bool).astype(bool)]
        for column in ("uncertainty", "condition")
    )
    return (
        sentence
        + "Counted apart, "
        + _claims_share(uncertain, total)
        + (" carries" if len(uncertain) == 1 else " carry")
        + " the claimant's own uncertainty and "
        + _claims_share(conditional, total)
        + (
            " is a condition or hypothesis"
            if len(conditional) == 1
            else " are conditions or hypotheses"
        )
        + "; a claim may carry markers of several kinds."
    )


def _claims_share(rows: pd.DataFrame, total: int) -> Sentence:
    """'3 claims (15%)' (a mention of them), 'no claims' for none."""
    if rows.empty:
        return counting(rows, "claim")
    return counting(rows, "claim") + " (" + mention(percent(len(rows), total), rows) + ")"
