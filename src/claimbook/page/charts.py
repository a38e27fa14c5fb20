"""The report's charts, drawn with matplotlib in one style: Okabe-Ito colours, a marker shape
for every colour, titled and labelled axes, page width. Each function returns a Figure and
draws nothing at random."""

import logging
import math
import textwrap

import geopandas as gpd
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from adjustText import adjust_text
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch, Rectangle
from matplotlib.path import Path
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator
from shapely.geometry import box

from claimbook import vocab
from claimbook.chapters import growth
from claimbook.chapters import positions as stances
from claimbook.chapters.places import extent, near, regions
from claimbook.chapters.places import findings as place_findings
from claimbook.chapters.prose import count, number_of, percent, side_label
from claimbook.chapters.travel import DIRECT
from claimbook.page.links import claim_href, explorer_href

logging.getLogger("adjustText").setLevel(logging.ERROR)
"""adjustText warns on stderr when a label is wider than its panel; the charts are checked
for overlaps by tests instead, and a notebook's output stays free of log lines."""

OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}
"""The colour-blind-safe palette of Okabe and Ito (2008), plus a neutral grey."""

SIDE_STYLE = {
    "ukraine": (OKABE_ITO["blue"], "o"),
    "russia": (OKABE_ITO["vermillion"], "s"),
    "north_korea": (OKABE_ITO["reddish purple"], "D"),
    "south_korea": (OKABE_ITO["bluish green"], "^"),
    "usa": (OKABE_ITO["sky blue"], "v"),
    "nato": (OKABE_ITO["orange"], "P"),
    "germany": (OKABE_ITO["yellow"], "X"),
    "analyst": (OKABE_ITO["black"], "*"),
    "media": (OKABE_ITO["grey"], "h"),
    "other": (OKABE_ITO["grey"], "p"),
}
"""Colour and marker of each claimant side: no two sides share both."""

STANCE_STYLE = {
    "confirms": (OKABE_ITO["bluish green"], "^"),
    "denies": (OKABE_ITO["vermillion"], "X"),
    "downplays": (OKABE_ITO["orange"], "v"),
    "evades": (OKABE_ITO["grey"], "s"),
    "conditional": (OKABE_ITO["blue"], "o"),
}
"""Colour and marker of each stance."""

WIDTH = 9.0
DPI = 100
FONT_SIZE = 11
TIME_GAP = pd.Timedelta(days=45)
"""Claims further apart than this fall into separate panels of a broken time axis."""
MARKS_LIMIT = 60
"""The most figures or positions a time chart draws one by one; beyond it, marks overprint
each other at page width, so the chart sums them up by calendar month instead."""
MONTH_DAYS = 28
"""The width of a month on a time axis where marks are summed up by month."""
EDGE_LABEL_LIMIT = 40
"""The most routes the chain chart labels with their number of claims; beyond it the labels
overprint each other and only the edge widths give the numbers (the table gives them all)."""
EDGE_WIDTH = 5.0
"""Points of line width added to the chain chart's busiest route (others in proportion)."""

STYLE = {
    "font.size": FONT_SIZE,
    "axes.titlesize": FONT_SIZE + 1,
    "axes.labelsize": FONT_SIZE,
    "xtick.labelsize": FONT_SIZE - 1,
    "ytick.labelsize": FONT_SIZE - 1,
    "legend.fontsize": FONT_SIZE - 1,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "claimbook",
}


def new_figure(height: float, width: float = WIDTH, **subplots) -> tuple[Figure, object]:
    """A page-wide figure in the report's style, with its axes (as plt.subplots returns them)."""
    with plt.rc_context(STYLE):
        return plt.subplots(figsize=(width, height), dpi=DPI, layout="constrained", **subplots)


def time_spans(dates: pd.Series) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The stretches of time the dates cluster in: a new stretch starts after a gap longer than
    TIME_GAP. Sorted; one stretch per panel of a broken time axis."""
    spans: list[tuple[pd.Timestamp, pd.Timestamp]] = []
    for date in sorted(dates.dropna().unique()):
        if spans and date - spans[-1][1] <= TIME_GAP:
            spans[-1] = (spans[-1][0], date)
        else:
            spans.append((date, date))
    return spans


def _span_limits(span: tuple[pd.Timestamp, pd.Timestamp]) -> tuple[pd.Timestamp, pd.Timestamp]:
    start, end = span
    pad = max(pd.Timedelta(days=4), (end - start) * 0.08)
    return start - pad, end + pad


def _span_title(span: tuple[pd.Timestamp, pd.Timestamp]) -> str:
    start, end = span
    return (
        f"{start:%B %Y}"
        if (start.year, start.month) == (end.year, end.month)
        else f"{start:%b %Y} to {end:%b %Y}"
    )


def _time_axis(ax, span, bottom: bool, maxticks: int = 4) -> None:
    ax.set_xlim(*_span_limits(span))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=1, maxticks=maxticks))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    ax.tick_params(axis="x", labelbottom=bottom)
    ax.grid(axis="x", color=OKABE_ITO["grey"], alpha=0.25)


def spread(dates: pd.Series, rows: pd.Series, step_hours: float = 14.0) -> pd.Series:
    """The dates nudged apart where several points share a row and a day, so none hides
    another: the k-th of n same-day points moves (k - (n-1)/2) * step_hours."""
    keys = pd.DataFrame({"date": dates.dt.normalize(), "row": rows})
    rank = keys.groupby(["date", "row"]).cumcount()
    size = keys.groupby(["date", "row"])["date"].transform("size")
    return dates + pd.to_timedelta((rank - (size - 1) / 2) * step_hours, unit="h")


def _side_legend(sides) -> list[Line2D]:
    return [
        Line2D(
            [],
            [],
            color=SIDE_STYLE[side][0],
            marker=SIDE_STYLE[side][1],
            linestyle="",
            markersize=8,
            label=side_label(side),
        )
        for side in vocab.SIDES
        if side in set(sides)
    ]


def _empty(title: str, message: str) -> Figure:
    fig, ax = new_figure(2.5)
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return fig


def summarised(marks: pd.DataFrame) -> bool:
    """Whether a time chart sums up its figures or positions by month rather than drawing each."""
    return len(marks) > MARKS_LIMIT


STAGES = {
    "planned": (("planned_total", "planned_additional"), OKABE_ITO["blue"], "o"),
    "sent": (("dispatched", "en_route", "advance_party"), OKABE_ITO["orange"], "s"),
    "present": (
        ("in_russia", "in_training", "at_front", "in_kursk", "in_ukraine"),
        OKABE_ITO["vermillion"],
        "D",
    ),
    "expected": (("expected_additional",), OKABE_ITO["bluish green"], "^"),
}
"""Colour and marker of the deployment figures by stage: planned, sent (dispatched, en route,
advance party), present (in Russia, in training, at the front, in Kursk, in Ukraine), expected."""

STAGE_LABELS = {
    "planned": "planned",
    "sent": "sent or on the way",
    "present": "present (in Russia, in training, in Ukraine...)",
    "expected": "expected in addition",
}
ADJUST_ITERATIONS = 400
"""Iterations adjustText may take to move labels apart (a count, not a time limit, so that
the result is the same on every run)."""
SAME_DAY_HOURS = 11.0
"""How far apart (in hours) the growth chart draws the figures of one day."""


def stage_of(counted: str) -> str:
    """The stage (STAGES) of a deployment category."""
    return next(name for name, (members, _, _) in STAGES.items() if counted in members)


def claim_url(row) -> str:
    """Where a mark of a claim links to: the claim on its article's source page."""
    return claim_href(row["article_id"], row["claim_id"])


def growth_reading(figures: pd.DataFrame) -> str:
    """How to read the marks of the growth chart, for its caption: it depends on whether the
    chart draws every figure or sums them up by month."""
    sent = growth.deployment(figures)
    if summarised(sent):
        return (
            f"The selection holds {count(len(sent))} deployment figures, more than the chart "
            "can label, so each mark sums up the figures of one stage and month: the bar runs "
            "from the lowest to the highest figure, the marker stands at their median, and it "
            "links to the first claim it sums up."
        )
    return (
        "Each figure is one mark, linked to its claim: bars are ranges, shaded boxes vague "
        "words (Hunderte, Tausende), arrows open bounds (at least, up to, nowhere near), and a "
        "horizontal whisker a date the source gives only as a month or an estimate. Each "
        "figure is labelled where it first appears; a hollow mark repeats an earlier figure."
    )


def _x_dates(frame: pd.DataFrame) -> pd.Series:
    """Where a claim stands on a time axis: its day, or the middle of its month when the
    source gives only the month."""
    middle = frame["claim_date"] + pd.Timedelta(days=14)
    return middle.where(frame["claim_date_precision"] == "month", frame["claim_date"])


def _span_widths(spans, dates: pd.Series) -> list[float]:
    """Panel widths of a broken time axis: by the number of marks in each stretch (crowded
    stretches get room for their labels), at least 28 % of the whole each."""
    marks = [int(dates.between(*span).sum()) for span in spans]
    return [max(n, 0.28 * sum(marks)) for n in marks]


def _gap_title(previous, span) -> str:
    """A panel's title after a break of the time axis: its months and how long the gap was."""
    days = (span[0] - previous[1]).days
    months = int(days // 30.44)
    gap = f"{months}+ months" if months > 1 else f"{days} days"
    return f"{_span_title(span)}\n{gap} later"


def _ticks(widths: list[float]) -> list[int]:
    """How many date ticks each panel of a broken axis has room for."""
    return [max(2, round(7 * width / sum(widths))) for width in widths]


AXIS_BREAK = "axis-break"
"""The gid of the strokes that mark a break of the time axis (they are no data)."""
BREAK = [(-1, -2), (1, 2)]
"""The diagonal stroke drawn where a broken time axis jumps."""


def _break_marks(axes) -> None:
    """Diagonal strokes where a broken time axis jumps: right end of a panel, left of the next."""
    for ax in axes[:-1]:
        ax.plot(
            [1],
            [0],
            gid=AXIS_BREAK,
            transform=ax.transAxes,
            marker=BREAK,
            markersize=10,
            color="black",
            clip_on=False,
            linestyle="",
        )
    for ax in axes[1:]:
        ax.plot(
            [0],
            [0],
            gid=AXIS_BREAK,
            transform=ax.transAxes,
            marker=BREAK,
            markersize=10,
            color="black",
            clip_on=False,
            linestyle="",
        )
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", left=False)


NARROW_WIDTH = 4.4
"""The width (inches) of a chart drawn for a phone screen: at 390 px it is shown near its own
size, so its text stays readable."""
PHONE_COLUMN = 342
"""The width (CSS pixels) of the text column of a 390 px phone screen, which a narrow drawing
is scaled to fit."""
READABLE_PIXELS = 10.0
"""The smallest text (CSS pixels) a narrow drawing may show there."""


def growth_chart(figures: pd.DataFrame, narrow: bool = False) -> Figure:
    """The deployment figures over time on a linear scale: one panel per stretch of time (side
    by side, or one above the other when `narrow`, NARROW_WIDTH wide; the gaps between them
    marked), colour and marker by stage (planned, sent, present, expected),
    ranges as bars, vague words as shaded boxes, open bounds as arrows, month-only dates as
    whiskers across the month; the first appearance of each figure labelled (labels moved
    apart by adjustText), each mark linked to its claim. Beyond MARKS_LIMIT figures, one mark
    per stage and month instead. Losses, context, hypotheticals: other_figures_chart."""
    title = "How the deployment figures grew: soldiers planned, sent, present and expected"
    sent = growth.deployment(figures)
    if sent.empty:
        return _empty(title, "No deployment figures in the selected claims.")
    summing = summarised(sent)
    marks = _monthly_marks(sent) if summing else sent.assign(x=_x_dates(sent))
    spans = time_spans(marks["x"])
    if narrow:
        fig, axes = new_figure(
            5.6 * len(spans) + 2.2, nrows=len(spans), squeeze=False, width=NARROW_WIDTH
        )
        axes = list(axes[:, 0])
        ticks = [4] * len(spans)
    else:
        fig, axes = new_figure(
            6.8,
            ncols=len(spans),
            sharey=True,
            squeeze=False,
            gridspec_kw={"width_ratios": _span_widths(spans, marks["x"]), "wspace": 0.08},
        )
        axes = list(axes[0])
        ticks = _ticks(_span_widths(spans, marks["x"]))
    top = float(pd.concat([marks["figure_low"], marks["figure_high"]]).max())
    texts_by_axis = []
    for index, (span, ax) in enumerate(zip(spans, axes, strict=True)):
        here = marks[marks["x"].between(*span)]
        if summing:
            _draw_monthly_marks(ax, here)
            texts = []
        else:
            texts = _draw_deployment(ax, here)
        texts_by_axis.append(texts)
        _time_axis(ax, span, bottom=True, maxticks=ticks[index])
        ax.set_xlabel("claim date" if index == 0 or narrow else "")
        ax.set_title(
            _span_title(span) if index == 0 else _gap_title(spans[index - 1], span),
            fontsize=FONT_SIZE,
        )
        ax.grid(axis="y", color=OKABE_ITO["grey"], alpha=0.25)
        if narrow:
            ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: count(value)))
            ax.set_ylabel("soldiers, as claimed (own scale)")
            ax.set_ylim(0, float(pd.concat([here["figure_low"], here["figure_high"]]).max()) * 1.25)
    if not narrow:
        axes[0].set_ylim(0, top * 1.18)
    axes[0].yaxis.set_major_formatter(FuncFormatter(lambda value, _: count(value)))
    if not narrow:
        axes[0].set_ylabel("soldiers, as claimed (linear scale)")
        _break_marks(axes)
    fig.suptitle(textwrap.fill(title, 44) if narrow else title, fontsize=FONT_SIZE + 1)
    fig.legend(
        handles=_stage_legend(sent) + ([] if summing else _shape_legend(sent)),
        loc="outside lower center",
        ncols=1 if narrow else 2,
        frameon=False,
        fontsize=FONT_SIZE - 1,
    )
    place_labels(fig, axes, texts_by_axis)
    return fig


def place_labels(fig: Figure, axes, texts_by_axis) -> None:
    """Lay the figure out, then move each panel's labels apart with adjustText (a fixed number
    of iterations, pushing harder on each pass that leaves two labels overlapping, at most
    LABEL_PASSES) and freeze the layout, so that the labels keep the places found."""
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    for ax, texts in zip(axes, texts_by_axis, strict=True):
        if not texts:
            continue
        objects = [
            *(line for line in ax.lines if line.get_marker() not in (None, "None", "")),
            *ax.patches,
            *(text.arrow_patch for text in ax.texts if getattr(text, "arrow_patch", None)),
        ]
        origins = [text.get_unitless_position() for text in texts]
        for attempt in range(LABEL_PASSES):
            adjust_text(
                texts,
                ax=ax,
                objects=objects or None,
                iter_lim=ADJUST_ITERATIONS,
                expand=(1.1 + 0.1 * attempt, 1.3 + 0.2 * attempt),
                force_text=(0.1 + 0.15 * attempt, 0.2 + 0.3 * attempt),
            )
            if not _overlapping(fig, texts):
                break
        _leaders(ax, texts, origins)


LABEL_PASSES = 4
LEADER = {"arrowstyle": "-", "color": OKABE_ITO["grey"], "linewidth": 0.6}


def _overlapping(fig: Figure, texts) -> bool:
    renderer = fig.canvas.get_renderer()
    boxes = [text.get_window_extent(renderer) for text in texts]
    return any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def _leaders(ax, texts, origins) -> None:
    """A thin grey line from each label that adjustText moved well away (LEADER_POINTS) to the
    point it labels."""
    to_pixels = ax.transData.transform
    for text, origin in zip(texts, origins, strict=True):
        moved = to_pixels(text.get_unitless_position()) - to_pixels(origin)
        if (moved**2).sum() ** 0.5 * 72 / ax.figure.dpi < LEADER_POINTS:
            continue
        ax.annotate(
            "",
            xy=origin,
            xytext=text.get_unitless_position(),
            arrowprops=LEADER,
            zorder=1,
        )


LEADER_POINTS = 8
"""How far (in points) a label must have moved from its point to get a leader line."""


def _draw_deployment(ax, here: pd.DataFrame) -> list:
    """Each deployment figure as its mark; returns the labels (first appearances only)."""
    here = here.sort_values(["claim_date", "claim_id"])
    xs = spread(here["x"], pd.Series(0, index=here.index), step_hours=SAME_DAY_HOURS)
    seen = set()
    texts = []
    for index, row in here.iterrows():
        key = (row["counted"], row["words"])
        first = key not in seen
        seen.add(key)
        anchor = _draw_deployment_mark(ax, row, xs[index], first)
        if first:
            label = ax.text(
                xs[index],
                anchor,
                f"{row['words']}\n{growth.counted_phrase(row['counted'])}",
                fontsize=FONT_SIZE - 1.5,
                ha="left",
                va="bottom",
                linespacing=1.0,
                color="#222222",
                zorder=5,
            )
            label.set_url(claim_url(row))
            texts.append(label)
    return texts


def _draw_deployment_mark(ax, row, x, first: bool) -> float:
    """One figure's mark; returns the value its label points at."""
    _, colour, marker = STAGES[stage_of(row["counted"])]
    url = claim_url(row)
    low, high, qualifier = row["figure_low"], row["figure_high"], row["figure_qualifier"]
    bound = row["bound"]
    if qualifier == "vague":
        box = Rectangle(
            (mdates.date2num(x) - 0.8, low),
            1.6,
            high - low,
            facecolor=colour,
            alpha=0.25,
            edgecolor=colour,
            linestyle=":",
            linewidth=1.2,
            hatch="//",
            zorder=2,
        )
        ax.add_patch(box)
        box.set_url(url)
        anchor = high
    elif bound == "range":
        bar = ax.vlines(x, low, high, color=colour, linewidth=3, zorder=3)
        bar.set_urls([url])
        anchor = high
    elif bound == "point":
        anchor = low
    else:
        anchor = low if bound == "open_above" else high
        arrow = ax.annotate(
            "",
            xy=(x, anchor),
            xytext=(0, 26 if bound == "open_above" else -26),
            textcoords="offset points",
            arrowprops={"arrowstyle": "<|-", "color": colour, "linewidth": 1.8},
            zorder=3,
        )
        arrow.set_url(url)
    if row["claim_date_precision"] in ("month", "approx", "week"):
        start, end = stances.date_span(row["claim_date"], row["claim_date_precision"])
        whisker = ax.hlines(anchor, start, end, color=colour, linewidth=1.2, zorder=2)
        whisker.set_urls([url])
    if qualifier != "vague":
        _linked_mark(
            ax,
            x,
            anchor,
            url,
            marker=marker,
            markersize=8,
            color=colour if first else "white",
            markeredgecolor="black" if first else colour,
            markeredgewidth=0.6 if first else 1.4,
            zorder=4,
        )
    return anchor


def _monthly_marks(sent: pd.DataFrame) -> pd.DataFrame:
    """The deployment figures summed up per stage and month: lowest, highest and median, and
    the first claim (by date and id) each mark links to; x is a slot of the month per stage."""
    low = sent["figure_low"].fillna(sent["figure_high"]).astype(float)
    high = sent["figure_high"].fillna(sent["figure_low"]).astype(float)
    frame = pd.DataFrame(
        {
            "stage": sent["counted"].map(stage_of),
            "month": sent["claim_date"].dt.to_period("M"),
            "figure_low": low,
            "figure_high": high,
            "middle": (low + high) / 2,
            "claim_date": sent["claim_date"],
            "claim_id": sent["claim_id"],
            "article_id": sent["article_id"],
        }
    ).sort_values(["claim_date", "claim_id"])
    summary = (
        frame.groupby(["stage", "month"])
        .agg(
            figures=("middle", "size"),
            figure_low=("figure_low", "min"),
            figure_high=("figure_high", "max"),
            median=("middle", "median"),
            claim_id=("claim_id", "first"),
            article_id=("article_id", "first"),
        )
        .reset_index()
    )
    slot = summary["stage"].map(list(STAGES).index)
    summary["x"] = summary["month"].dt.start_time + pd.to_timedelta(
        4 + slot * (MONTH_DAYS - 8) / len(STAGES), unit="D"
    )
    return summary.sort_values(["month", "stage"]).reset_index(drop=True)


def _linked_mark(ax, x, y, url: str, **style) -> None:
    """One marker at (x, y) that links to the claim it draws (the SVG keeps the link)."""
    (mark,) = ax.plot([x], [y], linestyle="", **style)
    mark.set_url(url)


def _draw_monthly_marks(ax, marks: pd.DataFrame) -> None:
    for _, row in marks.iterrows():
        _, colour, marker = STAGES[row["stage"]]
        url = claim_url(row)
        bar = ax.vlines(row["x"], row["figure_low"], row["figure_high"], color=colour, linewidth=2)
        bar.set_urls([url])
        _linked_mark(
            ax,
            row["x"],
            row["median"],
            url,
            marker=marker,
            markersize=5,
            color=colour,
            markeredgecolor="black",
            markeredgewidth=0.4,
        )


def _stage_legend(sent: pd.DataFrame) -> list[Line2D]:
    stages = set(sent["counted"].map(stage_of))
    return [
        Line2D(
            [],
            [],
            color=colour,
            marker=marker,
            linestyle="",
            markersize=8,
            markeredgecolor="black",
            label=STAGE_LABELS[name],
        )
        for name, (_, colour, marker) in STAGES.items()
        if name in stages
    ]


def _shape_legend(sent: pd.DataFrame) -> list:
    ranges = (sent["bound"] == "range") & (sent["figure_qualifier"] != "vague")
    handles = (
        [Line2D([], [], color="black", linewidth=3, label="range (low to high)")]
        if ranges.any()
        else []
    )
    if (sent["figure_qualifier"] == "vague").any():
        handles.append(
            Patch(
                facecolor=OKABE_ITO["grey"],
                alpha=0.4,
                hatch="//",
                edgecolor="black",
                linestyle=":",
                label="vague word (Hunderte, Tausende)",
            )
        )
    if sent["bound"].str.startswith("open").any():
        handles.append(
            Line2D(
                [],
                [],
                color="black",
                marker=r"$\uparrow$",
                linestyle="",
                markersize=10,
                label="open bound (at least, up to)",
            )
        )
    if sent.duplicated(["counted", "words"]).any():
        handles.append(
            Line2D(
                [],
                [],
                color="black",
                marker="o",
                markerfacecolor="white",
                linestyle="",
                markersize=8,
                label="repeats an earlier figure",
            )
        )
    return handles


def other_figures_chart(figures: pd.DataFrame, narrow: bool = False) -> Figure:
    """The figures that are not about the deployment (losses, context, hypotheticals, other
    people), one row each, grouped, on a log scale (they run from tens to millions): ranges
    as bars, open bounds by their one bound, each labelled with its words and linked to its
    claim; a label with no room right of its mark stands left of it. `narrow` (NARROW_WIDTH
    wide): each row's name and words on a line of their own above its mark. At most
    MARKS_LIMIT rows (the table gives them all)."""
    title = "Figures that are not about the deployment"
    others = figures[figures["group"] != "deployment"]
    if others.empty:
        return _empty(title, "No figures of losses, context or hypotheticals in the selection.")
    groups = list(growth.GROUPS)
    others = (
        others.assign(
            group_order=others["group"].map(groups.index),
            counted_order=others["counted"].map(vocab.COUNTED.index),
        )
        .sort_values(["group_order", "counted_order", "claim_date", "claim_id"])
        .head(MARKS_LIMIT)
    )
    names = [
        f"{vocab.COUNTED_LABELS[row['counted']]} ({side_label(row['claimant_side'])})"
        for _, row in others.iterrows()
    ]
    pitch = 1.3 if narrow else 1.0
    fig, ax = new_figure(
        max(2.8, 0.42 * pitch * len(others) + (2.2 if narrow else 1.6)),
        width=NARROW_WIDTH if narrow else WIDTH,
    )
    rows = [pitch * y for y in range(len(others))][::-1]
    labels = []
    for y, name, (_, row) in zip(rows, names, others.iterrows(), strict=True):
        colour = OKABE_ITO["grey"] if row["group"] == "other people" else OKABE_ITO["black"]
        low = row["figure_low"] if pd.notna(row["figure_low"]) else row["figure_high"]
        high = row["figure_high"] if pd.notna(row["figure_high"]) else row["figure_low"]
        url = claim_url(row)
        if low != high:
            bar = ax.hlines(y, low, high, color=colour, linewidth=6, alpha=0.5)
            bar.set_urls([url])
        _linked_mark(ax, low, y, url, marker="o", color=colour)
        if narrow:
            label = ax.text(
                0,
                y + 0.22,
                textwrap.fill(f"{name}: {row['words']}", NARROW_CHARACTERS),
                transform=ax.get_yaxis_transform(),
                va="bottom",
                fontsize=FONT_SIZE - 1,
                linespacing=1.0,
            )
        else:
            label = ax.annotate(
                row["words"],
                (high, y),
                xytext=(6, 0),
                textcoords="offset points",
                va="center",
                fontsize=FONT_SIZE - 1,
            )
            labels.append((label, low))
        label.set_url(url)
    ax.set_xscale("log")
    ax.xaxis.set_major_locator(LogLocator(base=100))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: count(value)))
    ax.xaxis.set_minor_locator(NullLocator())
    bounds = others[["figure_low", "figure_high"]]
    ax.set_xlim(float(bounds.min().min()) / 3, float(bounds.max().max()) * (3 if narrow else 30))
    if narrow:
        ax.set_yticks([])
        ax.set_ylim(-0.5, rows[0] + pitch * 0.85)
        ax.spines["left"].set_visible(False)
        ax.set_xlabel("people, as claimed (log scale)")
        fig.suptitle(title, fontsize=FONT_SIZE + 1)
    else:
        ax.set_yticks(rows, names)
        ax.set_xlabel("people, as claimed (log scale: the figures run from tens to millions)")
        ax.set_title(title)
        _labels_within(ax, labels)
    ax.grid(axis="x", color=OKABE_ITO["grey"], alpha=0.25)
    return fig


NARROW_CHARACTERS = 46
"""Characters per line of a label that spans a narrow chart (at FONT_SIZE - 1)."""


def _labels_within(ax, labels) -> None:
    """Move each label that would run past the right edge of the axes to the left of its
    mark (at the figure's low end), where a log axis of far-apart figures leaves room."""
    fig = ax.figure
    fig.draw_without_rendering()
    right = ax.get_window_extent().x1
    for label, low in labels:
        if label.get_window_extent().x1 > right:
            label.xy = (low, label.xy[1])
            label.set_position((-8, 0))
            label.set_horizontalalignment("right")


def stance_reading(positions: pd.DataFrame) -> str:
    """How to read the stance chart, for its caption: every statement, or counts by month."""
    if summarised(positions):
        return (
            f"The selection holds {count(len(positions))} statements, more than the chart "
            "can draw one by one, so each bar counts one side's statements of one month, "
            "stacked by stance (colour); each block links to the first statement it counts."
        )
    return (
        "Each statement is a marker, linked to its claim; its shape and colour give the stance, "
        "and statements of the same side and day stand one above the other. A statement the "
        "source dates only to a month or an estimate is drawn with a whisker over the days it "
        "may stand for. The time axis is broken where no claims were made."
    )


STACK_STEP = 0.17
"""How far apart (in rows) the statements of one side and day stand, one above the other."""


def _statement_spots(positions: pd.DataFrame, rows: pd.Series) -> pd.DataFrame:
    """Where each statement stands: x (its day, or the middle of its month or estimate), the
    days it may stand for (lo, hi), and y (its side's row, statements of one day stacked)."""
    spans = [
        stances.date_span(date, precision)
        if precision in ("month", "approx", "week")
        else (date, date)
        for date, precision in zip(
            positions["claim_date"], positions["claim_date_precision"], strict=True
        )
    ]
    lo = pd.Series([start for start, _ in spans], index=positions.index)
    hi = pd.Series([end for _, end in spans], index=positions.index)
    x = lo + (hi - lo) / 2
    keys = pd.DataFrame({"day": x.dt.normalize(), "row": rows})
    rank = keys.groupby(["day", "row"]).cumcount()
    size = keys.groupby(["day", "row"])["day"].transform("size")
    step = (0.84 / size).clip(upper=STACK_STEP)
    y = rows + (rank - (size - 1) / 2) * step
    return pd.DataFrame({"x": x, "lo": lo, "hi": hi, "y": y})


def stance_chart(positions: pd.DataFrame, narrow: bool = False) -> Figure:
    """The stance of every position statement: one row per claimant side, claim date across,
    stance by marker and colour, statements of one side and day stacked, month-only and
    estimated dates as whiskers, broken time axis (panels side by side, or one above the
    other when `narrow`, NARROW_WIDTH wide, each with rows for the sides it shows), each
    marker linked to its claim. Beyond MARKS_LIMIT statements, monthly counts instead
    (stance_months_chart)."""
    title = "Positions on the deployment, by side and claim date"
    if positions.empty:
        return _empty(title, "No position statements in the selected claims.")
    if summarised(positions):
        return stance_months_chart(stances.monthly_stances(positions), title, positions, narrow)
    sides = [s for s in vocab.SIDES if s in set(positions["claimant_side"])]
    rows = positions["claimant_side"].map({side: -i for i, side in enumerate(sides)})
    spots = _statement_spots(positions, rows)
    spans = time_spans(pd.concat([spots["lo"], spots["hi"]]))
    panel_sides = [
        [s for s in sides if s in set(positions.loc[spots["x"].between(*span), "claimant_side"])]
        if narrow
        else sides
        for span in spans
    ]
    if narrow:
        heights = [0.5 * len(here) + 1.1 for here in panel_sides]
        fig, axes = new_figure(
            sum(heights) + 2.0,
            width=NARROW_WIDTH,
            nrows=len(spans),
            squeeze=False,
            gridspec_kw={"height_ratios": heights},
        )
        axes = list(axes[:, 0])
        ticks = [4] * len(spans)
    else:
        fig, axes = new_figure(
            max(4.0, 0.62 * len(sides) + 2.4),
            ncols=len(spans),
            sharey=True,
            squeeze=False,
            gridspec_kw={"width_ratios": _span_widths(spans, spots["x"]), "wspace": 0.08},
        )
        axes = list(axes[0])
        ticks = _ticks(_span_widths(spans, spots["x"]))
    for index, (span, ax, shown) in enumerate(zip(spans, axes, panel_sides, strict=True)):
        here = spots["x"].between(*span)
        shift = rows - positions["claimant_side"].map({s: -i for i, s in enumerate(shown)})
        for position in positions.index[here]:
            row, spot = positions.loc[position], spots.loc[position]
            y = spot["y"] - shift[position]
            colour, marker = STANCE_STYLE[row["stance"]]
            url = claim_url(row)
            if spot["hi"] > spot["lo"]:
                whisker = ax.hlines(y, spot["lo"], spot["hi"], color=colour, linewidth=1.5)
                whisker.set_urls([url])
            _linked_mark(
                ax,
                spot["x"],
                y,
                url,
                marker=marker,
                markersize=8,
                color=colour,
                markeredgecolor="black",
                markeredgewidth=0.6,
            )
        _time_axis(ax, span, bottom=True, maxticks=ticks[index])
        ax.set_title(
            _span_title(span) if index == 0 else _gap_title(spans[index - 1], span),
            fontsize=FONT_SIZE,
        )
        ax.grid(axis="y", color=OKABE_ITO["grey"], alpha=0.25)
        if narrow or index == 0:
            ax.set_yticks([-i for i in range(len(shown))], [side_label(s) for s in shown])
            ax.set_ylim(-len(shown) + 0.5, 0.5)
            ax.set_ylabel("claimant side")
            ax.set_xlabel("claim date")
    if not narrow:
        _break_marks(axes)
    fig.suptitle(textwrap.fill(title, 44) if narrow else title, fontsize=FONT_SIZE + 1)
    handles = [
        Line2D(
            [],
            [],
            color=colour,
            marker=marker,
            linestyle="",
            markersize=9,
            markeredgecolor="black",
            label=stance,
        )
        for stance, (colour, marker) in STANCE_STYLE.items()
        if stance in set(positions["stance"])
    ]
    if (spots["hi"] > spots["lo"]).any():
        handles.append(
            Line2D([], [], color="black", linewidth=1.5, label="dated to a month or estimate")
        )
    fig.legend(handles=handles, loc="outside lower center", ncols=2 if narrow else 3, frameon=False)
    return fig


def stance_months_chart(
    monthly: pd.DataFrame,
    title: str,
    positions: pd.DataFrame | None = None,
    narrow: bool = False,
) -> Figure:
    """Statements per month as bars stacked by stance (colour), one row of panels per side
    (NARROW_WIDTH wide when `narrow`, the stances' legend below); each block links to the
    first statement (by date and id) of its side, month and stance."""
    firsts = {}
    if positions is not None:
        ordered = positions.sort_values(["claim_date", "claim_id"])
        month = ordered["claim_date"].dt.to_period("M").dt.start_time
        for key, row in (
            ordered.groupby([ordered["claimant_side"], month, ordered["stance"]])
            .head(1)
            .assign(month=month)
            .set_index(["claimant_side", "month", "stance"])
            .iterrows()
        ):
            firsts[key] = claim_url(row)
    sides = list(dict.fromkeys(monthly["claimant_side"]))
    fig, axes = new_figure(
        max(4.0, 0.8 * len(sides) + 2.0),
        width=NARROW_WIDTH if narrow else WIDTH,
        nrows=len(sides),
        sharex=True,
        sharey=True,
        squeeze=False,
    )
    for side, ax in zip(sides, axes[:, 0], strict=True):
        of_side = monthly[monthly["claimant_side"] == side]
        below = pd.Series(0, index=of_side.index)
        for stance, (colour, _) in STANCE_STYLE.items():
            bars = ax.bar(
                of_side["month"],
                of_side[stance],
                bottom=below,
                width=MONTH_DAYS,
                align="edge",
                color=colour,
                edgecolor="black",
                linewidth=0.3,
            )
            for bar, month in zip(bars, of_side["month"], strict=True):
                bar.set_url(firsts.get((side, month, stance)))
            below = below + of_side[stance]
        ax.set_ylabel(side_label(side), rotation=0, ha="right", va="center")
        ax.grid(axis="y", color=OKABE_ITO["grey"], alpha=0.25)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    axes[-1, 0].xaxis.set_major_locator(locator)
    axes[-1, 0].xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    fig.suptitle(textwrap.fill(title, 44) if narrow else title, fontsize=FONT_SIZE + 2)
    fig.supylabel("statements per month, by claimant side", fontsize=FONT_SIZE)
    fig.supxlabel("month of the claim", fontsize=FONT_SIZE)
    handles = [
        Patch(facecolor=colour, edgecolor="black", label=stance)
        for stance, (colour, _) in STANCE_STYLE.items()
        if monthly[stance].any()
    ]
    fig.legend(
        handles=handles,
        loc="outside lower center" if narrow else "outside right upper",
        ncols=3 if narrow else 1,
        frameon=False,
        title="stance",
    )
    return fig


LAYER_STYLE = {
    0: ("sources: the claimant's side", OKABE_ITO["blue"], "o"),
    1: ("relays the claim's text names", OKABE_ITO["orange"], "s"),
    2: ("outlets", OKABE_ITO["bluish green"], "D"),
}
FLOW_NODE_WIDTH = 0.05
"""Width of a node bar of the flow chart, in steps of the chain."""
FLOW_MIN_CLAIMS = 2.2
"""The least height (in claims) a node bar of the flow chart takes, so that its label fits."""
FLOW_LABEL_WIDTH = 26
"""Characters per line of a node label of the flow chart (longer names wrap, never cut)."""
FLOW_GAP = 0.9
"""Room between the node bars of a column, in claims."""
POSSESSIVES = ("his", "her", "its", "their")


def chain_reading(graph: nx.DiGraph) -> str:
    """How the chain chart gives the number of claims on a route, for its caption."""
    if graph.number_of_edges() > EDGE_LABEL_LIMIT:
        return (
            f"With {count(graph.number_of_edges())} routes, too many to label, band widths "
            "alone give the number of claims; the table below gives every count."
        )
    return "Band widths give the number of claims; each node is labelled with its total."


def node_label(name: str) -> str:
    """A node's name for the chart, whole: a relay the coding names by a possessive ('his
    Telegram channel') is the claimant's own channel, not an outlet of its own."""
    first, _, rest = name.partition(" ")
    if first.lower() in POSSESSIVES and rest:
        return f"the claimant's own {rest}"
    return name


def _node_order(graph: nx.DiGraph, positions: dict, layer: int) -> list:
    nodes = [n for n, data in graph.nodes(data=True) if data["layer"] == layer]
    return sorted(nodes, key=lambda node: (-positions[node][1], str(node)))


def _node_claims(graph: nx.DiGraph, node) -> int:
    if graph.nodes[node]["layer"] == 0:
        return sum(c for _, _, c in graph.out_edges(node, data="claims"))
    return sum(c for _, _, c in graph.in_edges(node, data="claims"))


def _node_url(graph: nx.DiGraph, node) -> str:
    """The claim explorer listing the claims through a node (travel.chain_graph's ids)."""
    edges = graph.out_edges if graph.nodes[node]["layer"] == 0 else graph.in_edges
    return explorer_href(
        [claim for _, _, ids in edges(node, data="claim_ids", default=[]) for claim in ids]
    )


FLOW_STEPS = {False: [(0, 1, 2)], True: [(0, 1), (1, 2)]}
"""The layers each panel of the flow chart draws: all three side by side, or, narrow, source
to relay above relay to outlet."""
FLOW_STEP_NAMES = ("source", "relay named in the text", "outlet")
FLOW_INCHES = {False: 0.03, True: 0.023}
"""Inches of height per claim of the flow chart, wide and narrow (shown at its own size)."""
NARROW_LABEL_WIDTH = 16
"""Characters per line of a node label of the narrow flow chart."""
FLOW_LABEL_SIZE = {False: FONT_SIZE - 2, True: FONT_SIZE - 1}
"""Points of the node labels of the flow chart, wide and narrow (READABLE_PIXELS on a phone)."""


def chain_chart(graph: nx.DiGraph, positions: dict, narrow: bool = False) -> Figure:
    """The attribution chains as a flow: sources, relays and outlets in three columns (top to
    bottom in the order of `positions`), each a bar as tall as the claims through it, joined
    by bands as wide as the claims that took the route; every node labelled with its whole
    name and its number of claims; every band, bar and label linked to the claim explorer
    listing the claims it sums. `narrow` (for a phone, NARROW_WIDTH wide): two panels, source
    to relay above relay to outlet, each with its labels on its outer sides."""
    title = "How the claims reached the outlets: source, relay named in the text, outlet"
    if graph.number_of_nodes() == 0:
        return _empty(title, "No claims in the selection.")
    columns = [_node_order(graph, positions, layer) for layer in range(len(LAYER_STYLE))]
    claims = {node: _node_claims(graph, node) for node in graph.nodes}
    wrap = NARROW_LABEL_WIDTH if narrow else FLOW_LABEL_WIDTH
    labels = {
        node: f"{textwrap.fill(node_label(graph.nodes[node]['name']), wrap)} "
        f"({count(claims[node])})"
        for node in graph.nodes
    }
    heights = {
        node: max(claims[node], FLOW_MIN_CLAIMS * (1 + labels[node].count("\n")))
        for node in graph.nodes
    }
    steps = FLOW_STEPS[narrow]
    tallest = [
        max(
            sum(heights[n] for n in columns[layer]) + FLOW_GAP * (len(columns[layer]) - 1)
            for layer in step
        )
        for step in steps
    ]
    inches = [
        FLOW_INCHES[narrow] * top + 0.32 * max(len(columns[layer]) for layer in step) + 1.0
        for top, step in zip(tallest, steps, strict=True)
    ]
    fig, axes = new_figure(
        max(5.0, sum(inches) + 0.6),
        width=NARROW_WIDTH if narrow else WIDTH,
        nrows=len(steps),
        squeeze=False,
        gridspec_kw={"height_ratios": inches},
    )
    for ax, step, top in zip(axes[:, 0], steps, tallest, strict=True):
        shown = [columns[layer] for layer in step]
        _flow_panel(ax, graph, shown, top, labels, heights, claims, FLOW_LABEL_SIZE[narrow])
        ax.set_xticks(range(len(step)), [FLOW_STEP_NAMES[layer] for layer in step])
    if narrow:
        fig.suptitle(textwrap.fill(title, 44), fontsize=FONT_SIZE + 1)
    else:
        axes[0, 0].set_title(title)
    return fig


def _flow_panel(ax, graph, columns, tallest, labels, heights, claims, size: float) -> None:
    """One panel of the flow chart: the columns given, side by side, the labels of the first
    on its left and of the others on their right, and the bands between them."""
    x = {node: index for index, column in enumerate(columns) for node in column}
    tops = {}
    for index, column in enumerate(columns):
        used = sum(heights[n] for n in column) + FLOW_GAP * (len(column) - 1)
        top = tallest - (tallest - used) / 2
        for node in column:
            _, colour, _ = LAYER_STYLE[graph.nodes[node]["layer"]]
            url = _node_url(graph, node)
            tops[node] = top
            bar = Rectangle(
                (index - FLOW_NODE_WIDTH / 2, top - heights[node]),
                FLOW_NODE_WIDTH,
                heights[node],
                facecolor=colour,
                edgecolor="black",
                linewidth=0.5,
                zorder=3,
            )
            bar.set_url(url)
            ax.add_patch(bar)
            label = ax.text(
                index + (-1 if index == 0 else 1) * (FLOW_NODE_WIDTH / 2 + 0.03),
                top - heights[node] / 2,
                labels[node],
                ha="right" if index == 0 else "left",
                va="center",
                fontsize=size,
                linespacing=0.95,
                zorder=4,
                bbox={
                    "boxstyle": "round,pad=0.1",
                    "facecolor": "white",
                    "edgecolor": "none",
                    "alpha": 0.85,
                },
            )
            label.set_url(url)
            top -= heights[node] + FLOW_GAP
    _flow_bands(ax, graph, columns, x, tops, heights, claims)
    ax.set_xlim(-0.95, len(columns) - 1 + 1.15)
    ax.set_ylim(-1, tallest + 1)
    ax.xaxis.set_ticks_position("top")
    ax.tick_params(axis="x", length=0)
    ax.set_yticks([])
    ax.spines[["left", "bottom", "top", "right"]].set_visible(False)


def _flow_bands(ax, graph, columns, x, tops, heights, claims) -> None:
    """The routes between the columns as bands, each linked to the claims that took it: each
    leaves its head's bar and enters its tail's bar stacked in the order of the other column,
    centred in bars taller than their flows."""
    rank = {node: index for column in columns for index, node in enumerate(column)}
    out_next = {n: tops[n] - (heights[n] - claims[n]) / 2 for n in tops}
    in_next = dict(out_next)
    for head in [n for column in columns[:-1] for n in column]:
        for _, tail, data in sorted(graph.out_edges(head, data=True), key=lambda e: rank[e[1]]):
            weight = data["claims"]
            x0, x1 = x[head] + FLOW_NODE_WIDTH / 2, x[tail] - FLOW_NODE_WIDTH / 2
            y0, y1 = out_next[head], _in_slot(graph, tail, head, in_next, rank)
            out_next[head] -= weight
            colour = (
                SIDE_STYLE.get(_side_key(graph.nodes[head]["name"]), (OKABE_ITO["grey"], ""))[0]
                if graph.nodes[head]["layer"] == 0
                else OKABE_ITO["grey"]
            )
            middle = (x0 + x1) / 2
            path = Path(
                [
                    (x0, y0),
                    (middle, y0),
                    (middle, y1),
                    (x1, y1),
                    (x1, y1 - weight),
                    (middle, y1 - weight),
                    (middle, y0 - weight),
                    (x0, y0 - weight),
                    (x0, y0),
                ],
                [
                    Path.MOVETO,
                    Path.CURVE4,
                    Path.CURVE4,
                    Path.CURVE4,
                    Path.LINETO,
                    Path.CURVE4,
                    Path.CURVE4,
                    Path.CURVE4,
                    Path.CLOSEPOLY,
                ],
            )
            band = PathPatch(path, facecolor=colour, alpha=0.35, edgecolor="none")
            band.set_url(explorer_href(data.get("claim_ids", [])))
            ax.add_patch(band)


def _in_slot(graph, tail, head, in_next, rank) -> float:
    """The top of the slot a band from head takes in tail's bar (bands enter in the order of
    their heads)."""
    key = ("slots", tail)
    if key not in in_next:
        slots, top = {}, in_next[tail]
        for source, _, weight in sorted(
            graph.in_edges(tail, data="claims"), key=lambda edge: rank[edge[0]]
        ):
            slots[source] = top
            top -= weight
        in_next[key] = slots
    return in_next[key][head]


def _side_key(label: str) -> str | None:
    return next((side for side in vocab.SIDES if side_label(side) == label), None)


HEDGING_MIN_CLAIMS = 5
"""The fewest claims a row of the hedging chart needs to be shaded by share: a smaller group
(one claim of Germany) would shout 100 % in the brightest colour; it is drawn in grey with
its counts only."""


def hedging_chart(
    shares: dict[str, pd.DataFrame], counts: dict[str, pd.DataFrame], narrow: bool = False
) -> Figure:
    """Heatmaps of the share of claims carrying each hedging marker, one per grouping (e.g. by
    outlet, by side). Each group is labelled with its number of claims and each non-zero cell
    with its count and share, so colour is not needed to read it; groups of fewer than
    HEDGING_MIN_CLAIMS claims are grey, not shaded by their share. Wide: a row per group, a
    column per marker. `narrow` (NARROW_WIDTH wide): a row per marker and a column per group,
    at most NARROW_GROUPS groups a panel, so that the cells keep room for their text."""
    title = "Distancing markers: share of claims carrying each marker"
    if all(frame.empty for frame in shares.values()):
        return _empty(title, "No claims in the selection.")
    panels = []
    for by, share in shares.items():
        count_frame = counts[by].reindex(index=share.index, columns=share.columns)
        totals = _group_totals(count_frame, share)
        if not narrow:
            panels.append((by, f"by {by}", share, count_frame, totals))
            continue
        chunks = range(0, max(1, len(share)), NARROW_GROUPS)
        for number, first in enumerate(chunks, start=1):
            part = slice(first, first + NARROW_GROUPS)
            name = f"by {by}" + (f" ({number} of {len(chunks)})" if len(chunks) > 1 else "")
            panels.append((by, name, share[part].T, count_frame[part].T, totals[part]))
    heights = [max(1, len(panel[2])) for panel in panels]
    fig, axes = new_figure(
        (0.36 * sum(heights) + 1.9 * len(panels) + 1.4)
        if narrow
        else max(5.0, 0.5 * sum(heights) + 2.8),
        width=NARROW_WIDTH if narrow else WIDTH,
        nrows=len(panels),
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    image = None
    for ax, (by, name, share, count_frame, totals) in zip(axes[:, 0], panels, strict=True):
        image = _heatmap(ax, share, count_frame, totals, narrow)
        ax.set_ylabel("hedging marker" if narrow else by)
        ax.set_title(name, fontsize=FONT_SIZE)
        ax.spines[["left", "bottom"]].set_visible(False)
        if narrow:
            ax.set_xlabel(by)
    note = f"cell: claims and share of the {'column' if narrow else 'row'}; grey: under "
    note += f"{HEDGING_MIN_CLAIMS} claims"
    if narrow:
        fig.colorbar(
            image,
            ax=axes[:, 0],
            location="bottom",
            label=textwrap.fill(f"share of the group's claims ({note})", 40),
            shrink=0.9,
            aspect=25,
            pad=0.01,
        )
        fig.suptitle(textwrap.fill(title, 44), fontsize=FONT_SIZE + 1)
    else:
        axes[-1, 0].set_xlabel(f"hedging marker ({note})")
        fig.colorbar(image, ax=axes[:, 0], label="share of the group's claims", shrink=0.8)
        fig.suptitle(title, fontsize=FONT_SIZE + 2)
    return fig


NARROW_GROUPS = 5
"""The most groups (outlets, sides) a panel of the narrow hedging chart holds, a column each."""
GROUP_LABEL_WIDTH = 20
"""Characters per line of a group's name below a column of the narrow hedging chart."""
MARKER_LABEL_WIDTH = 17
"""Characters per line of a marker's name beside a row of the narrow hedging chart."""


def _heatmap(ax, share: pd.DataFrame, count_frame: pd.DataFrame, totals: pd.Series, narrow):
    """One panel of the hedging chart: groups as rows (or, `narrow`, as columns), each cell
    with its count and share, groups of too few claims grey. Returns the image."""
    small = totals < HEDGING_MIN_CLAIMS
    grey = small.to_numpy()[None, :] if narrow else small.to_numpy()[:, None]
    values = share.to_numpy(dtype=float).copy()
    values[grey.repeat(values.shape[0 if narrow else 1], axis=0 if narrow else 1)] = float("nan")
    cmap = plt.get_cmap("cividis").with_extremes(bad="#e6e6e6")
    image = ax.imshow(values, cmap=cmap, vmin=0, vmax=1, aspect="auto")
    names = [f"{name} ({number_of(int(n), 'claim')})" for name, n in totals.items()]
    if narrow:
        ax.set_xticks(
            range(share.shape[1]),
            [textwrap.fill(name, GROUP_LABEL_WIDTH) for name in names],
            rotation=90,
            fontsize=FONT_SIZE - 1,
        )
        ax.set_yticks(
            range(share.shape[0]),
            [
                textwrap.fill(marker, MARKER_LABEL_WIDTH, break_long_words=False)
                for marker in share.index
            ],
            fontsize=FONT_SIZE - 1,
        )
    else:
        ax.set_xticks(range(share.shape[1]), share.columns, rotation=30, ha="right")
        ax.set_yticks(range(share.shape[0]), names)
    for i, row in enumerate(share.index):
        for j, column in enumerate(share.columns):
            value = int(count_frame.loc[row, column])
            if value == 0:
                continue
            group = column if narrow else row
            light = small[group] or share.loc[row, column] > 0.6
            ax.text(
                j,
                i,
                count(value)
                if small[group]
                else f"{count(value)}\n{percent(value, totals[group])}",
                ha="center",
                va="center",
                fontsize=FONT_SIZE - (1 if narrow else 2),
                linespacing=0.9,
                color="black" if light else "white",
            )
    return image


def _group_totals(counts: pd.DataFrame, shares: pd.DataFrame) -> pd.Series:
    """Each group's number of claims, from a count and its share (count / share)."""
    ratio = (counts / shares.where(shares > 0)).round()
    return ratio.max(axis=1).fillna(0).astype(int)


PLACE_AREA = 180
"""Square points of marker area added to the most named city or region (others in proportion)."""
COUNTRY_SHADE = OKABE_ITO["vermillion"]


def places_map(
    countries: gpd.GeoDataFrame,
    named: pd.DataFrame,
    references: pd.DataFrame,
    narrow: bool = False,
) -> Figure:
    """The places the claims name on maps with internationally recognised borders, one panel
    per far-apart region (side by side, or one above the other when `narrow`, NARROW_WIDTH
    wide, each as tall as its map), no coordinate axes: a country named as a whole is shaded
    (its count in the legend), a region is a dashed ring around its representative point (it
    names an area, not that point), a city a filled dot; marker area by number of claims;
    places at the same point share one label; labels moved apart by adjustText (they take no
    room of the layout); reference cities as small black dots in italics (left out where a
    named place is drawn at the same point)."""
    title = "Places the claims name (label: number of claims)"
    if named.empty:
        return _empty(title, "No places named in the selected claims.")
    shaded = named[(named["kind"] == "country") & named["place"].isin(countries["name"])]
    points = named.drop(shaded.index)
    references = references[~near(references, points)] if len(points) else references
    everything = pd.concat([points, references], ignore_index=True)
    if everything.empty:
        everything = shaded
    region = regions(everything["longitude"])
    panels = sorted(region.unique())
    windows = [
        extent(
            everything.loc[region == panel, "longitude"],
            everything.loc[region == panel, "latitude"],
            margin=4.0,
        )
        for panel in panels
    ]
    if narrow:
        heights = [_map_height(window, NARROW_WIDTH - 0.2) for window in windows]
        fig, axes = new_figure(
            sum(heights) + 1.4 + 0.25 * len(shaded),
            width=NARROW_WIDTH,
            nrows=len(panels),
            squeeze=False,
            gridspec_kw={"height_ratios": heights},
        )
        axes = list(axes[:, 0])
    else:
        fig, axes = new_figure(5.6, ncols=len(panels), squeeze=False)
        axes = list(axes[0])
    texts_by_axis = []
    for panel, ax, (west, east, south, north) in zip(panels, axes, windows, strict=True):
        here = everything[region == panel]
        window = countries.clip(box(west - 1, south - 1, east + 1, north + 1))
        window = window[~window.is_empty]
        window.plot(ax=ax, color="#f2f2f2", edgecolor=OKABE_ITO["grey"], linewidth=0.5)
        _country_shades(ax, window, shaded)
        texts = _place_markers(ax, points.merge(here[["place"]]), points["claims"].max())
        texts += _reference_markers(ax, references.merge(here[["place"]]))
        for text in texts:
            text.set_in_layout(False)
        texts_by_axis.append(texts)
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel("")
        ax.set_ylabel("")
        ax.spines[["top", "right", "left", "bottom"]].set_visible(True)
        for spine in ax.spines.values():
            spine.set_color(OKABE_ITO["grey"])
    fig.suptitle(textwrap.fill(title, 44) if narrow else title, fontsize=FONT_SIZE + 2)
    handles = [
        Patch(
            facecolor=COUNTRY_SHADE,
            alpha=_country_alpha(row.claims, shaded["claims"].max()),
            edgecolor=COUNTRY_SHADE,
            label=f"{row.place} as a whole: {number_of(row.claims, 'claim')} (shaded)",
        )
        for row in shaded.itertuples()
    ]
    kinds = set(points["kind"])
    handles += [
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            markersize=9,
            color=OKABE_ITO["vermillion"],
            markeredgecolor="black",
            label="city",
        )
        for _ in [0]
        if kinds - {"region"}
    ]
    handles += [
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            markersize=12,
            markerfacecolor="none",
            markeredgecolor=OKABE_ITO["vermillion"],
            label="region (ring around a representative point)",
        )
        for _ in [0]
        if "region" in kinds
    ]
    handles.append(
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            markersize=4,
            color=OKABE_ITO["black"],
            label="reference city",
        )
    )
    fig.legend(handles=handles, loc="outside lower center", ncols=1 if narrow else 2, frameon=False)
    place_labels(fig, axes, texts_by_axis)
    return fig


def _map_height(window: tuple[float, float, float, float], width: float) -> float:
    """The height (inches) of a map panel `width` inches wide showing the window (west, east,
    south, north) at the aspect geopandas gives it: a degree of longitude is cos(latitude)
    of a degree of latitude."""
    west, east, south, north = window
    squeeze = math.cos(math.radians((south + north) / 2))
    return width * (north - south) / ((east - west) * squeeze)


def _country_alpha(claims: int, most: int) -> float:
    return 0.08 + 0.27 * claims / most


def _country_shades(ax, countries, shaded: pd.DataFrame) -> None:
    """Each country named as a whole, shaded: the darker, the more claims name it."""
    most = shaded["claims"].max() if len(shaded) else 1
    for row in shaded.itertuples():
        shape = countries[countries["name"] == row.place]
        if shape.empty:
            continue
        shape.plot(
            ax=ax,
            color=COUNTRY_SHADE,
            alpha=_country_alpha(row.claims, most),
            edgecolor=COUNTRY_SHADE,
            linewidth=0.8,
        )


def _place_markers(ax, places: pd.DataFrame, most: int) -> list:
    """Cities as filled dots, regions (and countries without a shape) as dashed rings; each
    point's places in one label. Returns the labels."""
    texts = []
    for (longitude, latitude), here in places.groupby(["longitude", "latitude"], sort=True):
        here = here.sort_values(["claims", "place"], ascending=[False, True])
        area = 25 + PLACE_AREA * here["claims"].sum() / most
        ring = (here["kind"] != "city").all()
        ax.scatter(
            [longitude],
            [latitude],
            s=area * (2.2 if ring else 1),
            marker="o",
            facecolors="none" if ring else OKABE_ITO["vermillion"],
            edgecolors=OKABE_ITO["vermillion"] if ring else "black",
            linewidths=1.6 if ring else 0.6,
            linestyles="--" if ring else "-",
            alpha=0.9,
            zorder=3,
        )
        if ring:
            ax.scatter([longitude], [latitude], s=10, color=OKABE_ITO["vermillion"], zorder=3)
        texts.append(
            ax.text(
                longitude,
                latitude,
                "\n".join(f"{row.place} ({count(row.claims)})" for row in here.itertuples()),
                fontsize=FONT_SIZE - 1,
                ha="left",
                va="bottom",
                zorder=4,
                bbox={
                    "boxstyle": "round,pad=0.1",
                    "facecolor": "white",
                    "edgecolor": "none",
                    "alpha": 0.75,
                },
            )
        )
    return texts


def _reference_markers(ax, references: pd.DataFrame) -> list:
    ax.scatter(
        references["longitude"], references["latitude"], s=14, color=OKABE_ITO["black"], zorder=3
    )
    return [
        ax.text(
            row.longitude,
            row.latitude,
            row.place,
            ha="right",
            va="top",
            fontsize=FONT_SIZE - 1,
            style="italic",
            color="#333333",
            zorder=4,
        )
        for row in references.itertuples()
    ]


def growth_alt(figures: pd.DataFrame, claimants: pd.DataFrame) -> str:
    """What the growth chart shows, for a reader who cannot see it: its form and its findings."""
    said = growth.sentences(figures, claimants)
    sent = growth.deployment(figures)
    if sent.empty:
        return f"An empty timeline. {said['figures_sentence']}"
    return (
        f"Timeline of {number_of(len(sent), 'deployment figure')} by claim date on a linear "
        f"scale. {said['first_sentence']} {said['latest_sentence']} {said['highest_sentence']}"
    )


def other_figures_alt(figures: pd.DataFrame) -> str:
    """What the chart of the other figures shows."""
    others = figures[figures["group"] != "deployment"]
    if others.empty:
        return "An empty chart: no figures of losses, context or hypotheticals are selected."
    largest = others.assign(top=others["figure_high"].fillna(others["figure_low"])).sort_values(
        ["top", "claim_id"], ascending=[False, True]
    )
    row = largest.iloc[0]
    return (
        f"Dot chart on a log scale of {number_of(len(others), 'figure')} that are not about the "
        f"deployment (losses, context, hypothetical figures, other people); the largest is "
        f"{row['words']} ({vocab.COUNTED_LABELS[row['counted']].lower()})."
    )


def stance_alt(positions: pd.DataFrame, claimants: pd.DataFrame) -> str:
    """What the stance chart shows: its form and the findings of the chapter."""
    found = stances.findings(positions, claimants)
    return (
        "Dot chart of position statements, one row per claimant side, by claim date, the "
        f"stance shown by marker and colour. {found['counts_sentence']} "
        f"{found['turnaround_sentence']}"
    ).strip()


def places_alt(named: pd.DataFrame) -> str:
    """What the map shows: its form and the places named."""
    return (
        "Map of the places the selected claims name, with internationally recognised "
        f"borders. {place_findings(named)['places_sentence']}"
    )


def chain_alt(graph: nx.DiGraph) -> str:
    """What the flow chart shows: how many claims, from how many sides through how many relays
    to how many outlets, and the busiest node of each column."""
    if graph.number_of_nodes() == 0:
        return "An empty flow chart: no claims are selected."
    layers = {
        layer: sorted(
            (n for n, data in graph.nodes(data=True) if data["layer"] == layer),
            key=lambda node: (-_node_claims(graph, node), str(node)),
        )
        for layer in range(len(LAYER_STYLE))
    }
    total = sum(_node_claims(graph, node) for node in layers[0])
    relays = [n for n in layers[1] if graph.nodes[n]["name"] != DIRECT]
    busiest = [
        f"{node_label(graph.nodes[nodes[0]]['name'])} ({count(_node_claims(graph, nodes[0]))})"
        for nodes in layers.values()
    ]
    return (
        f"Flow chart of {number_of(total, 'claim')} from "
        f"{number_of(len(layers[0]), 'claimant side')} through "
        f"{number_of(len(relays), 'named agency or relay', 'named agencies or relays')} or "
        f"none to "
        f"{number_of(len(layers[2]), 'outlet')}, bands as wide as the claims that took them. "
        f"The largest source is {busiest[0]}, the widest middle node {busiest[1]}, the largest "
        f"outlet {busiest[2]}."
    )


def hedging_alt(shares: dict[str, pd.DataFrame], counts: dict[str, pd.DataFrame]) -> str:
    """What the hedging chart shows: its form and the marker found most often."""
    frames = [frame for frame in counts.values() if not frame.empty]
    if not frames:
        return "An empty heatmap: no claims are selected."
    totals = frames[0].drop(columns=["no marker"], errors="ignore").sum()
    groups = " and by ".join(counts)
    if totals.empty or totals.max() == 0:
        return f"Heatmaps of hedging markers by {groups}: no selected claim carries a marker."
    top = totals.sort_index().sort_values(ascending=False, kind="stable").index[0]
    return (
        f"Heatmaps of the share of claims carrying each hedging marker, by {groups}, each cell "
        f"labelled with its count and share. The marker found most often is {top}, in "
        f"{number_of(int(totals[top]), 'claim')}."
    )
