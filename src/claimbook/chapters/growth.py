"""How the numbers grew: the head-count figures, their bounds, and what they count."""

import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import (
    DASH,
    NONE_FOUND,
    claim_day,
    count,
    day,
    side_label,
    vocabulary_order,
)

NOT_DEPLOYMENT = (
    "killed",
    "wounded",
    "casualties_total",
    "force_size_context",
    "hypothetical",
    "other",
)
"""Counted categories that are not soldiers sent: losses, context and hypotheticals."""


def figures(claims: pd.DataFrame) -> pd.DataFrame:
    """The head-count figures, in the order of the counted vocabulary, then by claim date, with
    the kind of bound each has: point, range, open_above (at least/more than) or open_below
    (up to/under)."""
    found = claims[claims["kind"] == "figure"].copy()
    found["bound"] = pd.Series(
        [
            _bound(low, high)
            for low, high in zip(found["figure_low"], found["figure_high"], strict=True)
        ],
        index=found.index,
        dtype="str",
    )
    return found.sort_values(
        ["counted", "claim_date", "claim_id"], key=vocabulary_order
    ).reset_index(drop=True)


def _bound(low, high) -> str:
    if pd.isna(high):
        return "open_above"
    if pd.isna(low):
        return "open_below"
    return "point" if low == high else "range"


def bounds_text(low, high) -> str:
    """A figure's bounds in words: '3,000', '11,000\u201312,000', 'at least 3,000' (open above),
    'up to 12,000' (open below)."""
    bound = _bound(low, high)
    if bound == "open_above":
        return f"at least {count(low)}"
    if bound == "open_below":
        return f"up to {count(high)}"
    return count(low) if bound == "point" else f"{count(low)}{DASH}{count(high)}"


def monthly_ranges(figures_frame: pd.DataFrame) -> pd.DataFrame:
    """The figures summed up per thing counted, claimant side and calendar month of the claim:
    how many, the lowest and the highest bound stated (an open bound stands in for its missing
    other bound) and the median of the figures' midpoints. Sorted by counted (vocabulary
    order), month and side (vocabulary order)."""
    low = figures_frame["figure_low"].fillna(figures_frame["figure_high"]).astype(float)
    high = figures_frame["figure_high"].fillna(figures_frame["figure_low"]).astype(float)
    frame = pd.DataFrame(
        {
            "counted": figures_frame["counted"],
            "claimant_side": figures_frame["claimant_side"],
            "month": figures_frame["claim_date"].dt.to_period("M"),
            "low": low,
            "high": high,
            "middle": (low + high) / 2,
        }
    )
    summary = (
        frame.groupby(["counted", "month", "claimant_side"])
        .agg(
            figures=("middle", "size"),
            low=("low", "min"),
            high=("high", "max"),
            median=("middle", "median"),
        )
        .reset_index()
    )
    return summary.sort_values(
        ["counted", "month", "claimant_side"], key=vocabulary_order
    ).reset_index(drop=True)


def figure_table(figures_frame: pd.DataFrame) -> pd.DataFrame:
    """The figures for a reader: when, what is counted, the bounds, who said it, the German
    quote and its translation, and the article."""
    return pd.DataFrame(
        {
            "claim date": figures_frame["claim_date"].dt.strftime("%Y-%m-%d"),
            "counted": figures_frame["counted"].map(vocab.COUNTED_LABELS),
            "figure": [
                bounds_text(low, high)
                for low, high in zip(
                    figures_frame["figure_low"], figures_frame["figure_high"], strict=True
                )
            ],
            "as written": figures_frame["figure_text"],
            "claimant": figures_frame["claimant"]
            + " ("
            + figures_frame["claimant_side"].map(side_label)
            + ")",
            "quote": figures_frame["quote"],
            "translation": figures_frame["quote_en"],
            "claim_id": figures_frame["claim_id"],
            "article_id": figures_frame["article_id"],
        }
    )


def counted_phrase(counted: str) -> str:
    """What a figure counts, as a phrase inside a sentence: 'in Russia', 'dispatched'."""
    label = vocab.COUNTED_LABELS[counted]
    return label[0].lower() + label[1:]


def deployment(figures_frame: pd.DataFrame) -> pd.DataFrame:
    """The figures of soldiers sent, planned or present (no losses, context or hypotheticals)."""
    return figures_frame[~figures_frame["counted"].isin(NOT_DEPLOYMENT)]


def findings(figures_frame: pd.DataFrame) -> dict:
    """The numbers the prose quotes, as plain values (ints and strings) keyed for glue."""
    sent = deployment(figures_frame)
    found = {
        "n_figures": len(figures_frame),
        "n_figure_categories": int(figures_frame["counted"].nunique()),
        "n_figure_sides": int(figures_frame["claimant_side"].nunique()),
        "n_figure_articles": int(figures_frame["article_id"].nunique()),
        "n_open_figures": int(figures_frame["bound"].str.startswith("open").sum()),
        "n_range_figures": int((figures_frame["bound"] == "range").sum()),
        "first_figure_date": day(figures_frame["claim_date"].min())
        if len(figures_frame)
        else NONE_FOUND,
        "last_figure_date": day(figures_frame["claim_date"].max())
        if len(figures_frame)
        else NONE_FOUND,
    }
    low = sent["figure_low"].fillna(sent["figure_high"])
    high = sent["figure_high"].fillna(sent["figure_low"])
    return (
        found
        | _pick("lowest", sent, low, ascending=True)
        | _pick("highest", sent, high, ascending=False)
        | _pick("first", sent, sent["claim_date"], ascending=True)
        | _pick("latest", sent, sent["claim_date"], ascending=False)
    )


def _pick(name: str, sent: pd.DataFrame, key: pd.Series, ascending: bool) -> dict:
    """The figure that comes first when sorting by key (ties: earlier claim, then id): its
    bounds, what it counts, who said it and when."""
    keys = [f"{name}_figure", f"{name}_counted", f"{name}_claimant", f"{name}_date"]
    if sent.empty:
        return dict.fromkeys(keys, NONE_FOUND)
    order = pd.DataFrame({"key": key, "date": sent["claim_date"], "id": sent["claim_id"]})
    row = sent.loc[
        order.sort_values(["key", "date", "id"], ascending=[ascending, True, True]).index[0]
    ]
    return dict(
        zip(
            keys,
            [
                bounds_text(row["figure_low"], row["figure_high"]),
                counted_phrase(row["counted"]),
                f"{row['claimant']} ({side_label(row['claimant_side'])})",
                claim_day(row["claim_date"], row["claim_date_precision"]),
            ],
            strict=True,
        )
    )
