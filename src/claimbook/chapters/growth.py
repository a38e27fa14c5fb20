"""How the numbers grew: the head-count figures, their bounds, and what they count.

The figures fall into groups (GROUPS): the deployment (soldiers planned, sent, present or
expected), losses (captured, killed, wounded), context (the size of a force), hypothetical
numbers ("even 15,000 would not change the war") and other people (such as Russian prisoners).
Only the deployment figures make the timeline and the earliest, latest and highest findings;
the others are counted and shown apart."""

import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import (
    DASH,
    Mention,
    Sentence,
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
from claimbook.text.numbers import VAGUE

GROUPS = {
    "deployment": vocab.COUNTED[: vocab.COUNTED.index("expected_additional") + 1],
    "losses": ("captured", "killed", "wounded", "casualties_total"),
    "context": ("force_size_context",),
    "hypothetical": ("hypothetical",),
    "other people": ("other",),
}
"""What each counted category is about; every category of the vocabulary is in one group."""

NOT_DEPLOYMENT = tuple(c for c in vocab.COUNTED if c not in GROUPS["deployment"])
"""Counted categories that are not soldiers sent: losses, context, hypotheticals, other people."""

GROUP_PHRASES = {
    "deployment": "about the deployment (soldiers planned, sent, present or expected)",
    "losses": "about losses (captured, killed or wounded)",
    "context": "context (the size of a force)",
    "hypothetical": "hypothetical",
    "other people": "about other people than the soldiers sent",
}
"""What the figures of each group are, as a phrase after 'N figures are'."""

EXACTNESS = {
    "exact": 0,
    "about": 0,
    "range": 1,
    "just_under": 2,
    "at_least": 2,
    "more_than": 2,
    "up_to": 3,
    "not_nearly": 3,
    "vague": 4,
}
"""How much a figure tells, best first: a number (exact or approximate), an explicit range, a
bound close to the number (just under, at least, more than), a bound far from it (up to,
nowhere near), a vague word (Hunderte). Ties of date or size go to the most exact figure."""

VAGUE_WORDS = {bounds: word for word, bounds in VAGUE["en"].items() if " " not in word}
VAGUE_WORDS |= {(20_000, 99_999): "tens of thousands", (200_000, 999_999): "hundreds of thousands"}
"""The English word of a vague amount, by its bounds: (200, 999) -> 'hundreds'."""


def group_of(counted: str) -> str:
    """The group (GROUPS) a counted category belongs to."""
    return next(name for name, members in GROUPS.items() if counted in members)


def figures(claims: pd.DataFrame) -> pd.DataFrame:
    """The head-count figures, in the order of the counted vocabulary, then by claim date, with
    the kind of bound each has (point, range, open_above for at least/more than, open_below for
    up to/under), the group of what it counts, and its words ('about 3,000')."""
    found = claims[claims["kind"] == "figure"].copy()
    found["bound"] = pd.Series(
        [
            _bound(low, high)
            for low, high in zip(found["figure_low"], found["figure_high"], strict=True)
        ],
        index=found.index,
        dtype="str",
    )
    found["group"] = found["counted"].map(group_of).astype("str")
    found["words"] = pd.Series(
        [
            figure_words(low, high, qualifier)
            for low, high, qualifier in zip(
                found["figure_low"], found["figure_high"], found["figure_qualifier"], strict=True
            )
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


def figure_words(low, high, qualifier) -> str:
    """A figure as its words say it, in English: 'about 3,000', 'just under 12,000', 'nowhere
    near 3,000', 'thousands (2,000\u20139,999)'; the bounds alone where no qualifier is coded."""
    if qualifier == "about":
        return f"about {count(low)}"
    if qualifier == "more_than":
        return f"more than {count(low)}"
    if qualifier == "just_under":
        return f"just under {count(high)}"
    if qualifier == "not_nearly":
        return f"nowhere near {count(high + 1)}"
    if qualifier == "vague" and not (pd.isna(low) or pd.isna(high)):
        word = VAGUE_WORDS.get((int(low), int(high)))
        spread = f"{count(low)}{DASH}{count(high)}"
        return f"{word} ({spread})" if word else f"vague: {spread}"
    return bounds_text(low, high)


def figure_table(figures_frame: pd.DataFrame) -> pd.DataFrame:
    """The figures for a reader: when (no more exact than the source), what is counted, the
    figure in words, who said it, the German quote and its translation, and the article."""
    return pd.DataFrame(
        {
            "claim date": [
                table_date(value, precision)
                for value, precision in zip(
                    figures_frame["claim_date"],
                    figures_frame["claim_date_precision"],
                    strict=True,
                )
            ],
            "counted": figures_frame["counted"].map(vocab.COUNTED_LABELS),
            "figure": figures_frame["words"],
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
    """The figures of soldiers planned, sent, present or expected (GROUPS['deployment'])."""
    return figures_frame[figures_frame["counted"].isin(GROUPS["deployment"])]


def _exactness(frame: pd.DataFrame) -> pd.Series:
    return frame["figure_qualifier"].map(EXACTNESS).fillna(len(EXACTNESS)).astype(int)


def _upper(frame: pd.DataFrame) -> pd.Series:
    return frame["figure_high"].fillna(frame["figure_low"]).astype(float)


def on_date(sent: pd.DataFrame, latest: bool) -> pd.DataFrame:
    """The deployment figures of the earliest (or latest) claim date, one per thing counted:
    the most exact (EXACTNESS), then the larger, then the first by claim id; in the vocabulary's
    order of what is counted."""
    if sent.empty:
        return sent
    date = sent["claim_date"].max() if latest else sent["claim_date"].min()
    that_day = sent[sent["claim_date"] == date].assign(
        exactness=_exactness, upper=_upper, order=lambda f: f["counted"].map(vocab.COUNTED.index)
    )
    best = that_day.sort_values(
        ["order", "exactness", "upper", "claim_id"], ascending=[True, True, False, True]
    ).drop_duplicates("counted")
    return best.drop(columns=["exactness", "upper", "order"])


def highest(sent: pd.DataFrame) -> pd.DataFrame:
    """The deployment figure with the largest upper bound (an open bound above counts by its
    lower bound); ties: the most exact, then the earliest, then the first by id. Empty when
    there is none."""
    if sent.empty:
        return sent
    ranked = sent.assign(upper=_upper, exactness=_exactness).sort_values(
        ["upper", "exactness", "claim_date", "claim_id"], ascending=[False, True, True, True]
    )
    return ranked.head(1).drop(columns=["upper", "exactness"])


def _figure(row: pd.Series) -> Mention:
    """'1,500 dispatched', a mention of the figure's claim."""
    return mention(f"{row['words']} {counted_phrase(row['counted'])}", row)


def _from(row: pd.Series) -> str:
    """'from South Korea: the National Intelligence Service' (row['written']: the claimant as
    claimant_names writes them)."""
    return f"from {claimant_from(row['written'], row['claimant_side'])}"


def _said(row: pd.Series) -> Sentence:
    return _figure(row) + ", " + _from(row)


def _dated(frame: pd.DataFrame) -> str:
    row = frame.iloc[0]
    return claim_day(row["claim_date"], row["claim_date_precision"])


def _the(frame: pd.DataFrame, which: str) -> Sentence:
    """'The earliest deployment figure, dated 15 October 2024, is 1,500 dispatched, from ...'"""
    said = [_said(row) for _, row in frame.iterrows()]
    noun, verb = ("figure", "is") if len(said) == 1 else ("figures", "are")
    both = said[0] if len(said) == 1 else joined("; ", said[:-1]) + "; and " + said[-1]
    return f"The {which} deployment {noun}, dated {_dated(frame)}, {verb} " + both + "."


NOTHING = "The selected claims hold no head-count figures."
NO_DEPLOYMENT = "None of the selected figures is about the deployment."
SENTENCES = ("figures_sentence", "exactness_sentence", "first_sentence", "latest_sentence")
FIGURES = {"kind": "figure"}
"""The claim explorer's filter for the figures, for a count of more than it lists."""


def sentences(figures_frame: pd.DataFrame, claimants: pd.DataFrame) -> dict[str, Sentence]:
    """The findings of the chapter as whole sentences, each true of the selection it is
    computed on: what the figures count, how exact the deployment figures are, and the
    earliest, latest and highest deployment figure (ties broken as on_date and highest say),
    each claimant written from the claimants table. Every count of figures and every figure
    quoted mentions its claims. `headline` joins the sentences for the introduction."""
    if figures_frame.empty:
        return dict.fromkeys((*SENTENCES[1:], "highest_sentence"), Sentence()) | {
            "figures_sentence": Sentence(NOTHING),
            "headline": Sentence(NOTHING),
        }
    figures_frame = figures_frame.assign(written=claimant_names(figures_frame, claimants))
    parts = [
        mention(count(len(group)), group)
        + f" {'is' if len(group) == 1 else 'are'} {GROUP_PHRASES[name]}"
        for name in GROUP_PHRASES
        for group in [figures_frame[figures_frame["group"] == name]]
        if len(group)
    ]
    by_date = figures_frame.sort_values(["claim_date", "claim_id"])
    first_day, last_day = (
        claim_day(row["claim_date"], row["claim_date_precision"])
        for row in (by_date.iloc[0], by_date.iloc[-1])
    )
    when = first_day if first_day == last_day else f"from {first_day} to {last_day}"
    all_figures = counting(figures_frame, "head-count figure", filters=FIGURES)
    figures_sentence = (
        "The selected claims hold "
        + all_figures
        + f" from {number_of(figures_frame['article_id'].nunique(), 'article')}, dated {when}, "
        f"by claimants of {number_of(figures_frame['claimant_side'].nunique(), 'side')}: "
        + listing(parts)
        + "."
    )
    sent = deployment(figures_frame)
    if sent.empty:
        return dict.fromkeys((*SENTENCES[2:], "highest_sentence"), Sentence()) | {
            "figures_sentence": figures_sentence,
            "exactness_sentence": Sentence(NO_DEPLOYMENT),
            "headline": figures_sentence + " " + NO_DEPLOYMENT,
        }
    qualifier = sent["figure_qualifier"]
    kinds = {
        ("number (exact or approximate)", "numbers (exact or approximate)"): qualifier.isin(
            ("exact", "about")
        ),
        ("explicit range", "explicit ranges"): qualifier == "range",
        (
            "open bound (at least, up to, nowhere near)",
            "open bounds (at least, up to, nowhere near)",
        ): sent["bound"].str.startswith("open"),
        ("vague word (such as Hunderte)", "vague words (such as Hunderte)"): qualifier == "vague",
    }
    exactness = [counting(sent[chosen], *nouns) for nouns, chosen in kinds.items() if chosen.any()]
    exactness_sentence = (
        "How exact the "
        + counting(sent, "deployment figure")
        + f" {'is' if len(sent) == 1 else 'are'}: "
        + listing(exactness)
        + "."
    )
    first, latest, top = on_date(sent, latest=False), on_date(sent, latest=True), highest(sent)
    first_sentence = _the(first, "earliest")
    same_day = first["claim_date"].iloc[0] == latest["claim_date"].iloc[0]
    latest_sentence = (
        Sentence(f"{'It is' if len(first) == 1 else 'They are'} also the latest.")
        if same_day
        else _the(latest, "latest")
    )
    highest_sentence = (
        "The highest is " + _figure(top.iloc[0]) + f", dated {_dated(top)}, " + _from(top.iloc[0])
    ) + "."
    short = [
        "Of "
        + all_figures
        + ", "
        + mention(count(len(sent)), sent)
        + f" {'is' if len(sent) == 1 else 'are'} about the deployment."
    ]
    if same_day:
        short.append(f"The earliest and latest, dated {_dated(first)}: " + _briefly(first) + ".")
    else:
        short.append(f"The earliest, dated {_dated(first)}: " + _briefly(first) + ".")
        short.append(f"The latest, dated {_dated(latest)}: " + _briefly(latest) + ".")
    return {
        "figures_sentence": figures_sentence,
        "exactness_sentence": exactness_sentence,
        "first_sentence": first_sentence,
        "latest_sentence": latest_sentence,
        "highest_sentence": highest_sentence,
        "headline": joined(" ", short),
    }


def _briefly(frame: pd.DataFrame) -> Sentence:
    """The figures of a row set in short, each a mention of its claim: '11,000 in Ukraine and
    6,000 expected in addition'."""
    return listing([_figure(row) for _, row in frame.iterrows()])


def findings(figures_frame: pd.DataFrame, claimants: pd.DataFrame) -> dict:
    """The numbers the prose quotes, as plain values keyed for glue, and its sentences."""
    sent = deployment(figures_frame)
    return {
        "n_figures": len(figures_frame),
        "n_deployment_figures": len(sent),
        "n_figure_categories": int(figures_frame["counted"].nunique()),
        "n_figure_articles": int(figures_frame["article_id"].nunique()),
    } | sentences(figures_frame, claimants)
