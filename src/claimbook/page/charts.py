"""The report's charts, drawn with matplotlib in one style: Okabe-Ito colours, a marker shape
for every colour, titled and labelled axes, page width. Each function returns a Figure and
draws nothing at random."""

import textwrap
from collections import Counter

import geopandas as gpd
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

from claimbook import vocab
from claimbook.chapters import growth
from claimbook.chapters import positions as stances
from claimbook.chapters.places import extent, near, regions
from claimbook.chapters.prose import count, side_label

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


def new_figure(height: float, **subplots) -> tuple[Figure, object]:
    """A page-wide figure in the report's style, with its axes (as plt.subplots returns them)."""
    with plt.rc_context(STYLE):
        return plt.subplots(figsize=(WIDTH, height), dpi=DPI, layout="constrained", **subplots)


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


def _time_axis(ax, span, bottom: bool) -> None:
    ax.set_xlim(*_span_limits(span))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=4))
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


def growth_reading(figures: pd.DataFrame) -> str:
    """How to read the marks of the growth chart, for its caption: it depends on whether the
    chart draws every figure or sums them up by month."""
    if summarised(figures):
        return (
            f"The selection holds {count(len(figures))} figures, more than the chart can "
            "label, so each mark sums up one side's figures of one month: the bar runs "
            "from the lowest to the highest figure, the marker stands at their median."
        )
    return (
        "Vertical bars are ranges, arrows are open bounds (at least, up to), and each figure "
        "is labelled with its bounds."
    )


def growth_chart(figures: pd.DataFrame) -> Figure:
    """Every head-count figure over time: one row of panels per thing counted, one column per
    stretch of time; ranges as vertical bars, open bounds as arrows, sides by colour and marker,
    each figure labelled with its bounds. Counts on a log scale. Beyond MARKS_LIMIT figures,
    one mark per side and month instead: a bar from the lowest to the highest, the median."""
    title = "Head-count figures by claim date, separated by what they count"
    if figures.empty:
        return _empty(title, "No head-count figures in the selected claims.")
    marks = _side_slots(growth.monthly_ranges(figures)) if summarised(figures) else figures
    rows = [c for c in vocab.COUNTED if c in set(figures["counted"])]
    spans = time_spans(marks["claim_date"])
    fig, axes = new_figure(
        max(5.0, 0.72 * len(rows) + 2.0),
        nrows=len(rows),
        ncols=len(spans),
        sharey=True,
        sharex="col",
        squeeze=False,
    )
    dates = spread(marks["claim_date"], marks["counted"])
    values = pd.concat([figures["figure_low"], figures["figure_high"]]).dropna().astype(float)
    for (row, span), ax in zip(((r, s) for r in rows for s in spans), axes.flat, strict=True):
        in_panel = (marks["counted"] == row) & marks["claim_date"].between(*span)
        if summarised(figures):
            _draw_monthly_ranges(ax, marks[in_panel], dates[in_panel])
        else:
            for slot, index in enumerate(marks.index[in_panel]):
                _draw_figure(ax, marks.loc[index], dates[index], LABEL_OFFSETS[slot % 2])
        _count_axis(ax)
        _time_axis(ax, span, bottom=row == rows[-1])
        if span == spans[0]:
            ax.set_ylabel(vocab.COUNTED_LABELS[row], rotation=0, ha="right", va="center")
        if row == rows[0]:
            ax.set_title(_span_title(span), fontsize=FONT_SIZE)
    axes[0, 0].set_ylim(values.min() / 3, values.max() * 6)
    fig.suptitle(title, fontsize=FONT_SIZE + 2)
    fig.supylabel("soldiers (log scale), by what is counted", fontsize=FONT_SIZE)
    for ax in axes[-1]:
        ax.set_xlabel("claim date")
    fig.legend(
        handles=_side_legend(figures["claimant_side"]) + _bound_legend(figures),
        loc="outside lower center",
        ncols=4,
        frameon=False,
    )
    return fig


def _count_axis(ax) -> None:
    ax.set_yscale("log")
    ax.yaxis.set_major_locator(LogLocator(base=100))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: count(value)))
    ax.yaxis.set_minor_locator(NullLocator())


def _bound_legend(figures: pd.DataFrame) -> list[Line2D]:
    if summarised(figures):
        return [
            Line2D(
                [],
                [],
                color="black",
                marker="o",
                markerfacecolor="white",
                label="a side's month: lowest to highest, median",
            )
        ]
    return [
        Line2D([], [], color="black", marker="_", markersize=10, label="range low to high"),
        Line2D(
            [],
            [],
            color="black",
            marker="^",
            linestyle="",
            markerfacecolor="white",
            label="open bound: at least / up to",
        ),
    ]


def _side_slots(monthly: pd.DataFrame) -> pd.DataFrame:
    """Monthly marks moved to a fixed slot of their month, one slot per side, so that the
    marks of a month stand side by side in the vocabulary's order of sides."""
    slot = monthly["claimant_side"].map(vocab.SIDES.index) + 0.5
    days = pd.to_timedelta(slot * MONTH_DAYS / len(vocab.SIDES), unit="D")
    return monthly.assign(claim_date=monthly["month"].dt.start_time + days)


def _draw_monthly_ranges(ax, ranges: pd.DataFrame, dates: pd.Series) -> None:
    for side in vocab.SIDES:
        of_side = ranges["claimant_side"] == side
        if not of_side.any():
            continue
        colour, marker = SIDE_STYLE[side]
        ax.vlines(
            dates[of_side],
            ranges.loc[of_side, "low"],
            ranges.loc[of_side, "high"],
            color=colour,
            linewidth=1.5,
        )
        ax.plot(
            dates[of_side],
            ranges.loc[of_side, "median"],
            linestyle="",
            marker=marker,
            markersize=4,
            color=colour,
            markeredgecolor="black",
            markeredgewidth=0.4,
        )


LABEL_OFFSETS = ((5, 2), (5, -11))
"""Where figure labels stand (points right, up) relative to their marker: alternating, so
the labels of neighbouring figures do not overprint each other."""


def _draw_figure(ax, figure: pd.Series, date: pd.Timestamp, label_offset: tuple[int, int]) -> None:
    colour, marker = SIDE_STYLE[figure["claimant_side"]]
    low, high, bound = figure["figure_low"], figure["figure_high"], figure["bound"]
    if bound == "range":
        ax.vlines(date, low, high, color=colour, linewidth=3)
        ax.plot([date, date], [low, high], linestyle="", marker="_", markersize=12, color=colour)
        anchor = high
    elif bound == "point":
        anchor = low
    else:
        anchor = low if bound == "open_above" else high
        tip = anchor * 2.5 if bound == "open_above" else anchor / 2.5
        ax.annotate(
            "",
            xy=(date, tip),
            xytext=(date, anchor),
            arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 1.8},
        )
    ax.plot(
        [date],
        [anchor],
        linestyle="",
        marker=marker,
        markersize=8,
        color=colour,
        markeredgecolor="black",
        markeredgewidth=0.6,
    )
    ax.annotate(
        growth.bounds_text(low, high),
        xy=(date, anchor),
        xytext=label_offset,
        textcoords="offset points",
        fontsize=FONT_SIZE - 1,
    )


def stance_reading(positions: pd.DataFrame) -> str:
    """How to read the stance chart, for its caption: every statement, or counts by month."""
    if summarised(positions):
        return (
            f"The selection holds {count(len(positions))} statements, more than the chart "
            "can draw one by one, so each bar counts one side's statements of one month, "
            "stacked by stance (colour)."
        )
    return (
        "Each statement is a marker; its shape and colour give the stance. The time axis is "
        "broken where no claims were made."
    )


def stance_chart(positions: pd.DataFrame) -> Figure:
    """The stance of every position statement: one row per claimant side, claim date across,
    stance by marker and colour, broken time axis. Beyond MARKS_LIMIT statements, monthly
    counts instead (stance_months_chart)."""
    title = "Positions on the deployment, by side and claim date"
    if positions.empty:
        return _empty(title, "No position statements in the selected claims.")
    if summarised(positions):
        return stance_months_chart(stances.monthly_stances(positions), title)
    sides = [s for s in vocab.SIDES if s in set(positions["claimant_side"])]
    spans = time_spans(positions["claim_date"])
    fig, axes = new_figure(
        max(4.0, 0.55 * len(sides) + 2.4), ncols=len(spans), sharey=True, squeeze=False
    )
    rows = positions["claimant_side"].map({side: -i for i, side in enumerate(sides)})
    dates = spread(positions["claim_date"], rows)
    for span, ax in zip(spans, axes[0], strict=True):
        for stance, (colour, marker) in STANCE_STYLE.items():
            chosen = (positions["stance"] == stance) & positions["claim_date"].between(*span)
            ax.plot(
                dates[chosen],
                rows[chosen],
                linestyle="",
                marker=marker,
                markersize=10,
                color=colour,
                markeredgecolor="black",
                markeredgewidth=0.6,
            )
        _time_axis(ax, span, bottom=True)
        ax.set_title(_span_title(span), fontsize=FONT_SIZE)
        ax.grid(axis="y", color=OKABE_ITO["grey"], alpha=0.25)
    axes[0, 0].set_yticks([-i for i in range(len(sides))], [side_label(s) for s in sides])
    axes[0, 0].set_ylim(-len(sides) + 0.5, 0.5)
    axes[0, 0].set_ylabel("claimant side")
    fig.suptitle(title, fontsize=FONT_SIZE + 2)
    fig.supxlabel("claim date (time axis broken between the panels)", fontsize=FONT_SIZE)
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
    fig.legend(handles=handles, loc="outside right upper", frameon=False, title="stance")
    return fig


def stance_months_chart(monthly: pd.DataFrame, title: str) -> Figure:
    """Statements per month as bars stacked by stance (colour), one row of panels per side."""
    sides = list(dict.fromkeys(monthly["claimant_side"]))
    fig, axes = new_figure(
        max(4.0, 0.8 * len(sides) + 2.0), nrows=len(sides), sharex=True, sharey=True, squeeze=False
    )
    for side, ax in zip(sides, axes[:, 0], strict=True):
        of_side = monthly[monthly["claimant_side"] == side]
        below = pd.Series(0, index=of_side.index)
        for stance, (colour, _) in STANCE_STYLE.items():
            ax.bar(
                of_side["month"],
                of_side[stance],
                bottom=below,
                width=MONTH_DAYS,
                align="edge",
                color=colour,
                edgecolor="black",
                linewidth=0.3,
            )
            below = below + of_side[stance]
        ax.set_ylabel(side_label(side), rotation=0, ha="right", va="center")
        ax.grid(axis="y", color=OKABE_ITO["grey"], alpha=0.25)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    axes[-1, 0].xaxis.set_major_locator(locator)
    axes[-1, 0].xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    fig.suptitle(title, fontsize=FONT_SIZE + 2)
    fig.supylabel("statements per month, by claimant side", fontsize=FONT_SIZE)
    fig.supxlabel("month of the claim", fontsize=FONT_SIZE)
    handles = [
        Patch(facecolor=colour, edgecolor="black", label=stance)
        for stance, (colour, _) in STANCE_STYLE.items()
        if monthly[stance].any()
    ]
    fig.legend(handles=handles, loc="outside right upper", frameon=False, title="stance")
    return fig


LAYER_STYLE = {
    0: ("sources: the claimant's side", OKABE_ITO["blue"], "o"),
    1: ("relays the claim's text names", OKABE_ITO["orange"], "s"),
    2: ("outlets", OKABE_ITO["bluish green"], "D"),
}


def chain_reading(graph: nx.DiGraph) -> str:
    """How the chain chart gives the number of claims on a route, for its caption."""
    if graph.number_of_edges() > EDGE_LABEL_LIMIT:
        return (
            f"With {count(graph.number_of_edges())} routes, too many to label, edge widths "
            "alone give the number of claims; the table below gives every count."
        )
    return "Edge labels and widths give the number of claims."


def chain_chart(graph: nx.DiGraph, positions: dict) -> Figure:
    """The attribution chains as a layered graph: sources, relays and outlets left to right,
    node shape and colour by layer, edge width and label by number of claims."""
    title = "How the claims reached the outlets: source, relay named in the text, outlet"
    if graph.number_of_nodes() == 0:
        return _empty(title, "No claims in the selection.")
    rows = max(Counter(data["layer"] for _, data in graph.nodes(data=True)).values())
    fig, ax = new_figure(max(5.0, 0.5 * rows + 2.0))
    edges = sorted(graph.edges(data="claims"))
    most = max(claims for _, _, claims in edges)
    nx.draw_networkx_edges(
        graph,
        positions,
        ax=ax,
        edgelist=[(u, v) for u, v, _ in edges],
        width=[0.6 + EDGE_WIDTH * n / most for _, _, n in edges],
        arrows=False,
        edge_color=OKABE_ITO["grey"],
        alpha=0.8,
    )
    if len(edges) <= EDGE_LABEL_LIMIT:
        _edge_labels(ax, edges, positions)
    for layer, (label, colour, marker) in LAYER_STYLE.items():
        nodes = sorted(n for n, data in graph.nodes(data=True) if data["layer"] == layer)
        nx.draw_networkx_nodes(
            graph,
            positions,
            nodelist=nodes,
            ax=ax,
            node_color=colour,
            node_shape=marker,
            node_size=160,
            edgecolors="black",
            label=label,
        )
        for node in nodes:
            x, y = positions[node]
            ax.text(
                x + (-0.05 if layer == 0 else 0.05),
                y,
                textwrap.shorten(graph.nodes[node]["name"], 30, placeholder="..."),
                ha="right" if layer == 0 else "left",
                va="center",
                fontsize=FONT_SIZE - 1,
                bbox={
                    "boxstyle": "round,pad=0.1",
                    "facecolor": "white",
                    "edgecolor": "none",
                    "alpha": 0.8,
                },
            )
    ax.set_xlim(-0.8, len(LAYER_STYLE) - 1 + 0.9)
    ax.set_xticks(range(len(LAYER_STYLE)), ["source", "relay named in the text", "outlet"])
    ax.tick_params(axis="x", length=0)
    ax.set_yticks([])
    ax.set_xlabel("step of the chain, left to right (edge width: number of claims)")
    ax.spines[["left", "bottom"]].set_visible(False)
    ax.set_title(title)
    fig.legend(loc="outside lower center", ncols=3, frameon=False, markerscale=0.8)
    return fig


def _edge_labels(ax, edges: list[tuple], positions: dict) -> None:
    """Each route's number of claims, written on its edge: nearer the source on the first
    step and nearer the outlet on the second, so that the labels of the edges meeting at a
    relay do not stack up there."""
    for head, tail, claims in edges:
        (x0, y0), (x1, y1) = positions[head], positions[tail]
        share = 0.3 if positions[head][0] == 0 else 0.7
        ax.text(
            x0 + share * (x1 - x0),
            y0 + share * (y1 - y0),
            count(claims),
            fontsize=FONT_SIZE - 2,
            ha="center",
            va="center",
            bbox={"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none"},
        )


def hedging_chart(shares: dict[str, pd.DataFrame], counts: dict[str, pd.DataFrame]) -> Figure:
    """Heatmaps of the share of claims carrying each hedging marker, one per grouping (e.g. by
    outlet, by side), each cell also labelled with its count so colour is not needed to read it."""
    title = "Distancing markers: share of claims carrying each marker"
    if all(frame.empty for frame in shares.values()):
        return _empty(title, "No claims in the selection.")
    heights = [max(1, len(frame)) for frame in shares.values()]
    fig, axes = new_figure(
        max(5.0, 0.42 * sum(heights) + 2.6),
        nrows=len(shares),
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    for ax, (by, share) in zip(axes[:, 0], shares.items(), strict=True):
        count_frame = counts[by]
        image = ax.imshow(
            share.to_numpy(dtype=float), cmap="cividis", vmin=0, vmax=1, aspect="auto"
        )
        ax.set_xticks(range(share.shape[1]), share.columns, rotation=30, ha="right")
        ax.set_yticks(range(share.shape[0]), share.index)
        for (i, j), value in pd.DataFrame(count_frame.to_numpy()).stack().items():
            ax.text(
                j,
                i,
                count(value),
                ha="center",
                va="center",
                fontsize=FONT_SIZE - 1,
                color="black" if share.iloc[i, j] > 0.6 else "white",
            )
        ax.set_ylabel(by)
        ax.set_title(f"by {by}", fontsize=FONT_SIZE)
        ax.spines[["left", "bottom"]].set_visible(False)
    axes[-1, 0].set_xlabel("hedging marker (cell label: number of claims)")
    fig.colorbar(image, ax=axes[:, 0], label="share of the group's claims", shrink=0.8)
    fig.suptitle(title, fontsize=FONT_SIZE + 2)
    return fig


PLACE_MARKERS = {"city": "o", "region": "s", "country": "D"}
PLACE_AREA = 200
"""Square points of marker area added to the most named place (others in proportion)."""


def places_map(
    countries: gpd.GeoDataFrame, named: pd.DataFrame, references: pd.DataFrame
) -> Figure:
    """The places the claims name on maps with internationally recognised borders, one panel
    per far-apart region: marker area by number of claims, shape by kind of place, each
    labelled with name and count; reference cities as small black dots labelled in italics
    (left out where a named place is drawn at the same point)."""
    title = "Places the claims name (label: number of claims)"
    if named.empty:
        return _empty(title, "No places named in the selected claims.")
    references = references[~near(references, named)]
    everything = pd.concat([named, references], ignore_index=True)
    region = regions(everything["longitude"])
    panels = sorted(region.unique())
    fig, axes = new_figure(5.6, ncols=len(panels), squeeze=False)
    for panel, ax in zip(panels, axes[0], strict=True):
        here = everything[region == panel]
        west, east, south, north = extent(here["longitude"], here["latitude"], margin=4.0)
        countries.plot(ax=ax, color="#f2f2f2", edgecolor=OKABE_ITO["grey"], linewidth=0.5)
        _place_markers(ax, named.merge(here[["place"]]))
        _reference_markers(ax, references.merge(here[["place"]]))
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_xlabel("longitude (degrees east)")
        ax.set_ylabel("latitude (degrees north)")
    fig.suptitle(title, fontsize=FONT_SIZE + 2)
    handles = [
        Line2D(
            [],
            [],
            linestyle="",
            marker=marker,
            markersize=9,
            color=OKABE_ITO["vermillion"],
            markeredgecolor="black",
            label=f"named place: {kind}",
        )
        for kind, marker in PLACE_MARKERS.items()
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
    fig.legend(handles=handles, loc="outside lower center", ncols=4, frameon=False)
    return fig


def _place_markers(ax, places: pd.DataFrame) -> None:
    for kind, marker in PLACE_MARKERS.items():
        of_kind = places[places["kind"] == kind]
        area = 30 + PLACE_AREA * of_kind["claims"] / places["claims"].max()
        ax.scatter(
            of_kind["longitude"],
            of_kind["latitude"],
            s=area,
            marker=marker,
            color=OKABE_ITO["vermillion"],
            edgecolors="black",
            linewidths=0.6,
            alpha=0.85,
            zorder=3,
        )
    ordered = places.sort_values(["latitude", "place"], ascending=[False, True])
    for rank, row in enumerate(ordered.itertuples()):
        right = rank % 2 == 0
        ax.annotate(
            f"{row.place} ({count(row.claims)})",
            (row.longitude, row.latitude),
            xytext=(8 if right else -8, 0),
            textcoords="offset points",
            ha="left" if right else "right",
            va="center",
            fontsize=FONT_SIZE - 1,
            zorder=4,
            bbox={
                "boxstyle": "round,pad=0.1",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.7,
            },
        )


def _reference_markers(ax, references: pd.DataFrame) -> None:
    ax.scatter(
        references["longitude"], references["latitude"], s=14, color=OKABE_ITO["black"], zorder=3
    )
    for row in references.itertuples():
        ax.annotate(
            row.place,
            (row.longitude, row.latitude),
            xytext=(-5, 0),
            ha="right",
            va="center",
            textcoords="offset points",
            fontsize=FONT_SIZE - 1,
            style="italic",
            color="#333333",
            zorder=4,
        )
