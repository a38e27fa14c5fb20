"""Who said what: the positions each side took on the deployment, over time."""

import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import (
    Sentence,
    capitalised,
    claim_day,
    claimant_from,
    claimant_names,
    count,
    counting,
    joined,
    listing,
    mention,
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
    which side, who, the stance, the German quote, its translation, the article, and in how
    many articles the statement stands."""
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
            "side": positions_frame["claimant_side"].map(side_label),
            "claimant": positions_frame["claimant"],
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


def _dated_from(row: pd.Series) -> str:
    """'dated 21 October 2024, from Russia: Dmitry Peskov, the Kremlin's spokesman'
    (row['written']: the claimant as claimant_names writes them)."""
    return (
        f"dated {claim_day(row['claim_date'], row['claim_date_precision'])}, from "
        f"{claimant_from(row['written'], row['claimant_side'])}"
    )


ORDERS = {
    "before": "came before",
    "after": "came after",
    "same day": "is dated the same day as",
}


def order_sentence(positions_frame: pd.DataFrame) -> Sentence:
    """Which came first, the first denial or the first confirmation, computed from their dates
    (see order); says so when the dates cannot tell. Each first statement mentions its claim;
    the frame needs a column `written` (the claimant as claimant_names writes them)."""
    denial, confirmation = (first_of(positions_frame, s) for s in ("denies", "confirms"))
    if denial is None and confirmation is None:
        return Sentence("The selected claims hold no denial and no confirmation.")
    if denial is None or confirmation is None:
        only, missing = ("confirmation", "denial") if denial is None else ("denial", "confirmation")
        row = confirmation if denial is None else denial
        return (
            f"The selected claims hold no {missing}. The "
            + mention(f"first {only}", row)
            + f" is {_dated_from(row)}."
        )
    first = {"confirmation": mention("first confirmation", confirmation)}
    first["denial"] = mention("first denial", denial)
    verdict = order(confirmation, denial)
    if verdict == "unknown":
        told = (
            "The "
            + first["confirmation"]
            + " and the "
            + first["denial"]
            + " fall so close together that their dates, no more exact than their sources, do "
            "not tell which came first."
        )
    else:
        told = "The " + first["confirmation"] + f" {ORDERS[verdict]} the " + first["denial"] + "."
    return (
        told
        + f" The confirmation is {_dated_from(confirmation)}; the denial is {_dated_from(denial)}."
    )


def turnarounds(positions_frame: pd.DataFrame) -> Sentence:
    """For each side that both denied and confirmed the deployment (vocabulary order), its first
    denial and its first confirmation, in the order their dates show, each date a mention of
    its claim; '' when no side did."""
    parts = []
    for side in vocab.SIDES:
        denial = first_of(positions_frame, "denies", (side,))
        confirmation = first_of(positions_frame, "confirms", (side,))
        if denial is None or confirmation is None:
            continue
        dates = {
            name: "("
            + mention(claim_day(row["claim_date"], row["claim_date_precision"]), row)
            + ")"
            for name, row in (("denial", denial), ("confirmation", confirmation))
        }
        verdict = order(denial, confirmation)
        if verdict == "before":
            told = (
                f"{side_label(side)} denied the deployment first "
                + dates["denial"]
                + " and confirmed it later "
                + dates["confirmation"]
            )
        elif verdict == "after":
            told = (
                f"{side_label(side)} confirmed the deployment first "
                + dates["confirmation"]
                + " and denied it later "
                + dates["denial"]
            )
        else:
            told = (
                f"{side_label(side)} both denied the deployment "
                + dates["denial"]
                + " and confirmed it "
                + dates["confirmation"]
            )
        parts.append(told)
    return joined("; ", parts) + "." if parts else Sentence()


STATEMENTS = {"kind": "position"}
"""The claim explorer's filter for the position statements, for a count of more than it lists."""


def findings(positions_frame: pd.DataFrame, claimants: pd.DataFrame) -> dict:
    """The numbers the prose quotes and its sentences, keyed for glue; every count of
    statements mentions their claims, each claimant is written from the claimants table."""
    positions_frame = positions_frame.assign(written=claimant_names(positions_frame, claimants))
    stances = positions_frame["stance"]
    confirmations = positions_frame[stances == "confirms"]
    denials = positions_frame[stances == "denies"]
    others = positions_frame[~stances.isin(("confirms", "denies"))]
    stated = [
        counting(confirmations, "confirmation", filters=STATEMENTS | {"stance": "confirms"}),
        counting(denials, "denial", filters=STATEMENTS | {"stance": "denies"}),
    ]
    verbs = "downplays, evades or sets" if len(others) == 1 else "downplay, evade or set"
    rest = (
        [mention(count(len(others)), others) + f" that {verbs} a condition"] if len(others) else []
    )
    if positions_frame.empty:
        counts = Sentence("The selected claims hold no position statements.")
    else:
        counts = (
            "The selected claims hold "
            + counting(positions_frame, "position statement", filters=STATEMENTS)
            + f" by claimants of {number_of(positions_frame['claimant_side'].nunique(), 'side')}: "
            + listing([*stated, *(rest if len(others) else [])])
            + "."
        )
    turned = turnarounds(positions_frame)
    ordered = order_sentence(positions_frame)
    return {
        "n_positions": len(positions_frame),
        "n_denials": len(denials),
        "n_confirmations": len(confirmations),
        "counts_sentence": counts,
        "order_sentence": ordered,
        "turnaround_sentence": turned,
        "headline": joined(
            " ",
            [
                part
                for part in (
                    capitalised(listing(stated)) + "." if len(positions_frame) else counts,
                    turned or (ordered if len(denials) or len(confirmations) else ""),
                )
                if part
            ],
        ),
    }
