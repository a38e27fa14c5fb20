"""Who said what: the positions each side took on the deployment, over time."""

import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import NONE_FOUND, claim_day, side_label, vocabulary_order


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
            "claim date": positions_frame["claim_date"].dt.strftime("%Y-%m-%d"),
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


def first_statement(
    positions_frame: pd.DataFrame, stance: str, sides: tuple[str, ...] = vocab.SIDES
) -> dict:
    """The earliest statement of a stance by one of the sides: its date, claimant and side
    (each 'none in the selected claims' when there is none)."""
    found = positions_frame[
        (positions_frame["stance"] == stance) & positions_frame["claimant_side"].isin(sides)
    ]
    if found.empty:
        return dict.fromkeys(("date", "claimant", "side"), NONE_FOUND)
    row = found.iloc[0]
    return {
        "date": claim_day(row["claim_date"], row["claim_date_precision"]),
        "claimant": row["claimant"],
        "side": side_label(row["claimant_side"]),
    }


def findings(positions_frame: pd.DataFrame) -> dict:
    """The numbers and names the prose quotes, keyed for glue."""
    stances = positions_frame["stance"]
    found = {
        "n_positions": len(positions_frame),
        "n_position_sides": int(positions_frame["claimant_side"].nunique()),
        "n_denials": int((stances == "denies").sum()),
        "n_confirmations": int((stances == "confirms").sum()),
    }
    firsts = {
        "first_denial": first_statement(positions_frame, "denies"),
        "first_confirmation": first_statement(positions_frame, "confirms"),
        "pyongyang_admission": first_statement(positions_frame, "confirms", ("north_korea",)),
        "moscow_admission": first_statement(positions_frame, "confirms", ("russia",)),
    }
    for name, values in firsts.items():
        found |= {f"{name}_{field}": value for field, value in values.items()}
    return found
