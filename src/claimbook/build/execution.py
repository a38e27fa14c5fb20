"""Executing chapter templates with papermill: cached by content, in parallel, reproducibly.

A chapter's cache key covers its template, the parameters it declares, the package code and
the data directory; an executed notebook is reused whenever the key is unchanged.
"""

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import papermill

import claimbook
from claimbook.build.templates import Chapter, normalise

KERNEL = "python3"
KERNEL_ENVIRONMENT = {
    "PYTHONHASHSEED": "0",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
}

Report = Callable[[str], None]


class ExecutionError(RuntimeError):
    """One or more chapters failed; the message names each chapter, cell and error."""


@dataclass(frozen=True)
class Job:
    """One chapter to execute with its parameters, in a working directory."""

    chapter: Chapter
    parameters: dict
    cwd: Path
    key: str


@dataclass
class ExecutionResult:
    """Where each chapter's executed notebook is, and which chapters actually ran."""

    notebooks: dict[str, Path] = field(default_factory=dict)
    executed: list[str] = field(default_factory=list)


def package_fingerprint() -> str:
    """A hash of the package's source code: a code change invalidates every chapter."""
    root = Path(claimbook.__file__).parent
    return _hash_files(sorted(root.rglob("*.py")), root)


def data_fingerprint(data_dir: Path) -> str:
    """A hash of every file of the data directory."""
    data_dir = Path(data_dir)
    return _hash_files(sorted(p for p in data_dir.rglob("*") if p.is_file()), data_dir)


def _hash_files(files: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    return digest.hexdigest()


def cache_key(chapter: Chapter, parameters: dict, data: str, package: str) -> str:
    """The content address of a chapter's executed notebook, from the fingerprints of the data
    and the package."""
    parts = {
        "template": hashlib.sha256(chapter.template.read_bytes()).hexdigest(),
        "parameters": parameters,
        "package": package,
        "data": data,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


def execute(jobs: list[Job], cache_dir: Path, workers: int, report: Report) -> ExecutionResult:
    """Executed notebooks for every job: from the cache when possible, the rest in parallel."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    result = ExecutionResult()
    pending = []
    for job in jobs:
        cached = cache_dir / f"{job.key}.ipynb"
        if cached.exists():
            report(f"  {job.chapter.name}: unchanged, using the cached execution")
            result.notebooks[job.chapter.name] = cached
        else:
            pending.append(job)
    failures = _run_pending(pending, cache_dir, workers, report, result)
    if failures:
        raise ExecutionError("\n".join(failures))
    return result


def _run_pending(
    pending: list[Job], cache_dir: Path, workers: int, report: Report, result: ExecutionResult
) -> list[str]:
    failures = []
    if not pending:
        return failures
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(pending)))) as pool:
        futures = {}
        for job in pending:
            report(f"  {job.chapter.name}: executing {job.chapter.template}")
            futures[pool.submit(run_job, job, cache_dir)] = job
        for future in as_completed(futures):
            job = futures[future]
            failure = future.result()
            if failure:
                failures.append(failure)
                report(f"  {job.chapter.name}: FAILED")
            else:
                report(f"  {job.chapter.name}: done")
                result.notebooks[job.chapter.name] = cache_dir / f"{job.key}.ipynb"
                result.executed.append(job.chapter.name)
    result.executed.sort()
    return sorted(failures)


def run_job(job: Job, cache_dir: Path) -> str | None:
    """Execute one chapter into the cache; a message naming chapter, cell and error if it fails.

    Runs in a worker process, so it returns the failure instead of raising it.
    """
    os.environ.update(KERNEL_ENVIRONMENT)
    with tempfile.TemporaryDirectory(prefix=f"claimbook-{job.chapter.name}-") as scratch:
        output = Path(scratch) / f"{job.chapter.name}.ipynb"
        try:
            papermill.execute_notebook(
                str(job.chapter.template),
                str(output),
                parameters=job.parameters,
                cwd=str(job.cwd),
                kernel_name=KERNEL,
                progress_bar=False,
                log_output=False,
            )
        except papermill.PapermillExecutionError as error:
            kept = cache_dir / "failed" / output.name
            kept.parent.mkdir(exist_ok=True)
            shutil.copy(output, kept)
            return (
                f"chapter {job.chapter.name} ({job.chapter.template}): cell {error.cell_index} "
                f"(execution count {error.exec_count}) raised {error.ename}: {error.evalue}\n"
                f"    the executed notebook with the error is kept at {kept}"
            )
        normalise(output)
        shutil.move(output, cache_dir / f"{job.key}.ipynb")
    return None
