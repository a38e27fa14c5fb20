"""The files of a project, named once: where the templates, the executed book, the site's
configuration, the published parameters, the cache and the built site are."""

from pathlib import Path

NOTEBOOKS_DIR = "notebooks"
BOOK_DIR = "book"
CONFIG_FILE = "_config.yml"
TOC_FILE = "_toc.yml"
PARAMS_FILE = "params.yml"
CACHE_DIR = Path(".cache") / "claimbook" / "executed"
DATA_CACHE_DIR = Path(".cache") / "claimbook" / "data"
HTML_DIR = Path("_build") / "html"
