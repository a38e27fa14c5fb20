"""Compiling the static site: a staging copy of the book is built with Jupyter Book, and only a
build that succeeded replaces the published one."""

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from pybtex.database import parse_string

from claimbook import __version__
from claimbook.build import icons, polish, sources
from claimbook.build.bibliography import bibtex
from claimbook.build.datapackage import download_files
from claimbook.build.layout import BOOK_DIR, CONFIG_FILE, TOC_FILE
from claimbook.data.dataset import Dataset

STATIC_DIR = Path(BOOK_DIR) / "_static"
"""The book's own stylesheet, script and favicon in the project."""
STAGED_STATIC_DIR = "_static"
"""Where Jupyter Book takes them from: every .css and .js there is loaded by every page."""
DOWNLOADS_DIR = "downloads"
EXTRA_DIR = "_extra"
"""Copied as it is into the site's root (html_extra_path in _config.yml)."""
"""The folder of the built book holding the data package (datapackage.json and its CSVs)."""
FINGERPRINT = ".claimbook-fingerprint"
BUILD_OPTIONS = ("-W", "-n", "--keep-going", "--all")


class SiteBuildError(RuntimeError):
    """Jupyter Book failed; the message carries its warnings and errors."""


def stage_files(
    project_root: Path, notebooks: dict[str, Path], dataset: Dataset, data_dir: Path
) -> dict[str, bytes]:
    """Every file of the book source, by path relative to the stage: configuration (the table
    of contents with the Sources part added), narrative pages, executed chapters, the source
    pages, the generated bibliography, the static assets and the downloadable data."""
    files = {CONFIG_FILE: _staged_config((project_root / CONFIG_FILE).read_bytes())}
    for page in sorted((project_root / BOOK_DIR).glob("*.md")):
        files[f"{BOOK_DIR}/{page.name}"] = page.read_bytes()
    for name, notebook in sorted(notebooks.items()):
        files[f"{BOOK_DIR}/{name}.ipynb"] = notebook.read_bytes()
    config = yaml.safe_load(files[CONFIG_FILE]) or {}
    settings = sources.SourceSettings.from_config(config)
    cited = sources.cited_claims(files.values())
    for name, text in sources.pages(dataset, settings, cited).items():
        files[f"{BOOK_DIR}/{name}"] = text.encode()
    toc = yaml.safe_load((project_root / TOC_FILE).read_text(encoding="utf-8"))
    if "chapters" in toc:  # a book without parts: its chapters become the first part
        toc["parts"] = [{"caption": "Report", "chapters": toc.pop("chapters")}]
    toc.setdefault("parts", [])
    toc["parts"].append(sources.toc_part(BOOK_DIR))
    files[TOC_FILE] = yaml.safe_dump(toc, sort_keys=False, allow_unicode=True).encode()
    # The bibliography lists the articles with a source page (all of them but on a corpus
    # beyond the page limit, where ten thousand entries would make a page of megabytes).
    published = sources.articles_with_pages(dataset, settings, cited)
    files[f"{BOOK_DIR}/references.bib"] = bibtex(
        dataset.articles[dataset.articles["id"].isin(published)]
    ).encode()
    for asset in sorted((project_root / STATIC_DIR).glob("*")):
        if asset.is_file():
            files[f"{STAGED_STATIC_DIR}/{asset.name}"] = asset.read_bytes()
    for name, content in download_files(dataset, data_dir, __version__).items():
        # Beside each other at the site's root, so datapackage.json finds its tables; and in
        # the book folder, for the {download} links of the chapters.
        files[f"{EXTRA_DIR}/{DOWNLOADS_DIR}/{name}"] = content
        files[f"{BOOK_DIR}/{DOWNLOADS_DIR}/{name}"] = content
    return files


def _staged_config(config: bytes) -> bytes:
    """The configuration as staged: the stage holds only the book's files, so every one is
    built, also the source pages the table of contents leaves out (see build.sources)."""
    settings = yaml.safe_load(config) or {}
    settings["only_build_toc_files"] = False
    return yaml.safe_dump(settings, sort_keys=False, allow_unicode=True).encode()


def fingerprint(files: dict[str, bytes]) -> str:
    """A hash of the whole book source: equal fingerprints build equal sites."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    return digest.hexdigest()


def is_current(html_dir: Path, files: dict[str, bytes]) -> bool:
    """Whether the published site was built from exactly these files."""
    marker = html_dir / FINGERPRINT
    return marker.is_file() and marker.read_text() == fingerprint(files)


def build(files: dict[str, bytes], html_dir: Path) -> None:
    """Build the site from the files in a scratch stage and swap it into html_dir; on failure
    raise SiteBuildError and leave html_dir as it was."""
    html_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".stage-", dir=html_dir.parent) as scratch:
        stage = Path(scratch)
        for name, content in files.items():
            (stage / name).parent.mkdir(parents=True, exist_ok=True)
            (stage / name).write_bytes(content)
        _jupyter_book(stage)
        built = stage / "_build" / "html"
        icons.keep_used_icons(built)
        polish.polish_site(built, _german_titles(files))
        (built / FINGERPRINT).write_text(fingerprint(files))
        _swap(built, html_dir)


def _jupyter_book(stage: Path) -> None:
    command = [
        str(Path(sys.executable).with_name("jupyter-book")),
        "build",
        str(stage),
        *BUILD_OPTIONS,
    ]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        log = (completed.stdout + completed.stderr).replace(str(stage) + "/", "")
        problems = [line for line in log.splitlines() if "WARNING" in line or "ERROR" in line]
        raise SiteBuildError(
            "jupyter-book build failed:\n" + "\n".join(problems or log.splitlines()[-30:])
        )


def _swap(built: Path, html_dir: Path) -> None:
    """Replace html_dir by the new build with two renames, so readers never see half a site."""
    retired = html_dir.with_name(html_dir.name + ".old")
    shutil.rmtree(retired, ignore_errors=True)
    if html_dir.exists():
        html_dir.rename(retired)
    shutil.move(str(built), html_dir)
    shutil.rmtree(retired, ignore_errors=True)


def _german_titles(files: dict[str, bytes]) -> tuple[str, ...]:
    """The titles of the German articles, as the staged bibliography gives them."""
    source = files.get(f"{BOOK_DIR}/references.bib")
    if source is None:
        return ()
    entries = parse_string(source.decode(), "bibtex").entries.values()
    return tuple(
        sorted(
            entry.fields["title"].strip("{}")
            for entry in entries
            if entry.fields.get("language") == "German" and "title" in entry.fields
        )
    )
