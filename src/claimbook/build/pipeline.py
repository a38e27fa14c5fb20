"""The whole run, left to right: parameters and data checked, chapters executed, site built,
results published into the output directory only when everything succeeded.

A run whose inputs (parameters, data, the extractor's evaluation sets, package code,
templates, pages and site configuration) are exactly those of the last successful run into
the same output directory has nothing to do, and finds that out by hashing alone: the
modules a real run needs (pandas, papermill, Jupyter Book) are imported only once it is clear
that there is work.
"""

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimbook.build.layout import (
    BOOK_DIR,
    CACHE_DIR,
    CONFIG_FILE,
    DATA_CACHE_DIR,
    HTML_DIR,
    NOTEBOOKS_DIR,
    TOC_FILE,
)
from claimbook.build.parameters import ParameterError, ReportParameters, load_parameters
from claimbook.data.fingerprint import data_fingerprint, hash_files, package_fingerprint
from claimbook.extraction.sets import EVALUATION_CHAPTER, evaluation_dirs

if TYPE_CHECKING:
    from claimbook.build.execution import Job
    from claimbook.build.templates import Chapter
    from claimbook.data.dataset import Dataset

INPUTS_STAMP = ".claimbook-inputs"
"""The file in a built site that holds the fingerprint of the inputs it was built from."""


@dataclass(frozen=True)
class RunSummary:
    """What a run did: the chapters it executed (not cached) and whether it rebuilt the site."""

    executed: list[str]
    site_rebuilt: bool
    html_dir: Path


def run(
    project_root: Path,
    params_file: Path,
    out_dir: Path,
    overrides: dict | None = None,
    workers: int | None = None,
    report: Callable[[str], None] = print,
) -> RunSummary:
    """Execute every chapter with the parameters into out_dir/book and build out_dir/_build/html.

    Raises ParameterError (also for a selection that leaves no claims) or DataError before any
    notebook runs, ExecutionError or
    SiteBuildError after; in every failure the output directory is left as it was.
    """
    project_root, out_dir = Path(project_root).resolve(), Path(out_dir).resolve()
    parameters = resolve_parameters(params_file, overrides)
    html_dir = out_dir / HTML_DIR
    inputs = inputs_fingerprint(project_root, parameters, out_dir)
    stamp = html_dir / INPUTS_STAMP
    if stamp.is_file() and stamp.read_text() == inputs:
        report("nothing changed since the last build")
        return RunSummary([], False, html_dir)
    summary = _build(project_root, parameters, out_dir, workers, report)
    stamp.write_text(inputs_fingerprint(project_root, parameters, out_dir))
    return summary


def inputs_fingerprint(project_root: Path, parameters: ReportParameters, out_dir: Path) -> str:
    """A hash of everything a run's output depends on."""
    sources = [project_root / CONFIG_FILE, project_root / TOC_FILE]
    for folder in (project_root / NOTEBOOKS_DIR, project_root / BOOK_DIR, out_dir / BOOK_DIR):
        sources += sorted(path for path in folder.rglob("*") if path.is_file())
    parts = {
        "parameters": parameters.for_notebook(),
        "data": data_fingerprint(parameters.data_dir),
        "evaluation sets": _dirs_fingerprint(evaluation_dirs(project_root), project_root),
        "package": package_fingerprint(),
        "files": hash_files(sorted(set(sources)), Path("/")),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def chapter_inputs(chapter_name: str, project_root: Path) -> list[Path]:
    """The directories a chapter reads beyond the data directory: the chapter that shows the
    evaluations reads every evaluation set, so that editing one reruns it."""
    return evaluation_dirs(project_root) if chapter_name == EVALUATION_CHAPTER else []


def _dirs_fingerprint(directories: list[Path], root: Path) -> str:
    """A hash of every file of the directories, by their paths relative to root (a missing
    directory counts as missing)."""
    files = [
        path
        for folder in directories
        for path in ([folder] if not folder.is_dir() else sorted(folder.rglob("*")))
        if path.is_file() or not path.exists()
    ]
    return hash_files(files, root)


def _build(
    project_root: Path,
    parameters: ReportParameters,
    out_dir: Path,
    workers: int | None,
    report: Callable[[str], None],
) -> RunSummary:
    from claimbook.build.execution import execute
    from claimbook.build.site import build, is_current, stage_files
    from claimbook.data import cache

    data_dir = parameters.data_dir
    report(f"checking the data in {data_dir}")
    data_cache = cache.cache_dir_from_environment() or project_root / DATA_CACHE_DIR
    dataset = cache.load(data_dir, data_cache)
    check_selection(dataset, parameters)
    book_dir = out_dir / BOOK_DIR
    book_dir.mkdir(parents=True, exist_ok=True)
    jobs = chapter_jobs(project_root, parameters, book_dir)
    report(f"executing {len(jobs)} chapters")
    environment = {cache.CACHE_ENV: str(data_cache)}
    result = execute(
        jobs, project_root / CACHE_DIR, workers or os.cpu_count() or 1, report, environment
    )
    files = stage_files(project_root, result.notebooks, dataset, data_dir)
    html_dir = out_dir / HTML_DIR
    rebuild = not is_current(html_dir, files)
    report("building the site" if rebuild else "the site is up to date")
    if rebuild:
        build(files, html_dir)
    _publish_notebooks(result.notebooks, book_dir)
    report(f"site: {html_dir / 'index.html'}")
    return RunSummary(result.executed, rebuild, html_dir)


def resolve_parameters(params_file: Path, overrides: dict | None = None) -> ReportParameters:
    """The run's parameters with data_dir made absolute: a data_dir given on the command line is
    relative to the current directory, the one in params_file relative to that file."""
    overrides = dict(overrides or {})
    if "data_dir" in overrides:
        overrides["data_dir"] = Path(overrides["data_dir"]).resolve()
    else:
        published = load_parameters(params_file).data_dir
        overrides["data_dir"] = (Path(params_file).resolve().parent / published).resolve()
    return load_parameters(params_file, overrides)


def check_selection(dataset: "Dataset", parameters: ReportParameters) -> None:
    """Refuse a selection that leaves no claims: every chapter would be empty. ParameterError
    naming the parameters that select nothing and how many claims the data holds."""
    from claimbook.data.dataset import select

    chosen = select(dataset, parameters.start, parameters.end, parameters.sides, parameters.counted)
    if not chosen.claims.empty:
        return
    given = {
        "start": parameters.start and parameters.start.isoformat(),
        "end": parameters.end and parameters.end.isoformat(),
        "sides": parameters.sides and ",".join(parameters.sides),
        "counted": parameters.counted and ",".join(parameters.counted),
    }
    named = ", ".join(f"{name}={value}" for name, value in given.items() if value) or "none"
    held = len(dataset.claims)
    raise ParameterError(
        f"the selection leaves no claims: the parameters ({named}) select none of the "
        f"{held:,} claim{'' if held == 1 else 's'} in {parameters.data_dir}; "
        "expected a period and sides that hold at least one claim"
    )


def chapter_parameters(chapter: "Chapter", parameters: ReportParameters, book_dir: Path) -> dict:
    """What papermill injects into a chapter: only the parameters it declares, with the data
    path relative to the executed notebook so that the notebook reruns from any clone."""
    values = parameters.for_notebook() | {
        "data_dir": os.path.relpath(parameters.data_dir, book_dir)
    }
    return {name: values[name] for name in chapter.parameters if name in values}


def chapter_jobs(project_root: Path, parameters: ReportParameters, book_dir: Path) -> list["Job"]:
    """A job for every chapter template of the project: what it is given and its cache key."""
    from claimbook.build.execution import Job, cache_key
    from claimbook.build.templates import chapters

    package, data = package_fingerprint(), data_fingerprint(parameters.data_dir)
    jobs = []
    for chapter in chapters(project_root):
        declared = chapter_parameters(chapter, parameters, book_dir)
        inputs = _dirs_fingerprint(chapter_inputs(chapter.name, project_root), project_root)
        key = cache_key(chapter, declared, data, package, inputs)
        jobs.append(Job(chapter, declared, book_dir, key))
    return jobs


def _publish_notebooks(notebooks: dict[str, Path], book_dir: Path) -> None:
    for name, executed in sorted(notebooks.items()):
        target = book_dir / f"{name}.ipynb"
        content = executed.read_bytes()
        if not target.exists() or target.read_bytes() != content:
            target.write_bytes(content)
