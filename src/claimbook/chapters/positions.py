"""Who said what: the positions each side took on the deployment, over time."""

import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import (
    claim_day,
    claimant_with_side,
    count,
    listing,
    number_of,
    side_label,
    table_date,
    vocabulary_order,
)


def positions(claims: pd.DataFrame) -> pd.DataFrame:
    """The position claims (each with a stance), by claim date."""
    return (
        claims[claims["kind"] == "position"]
        .sort_values(["claim_date", "claim_id"])
        .reset_index(drop=True)
    )


def statement_table(positions_frame: pd.DataFrame) -> pd.DataFrame:
    """The key statements for a reader, one per claim group (its earliest appearance): when,
    who (and their side), the stance, the quote beside its translation, the claim (whose link
    leads to its article), and in how many articles the statement stands."""
    articles = positions_frame.groupby("claim_group")["article_id"].nunique()
    positions_frame = positions_frame.drop_duplicates("claim_group")
    return pd.DataFrame(
        {
            "claim date": [
                table_date(value, precision)
                for value, precision in zip(
                    positions_frame["claim_date"],
                    positions_frame["claim_date_precision"],
                    strict=True,
                )
            ],
            "claimant": positions_frame["claimant"]
            + " ("
            + positions_frame["claimant_side"].map(side_label)
            + ")",
            "stance": positions_frame["stance"],
            "quote": positions_frame["quote"],
            "translation": positions_frame["quote_en"],
            "claim_id": positions_frame["claim_id"],
            "article_id": positions_frame["article_id"],
            "articles": positions_frame["claim_group"].map(articles),
        }
    )


def stance_counts(positions_frame: pd.DataFrame) -> pd.DataFrame:
    """How many statements of each stance each side made: sides as rows (vocabulary order),
    stances as columns (vocabulary order), only those that occur."""
    table = pd.crosstab(positions_frame["claimant_side"], positions_frame["stance"])
    sides = [side for side in vocab.SIDES if side in table.index]
    stances = [stance for stance in vocab.STANCES if stance in table.columns]
    table = table.loc[sides, stances]
    table.index = [side_label(side) for side in sides]
    return table.rename_axis(index="side", columns="stance").reset_index()


def monthly_stances(positions_frame: pd.DataFrame) -> pd.DataFrame:
    """How many statements of each stance each side made per calendar month: one row per side
    and month that has any (sides in vocabulary order, then months), with the columns
    claimant_side, month (the month's first day) and one per stance in vocabulary order."""
    table = pd.crosstab(
        [
            positions_frame["claimant_side"],
            positions_frame["claim_date"].dt.to_period("M").dt.start_time,
        ],
        positions_frame["stance"],
    ).rename_axis(["claimant_side", "month"])
    table = table.reindex(columns=list(vocab.STANCES), fill_value=0).reset_index()
    return (
        table.sort_values(["claimant_side", "month"], key=vocabulary_order)
        .rename_axis(columns=None)
        .reset_index(drop=True)
    )


def date_span(value: pd.Timestamp, precision: str | None) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The days a claim date may stand for, given its precision: the day itself; the whole
    month; a week either side of an estimate; any day up to the publication date where only
    that bounds the claim."""
    if precision == "month":
        start = value.to_period("M").start_time
        return start, value.to_period("M").end_time.normalize()
    if precision in ("approx", "week"):
        return value - pd.Timedelta(days=7), value + pd.Timedelta(days=7)
    if precision == "publication":
        return pd.Timestamp.min, value
    return value, value


def order(first: pd.Series, second: pd.Series) -> str:
    """Whether the first statement came 'before', 'after' or on the 'same day' as the second,
    or 'unknown' when their dates, no more exact than their sources, overlap."""
    a = date_span(first["claim_date"], first["claim_date_precision"])
    b = date_span(second["claim_date"], second["claim_date_precision"])
    if a[1] < b[0]:
        return "before"
    if a[0] > b[1]:
        return "after"
    return "same day" if a[0] == a[1] == b[0] == b[1] else "unknown"


def first_of(positions_frame: pd.DataFrame, stance: str, sides=vocab.SIDES) -> pd.Series | None:
    """The earliest statement of a stance by one of the sides (by claim date, then id); None
    when there is none."""
    found = positions_frame[
        (positions_frame["stance"] == stance) & positions_frame["claimant_side"].isin(sides)
    ].sort_values(["claim_date", "claim_id"])
    return None if found.empty else found.iloc[0]


def _who_when(row: pd.Series) -> str:
    return (
        f"{claimant_with_side(row['claimant'], row['claimant_side'])}, dated "
        f"{claim_day(row['claim_date'], row['claim_date_precision'])}"
    )


def order_sentence(positions_frame: pd.DataFrame) -> str:
    """Which came first, the first denial or the first confirmation, computed from their dates
    (see order); says so when the dates cannot tell."""
    denial, confirmation = (first_of(positions_frame, s) for s in ("denies", "confirms"))
    if denial is None and confirmation is None:
        return "The selected claims hold no denial and no confirmation."
    if denial is None or confirmation is None:
        only, missing = ("confirmation", "denial") if denial is None else ("denial", "confirmation")
        row = confirmation if denial is None else denial
        return (
            f"The selected claims hold no {missing}; the first {only} came from {_who_when(row)}."
        )
    said = {
        "before": "came before",
        "after": "came after",
        "same day": "is dated the same day as",
    }
    verdict = order(confirmation, denial)
    if verdict == "unknown":
        return (
            f"The first confirmation, from {_who_when(confirmation)}, and the first denial, from "
            f"{_who_when(denial)}, fall so close together that their dates, no more exact than "
            "their sources, do not tell which came first."
        )
    return (
        f"The first confirmation, from {_who_when(confirmation)}, {said[verdict]} the first "
        f"denial, from {_who_when(denial)}."
    )


def turnarounds(positions_frame: pd.DataFrame) -> str:
    """For each side that both denied and confirmed the deployment (vocabulary order), its first
    denial and its first confirmation, in the order their dates show; '' when no side did."""
    parts = []
    for side in vocab.SIDES:
        denial = first_of(positions_frame, "denies", (side,))
        confirmation = first_of(positions_frame, "confirms", (side,))
        if denial is None or confirmation is None:
            continue
        dates = {
            name: claim_day(row["claim_date"], row["claim_date_precision"])
            for name, row in (("denial", denial), ("confirmation", confirmation))
        }
        verdict = order(denial, confirmation)
        if verdict == "before":
            parts.append(
                f"{side_label(side)} denied the deployment first "
                f"({dates['denial']}) and confirmed it later ({dates['confirmation']})"
            )
        elif verdict == "after":
            parts.append(
                f"{side_label(side)} confirmed the deployment first "
                f"({dates['confirmation']}) and denied it later ({dates['denial']})"
            )
        else:
            parts.append(
                f"{side_label(side)} both denied the deployment "
                f"({dates['denial']}) and confirmed it ({dates['confirmation']})"
            )
    return f"{'; '.join(parts)}." if parts else ""


def findings(positions_frame: pd.DataFrame) -> dict:
    """The numbers the prose quotes and its sentences, keyed for glue."""
    stances = positions_frame["stance"]
    n_confirmations = int((stances == "confirms").sum())
    n_denials = int((stances == "denies").sum())
    others = len(positions_frame) - n_confirmations - n_denials
    stated = [number_of(n_confirmations, "confirmation"), number_of(n_denials, "denial")]
    verbs = "downplays, evades or sets" if others == 1 else "downplay, evade or set"
    rest = [f"{count(others)} that {verbs} a condition"] if others else []
    if positions_frame.empty:
        counts = "The selected claims hold no position statements."
    else:
        counts = (
            f"The selected claims hold "
            f"{number_of(len(positions_frame), 'position statement')} by claimants of "
            f"{number_of(positions_frame['claimant_side'].nunique(), 'side')}: "
            f"{listing([*stated, *rest])}."
        )
    turned = turnarounds(positions_frame)
    ordered = order_sentence(positions_frame)
    return {
        "n_positions": len(positions_frame),
        "n_denials": n_denials,
        "n_confirmations": n_confirmations,
        "counts_sentence": counts,
        "order_sentence": ordered,
        "turnaround_sentence": turned,
        "headline": " ".join(
            part
            for part in (
                f"{listing(stated).capitalize()}." if len(positions_frame) else counts,
                turned or (ordered if n_denials or n_confirmations else ""),
            )
            if part
        ),
    }
