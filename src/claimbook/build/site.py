"""Compiling the static site: a staging copy of the book is built with Jupyter Book, and only a
build that succeeded replaces the published one."""

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from claimbook.build.bibliography import bibtex
from claimbook.build.layout import BOOK_DIR, CONFIG_FILE, TOC_FILE
from claimbook.data.dataset import Dataset
from claimbook.data.layout import CLAIMANTS_FILE, CLAIMS_FILE

SITE_CONFIG = (CONFIG_FILE, TOC_FILE)
FINGERPRINT = ".claimbook-fingerprint"
BUILD_OPTIONS = ("-W", "-n", "--keep-going", "--all")


class SiteBuildError(RuntimeError):
    """Jupyter Book failed; the message carries its warnings and errors."""


def stage_files(
    project_root: Path, notebooks: dict[str, Path], dataset: Dataset, data_dir: Path
) -> dict[str, bytes]:
    """Every file of the book source, by path relative to the stage: configuration, narrative
    pages, executed chapters, the generated bibliography and the downloadable data."""
    files = {name: (project_root / name).read_bytes() for name in SITE_CONFIG}
    for page in sorted((project_root / BOOK_DIR).glob("*.md")):
        files[f"{BOOK_DIR}/{page.name}"] = page.read_bytes()
    for name, notebook in sorted(notebooks.items()):
        files[f"{BOOK_DIR}/{name}.ipynb"] = notebook.read_bytes()
    files[f"{BOOK_DIR}/references.bib"] = bibtex(dataset.articles).encode()
    for name in (CLAIMS_FILE, CLAIMANTS_FILE):
        files[f"{BOOK_DIR}/downloads/{name}"] = (data_dir / name).read_bytes()
    metadata = dataset.articles.drop(columns=["body"]).assign(
        published=dataset.articles["published"].dt.strftime("%Y-%m-%d"),
        authors=dataset.articles["authors"].map("; ".join),
    )
    files[f"{BOOK_DIR}/downloads/articles.csv"] = metadata.to_csv(
        index=False, lineterminator="\n"
    ).encode()
    return files


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
