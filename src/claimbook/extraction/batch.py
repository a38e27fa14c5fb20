"""Extracting candidate claims from article files: which files a command names, and each
file's candidates, errors and warnings."""

from pathlib import Path

import pandas as pd

from claimbook.data.articles import article_paths, read_article
from claimbook.data.layout import ARTICLE_DIR, CLAIMANTS_FILE, PLACES_FILE
from claimbook.extraction.claimants import Claimants
from claimbook.extraction.extract import Known, article_text, extract_article
from claimbook.extraction.places import Gazetteer


def known_in(data_dir: Path) -> Known:
    """The claimants and places a data directory knows (none when it has no such files)."""
    places = Path(data_dir) / PLACES_FILE
    return Known(
        Claimants.read(Path(data_dir) / CLAIMANTS_FILE),
        Gazetteer(pd.read_csv(places, dtype=str, keep_default_na=False))
        if places.is_file()
        else None,
    )


def article_files(paths: tuple[Path, ...]) -> list[Path]:
    """The article files named: files as given, folders by their *.md files (a data
    directory by its articles/ folder), in name order within a folder."""
    files = []
    for path in paths:
        if (path / ARTICLE_DIR).is_dir():
            files += article_paths(path)
        else:
            files += sorted(path.glob("*.md")) if path.is_dir() else [path]
    return files


def extract_file(path: Path, known: Known | None = None) -> tuple[list[dict], list[str], list[str]]:
    """(candidate rows, errors that stopped the file, warnings) for one article file."""
    try:
        article, problems = read_article(path)
    except OSError as error:
        return [], [f"{path}: cannot be read ({error.strerror or error})"], []
    if article is None:
        return [], [str(problem) for problem in problems], []
    try:
        text = article_text(article.meta, article.body)
    except ValueError as error:
        return [], [f"{path}: {error}"], []
    return extract_article(text, known), [], [f"warning: {problem}" for problem in problems]
