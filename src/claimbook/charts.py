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
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

from claimbook import vocab
from claimbook.analysis import count, side_label
from claimbook.geography import extent, near, regions
from claimbook.timeline import bounds_text

OKABE_ITO = {
    "orange": "#E69F00", "sky blue": "#56B4E9", "bluish green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "reddish purple": "#CC79A7", "black": "#000000",
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

STYLE = {
    "font.size": FONT_SIZE, "axes.titlesize": FONT_SIZE + 1, "axes.labelsize": FONT_SIZE,
    "xtick.labelsize": FONT_SIZE - 1, "ytick.labelsize": FONT_SIZE - 1,
    "legend.fontsize": FONT_SIZE - 1, "figure.dpi": DPI, "savefig.dpi": DPI,
    "axes.spines.top": False, "axes.spines.right": False, "svg.hashsalt": "claimbook",
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
    return f"{start:%B %Y}" if (start.year, start.month) == (end.year, end.month) \
        else f"{start:%b %Y} to {end:%b %Y}"


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
    return [Line2D([], [], color=SIDE_STYLE[side][0], marker=SIDE_STYLE[side][1], linestyle="",
                   markersize=8, label=side_label(side))
            for side in vocab.SIDES if side in set(sides)]


def _empty(title: str, message: str) -> Figure:
    fig, ax = new_figure(2.5)
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return fig


def growth_chart(figures: pd.DataFrame) -> Figure:
    """Every head-count figure over time: one row of panels per thing counted, one column per
    stretch of time; ranges as vertical bars, open bounds as arrows, sides by colour and marker,
    each figure labelled with its bounds. Counts on a log scale."""
    title = "Head-count figures by claim date, separated by what they count"
    if figures.empty:
        return _empty(title, "No head-count figures in the selected claims.")
    rows = [c for c in vocab.COUNTED if c in set(figures["counted"])]
    spans = time_spans(figures["claim_date"])
    fig, axes = new_figure(
        max(5.0, 0.72 * len(rows) + 2.0), nrows=len(rows), ncols=len(spans), sharey=True,
        sharex="col", squeeze=False)
    dates = spread(figures["claim_date"], figures["counted"])
    values = pd.concat([figures["figure_low"], figures["figure_high"]]).dropna().astype(float)
    for (row, span), ax in zip(((r, s) for r in rows for s in spans), axes.flat, strict=True):
        in_row = figures["counted"] == row
        in_span = figures["claim_date"].between(*span)
        for slot, index in enumerate(figures.index[in_row & in_span]):
            _draw_figure(ax, figures.loc[index], dates[index], LABEL_OFFSETS[slot % 2])
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(base=100))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: count(value)))
        ax.yaxis.set_minor_locator(NullLocator())
        _time_axis(ax, span, bottom=row == rows[-1])
        if span == spans[0]:
            ax.set_ylabel(vocab.COUNTED_LABELS[row], rotation=0, ha="right", va="center")
        if row == rows[0]:
            ax.set_title(_span_title(span), fontsize=FONT_SIZE)
    axes[0, 0].set_ylim(values.min() / 3, values.max() * 6)
    fig.suptitle(title, fontsize=FONT_SIZE + 2)
    fig.supylabel("soldiers (log scale), by what is counted", fontsize=FONT_SIZE)
    fig.supxlabel("claim date (time axis broken between the panels)", fontsize=FONT_SIZE)
    bounds = [Line2D([], [], color="black", marker="_", markersize=10, label="range low to high"),
              Line2D([], [], color="black", marker="^", linestyle="", markerfacecolor="white",
                     label="open bound: at least / up to")]
    fig.legend(handles=_side_legend(figures["claimant_side"]) + bounds, loc="outside lower center",
               ncols=4, frameon=False)
    return fig


LABEL_OFFSETS = ((5, 2), (5, -11))
"""Where figure labels stand (points right, up) relative to their marker: alternating, so
the labels of neighbouring figures do not overprint each other."""


def _draw_figure(ax, figure: pd.Series, date: pd.Timestamp,
                 label_offset: tuple[int, int]) -> None:
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
        ax.annotate("", xy=(date, tip), xytext=(date, anchor),
                    arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 1.8})
    ax.plot([date], [anchor], linestyle="", marker=marker, markersize=8, color=colour,
            markeredgecolor="black", markeredgewidth=0.6)
    ax.annotate(bounds_text(low, high), xy=(date, anchor), xytext=label_offset,
                textcoords="offset points", fontsize=FONT_SIZE - 1)


def stance_chart(positions: pd.DataFrame) -> Figure:
    """The stance of every position statement: one row per claimant side, claim date across,
    stance by marker and colour, broken time axis."""
    title = "Positions on the deployment, by side and claim date"
    if positions.empty:
        return _empty(title, "No position statements in the selected claims.")
    sides = [s for s in vocab.SIDES if s in set(positions["claimant_side"])]
    spans = time_spans(positions["claim_date"])
    fig, axes = new_figure(
        max(4.0, 0.55 * len(sides) + 2.4), ncols=len(spans), sharey=True, squeeze=False)
    rows = positions["claimant_side"].map({side: -i for i, side in enumerate(sides)})
    dates = spread(positions["claim_date"], rows)
    for span, ax in zip(spans, axes[0], strict=True):
        for stance, (colour, marker) in STANCE_STYLE.items():
            chosen = (positions["stance"] == stance) & positions["claim_date"].between(*span)
            ax.plot(dates[chosen], rows[chosen], linestyle="", marker=marker, markersize=10,
                    color=colour, markeredgecolor="black", markeredgewidth=0.6)
        _time_axis(ax, span, bottom=True)
        ax.set_title(_span_title(span), fontsize=FONT_SIZE)
        ax.grid(axis="y", color=OKABE_ITO["grey"], alpha=0.25)
    axes[0, 0].set_yticks([-i for i in range(len(sides))], [side_label(s) for s in sides])
    axes[0, 0].set_ylim(-len(sides) + 0.5, 0.5)
    axes[0, 0].set_ylabel("claimant side")
    fig.suptitle(title, fontsize=FONT_SIZE + 2)
    fig.supxlabel("claim date (time axis broken between the panels)", fontsize=FONT_SIZE)
    handles = [Line2D([], [], color=colour, marker=marker, linestyle="", markersize=9,
                      markeredgecolor="black", label=stance)
               for stance, (colour, marker) in STANCE_STYLE.items()
               if stance in set(positions["stance"])]
    fig.legend(handles=handles, loc="outside right upper", frameon=False, title="stance")
    return fig


LAYER_STYLE = {
    0: ("sources: the claimant's side", OKABE_ITO["blue"], "o"),
    1: ("agencies and relays", OKABE_ITO["orange"], "s"),
    2: ("outlets", OKABE_ITO["bluish green"], "D"),
}


def chain_chart(graph: nx.DiGraph, positions: dict) -> Figure:
    """The attribution chains as a layered graph: sources, relays and outlets left to right,
    node shape and colour by layer, edge width and label by number of claims."""
    title = "How the claims reached the outlets: source, agency or relay, outlet"
    if graph.number_of_nodes() == 0:
        return _empty(title, "No claims in the selection.")
    rows = max(Counter(data["layer"] for _, data in graph.nodes(data=True)).values())
    fig, ax = new_figure(max(5.0, 0.5 * rows + 2.0))
    edges = sorted(graph.edges(data="claims"))
    nx.draw_networkx_edges(graph, positions, ax=ax, edgelist=[(u, v) for u, v, _ in edges],
                           width=[0.6 + 0.3 * n for _, _, n in edges], arrows=False,
                           edge_color=OKABE_ITO["grey"], alpha=0.8)
    for head, tail, claims in edges:
        (x0, y0), (x1, y1) = positions[head], positions[tail]
        share = 0.3 if positions[head][0] == 0 else 0.7
        ax.text(x0 + share * (x1 - x0), y0 + share * (y1 - y0), str(claims),
                fontsize=FONT_SIZE - 2, ha="center", va="center",
                bbox={"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none"})
    for layer, (label, colour, marker) in LAYER_STYLE.items():
        nodes = sorted(n for n, data in graph.nodes(data=True) if data["layer"] == layer)
        nx.draw_networkx_nodes(graph, positions, nodelist=nodes, ax=ax, node_color=colour,
                               node_shape=marker, node_size=160, edgecolors="black",
                               label=label)
        for node in nodes:
            x, y = positions[node]
            ax.text(x + (-0.05 if layer == 0 else 0.05), y,
                    textwrap.shorten(graph.nodes[node]["name"], 30, placeholder="..."),
                    ha="right" if layer == 0 else "left", va="center", fontsize=FONT_SIZE - 1,
                    bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none",
                          "alpha": 0.8})
    ax.set_xlim(-0.8, len(LAYER_STYLE) - 1 + 0.9)
    ax.set_xticks(range(len(LAYER_STYLE)), ["source", "agency or relay", "outlet"])
    ax.tick_params(axis="x", length=0)
    ax.set_yticks([])
    ax.set_xlabel("step of the chain, left to right (edge labels: number of claims)")
    ax.spines[["left", "bottom"]].set_visible(False)
    ax.set_title(title)
    fig.legend(loc="outside lower center", ncols=3, frameon=False, markerscale=0.8)
    return fig


def hedging_chart(shares: dict[str, pd.DataFrame], counts: dict[str, pd.DataFrame]) -> Figure:
    """Heatmaps of the share of claims carrying each hedging marker, one per grouping (e.g. by
    outlet, by side), each cell also labelled with its count so colour is not needed to read it."""
    title = "Hedging markers: share of claims carrying each marker"
    if all(frame.empty for frame in shares.values()):
        return _empty(title, "No claims in the selection.")
    heights = [max(1, len(frame)) for frame in shares.values()]
    fig, axes = new_figure(max(5.0, 0.42 * sum(heights) + 2.6), nrows=len(shares),
                           gridspec_kw={"height_ratios": heights}, squeeze=False)
    for ax, (by, share) in zip(axes[:, 0], shares.items(), strict=True):
        count_frame = counts[by]
        image = ax.imshow(share.to_numpy(dtype=float), cmap="cividis", vmin=0, vmax=1,
                          aspect="auto")
        ax.set_xticks(range(share.shape[1]), share.columns, rotation=30, ha="right")
        ax.set_yticks(range(share.shape[0]), share.index)
        for (i, j), value in pd.DataFrame(count_frame.to_numpy()).stack().items():
            ax.text(j, i, str(value), ha="center", va="center", fontsize=FONT_SIZE - 1,
                    color="black" if share.iloc[i, j] > 0.6 else "white")
        ax.set_ylabel(by)
        ax.set_title(f"by {by}", fontsize=FONT_SIZE)
        ax.spines[["left", "bottom"]].set_visible(False)
    axes[-1, 0].set_xlabel("hedging marker (cell label: number of claims)")
    fig.colorbar(image, ax=axes[:, 0], label="share of the group's claims", shrink=0.8)
    fig.suptitle(title, fontsize=FONT_SIZE + 2)
    return fig


PLACE_MARKERS = {"city": "o", "region": "s", "country": "D"}


def places_map(countries: gpd.GeoDataFrame, named: pd.DataFrame,
               references: pd.DataFrame) -> Figure:
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
    handles = [Line2D([], [], linestyle="", marker=marker, markersize=9,
                      color=OKABE_ITO["vermillion"], markeredgecolor="black",
                      label=f"named place: {kind}") for kind, marker in PLACE_MARKERS.items()]
    handles.append(Line2D([], [], linestyle="", marker="o", markersize=4,
                          color=OKABE_ITO["black"], label="reference city"))
    fig.legend(handles=handles, loc="outside lower center", ncols=4, frameon=False)
    return fig


def _place_markers(ax, places: pd.DataFrame) -> None:
    for kind, marker in PLACE_MARKERS.items():
        of_kind = places[places["kind"] == kind]
        ax.scatter(of_kind["longitude"], of_kind["latitude"], s=30 + 15 * of_kind["claims"],
                   marker=marker, color=OKABE_ITO["vermillion"], edgecolors="black",
                   linewidths=0.6, alpha=0.85, zorder=3)
    ordered = places.sort_values(["latitude", "place"], ascending=[False, True])
    for rank, row in enumerate(ordered.itertuples()):
        right = rank % 2 == 0
        ax.annotate(f"{row.place} ({row.claims})", (row.longitude, row.latitude),
                    xytext=(8 if right else -8, 0), textcoords="offset points",
                    ha="left" if right else "right", va="center", fontsize=FONT_SIZE - 1,
                    zorder=4, bbox={"boxstyle": "round,pad=0.1", "facecolor": "white",
                                    "edgecolor": "none", "alpha": 0.7})


def _reference_markers(ax, references: pd.DataFrame) -> None:
    ax.scatter(references["longitude"], references["latitude"], s=14, color=OKABE_ITO["black"],
               zorder=3)
    for row in references.itertuples():
        ax.annotate(row.place, (row.longitude, row.latitude), xytext=(-5, 0), ha="right",
                    va="center", textcoords="offset points", fontsize=FONT_SIZE - 1, style="italic",
                    color="#333333", zorder=4)
