"""Measurements that need a process of their own, so that its peak memory is theirs alone.

benchmarks/run.py starts this script once per measurement; it prints one JSON object.

    python benchmarks/probes.py validate DATA_DIR
    python benchmarks/probes.py chapter PROJECT_ROOT DATA_DIR CHAPTER OUT_DIR CACHE_DIR
    python benchmarks/probes.py variant PROJECT_ROOT DATA_DIR CACHE_DIR

A chapter and a variant find the corpus validated in CACHE_DIR (filled first, untimed, if
it is not), as the chapters of a build find it after the build has validated the data once.
"""

import json
import os
import resource
import sys
import time
from pathlib import Path

from claimbook.build.execution import ExecutionError, execute
from claimbook.build.layout import BOOK_DIR, PARAMS_FILE
from claimbook.build.parameters import ReportParameters
from claimbook.build.pipeline import chapter_jobs, resolve_parameters, run
from claimbook.data import cache
from claimbook.data.cache import CACHE_ENV
from claimbook.data.validate import check_data_dir, load_data

KIB = 1024


def report_parameters(project_root: Path, data_dir: Path | None = None) -> ReportParameters:
    """The project's published parameters, with data_dir pointed elsewhere if given."""
    overrides = {} if data_dir is None else {"data_dir": data_dir}
    return resolve_parameters(project_root / PARAMS_FILE, overrides)


def probe_validate(data_dir: str) -> dict:
    """Seconds to validate (check_data_dir) and to load (load_data), and the peak memory."""
    started = time.perf_counter()
    problems = check_data_dir(Path(data_dir))
    checked = time.perf_counter()
    load_data(Path(data_dir))
    loaded = time.perf_counter()
    return {
        "problems": len(problems),
        "check_seconds": checked - started,
        "load_seconds": loaded - checked,
        "peak_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * KIB,
    }


def fill_cache(data_dir: Path, cache_dir: Path) -> None:
    """Validate the corpus into the cache unless it is there already."""
    folder = cache.entry(data_dir, cache_dir)
    if cache.read(folder) is None:
        cache.write(load_data(data_dir), folder)


def probe_chapter(
    project_root: str, data_dir: str, name: str, out_dir: str, cache_dir: str
) -> dict:
    """Seconds to execute one chapter as the pipeline does (a warmed-up kernel, papermill, then
    normalised into a cache), and the peak memory of its kernel: the largest child process
    waited for."""
    root, out = Path(project_root), Path(out_dir)
    fill_cache(Path(data_dir), Path(cache_dir))
    book_dir = out / BOOK_DIR
    book_dir.mkdir(parents=True, exist_ok=True)
    jobs = chapter_jobs(root, report_parameters(root, Path(data_dir)), book_dir)
    job = next(job for job in jobs if job.chapter.name == name)
    started = time.perf_counter()
    try:
        execute([job], out, 1, lambda message: None, {CACHE_ENV: str(cache_dir)})
        failure = None
    except ExecutionError as error:
        failure = str(error)
    return {
        "failure": failure,
        "seconds": time.perf_counter() - started,
        "peak_bytes": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * KIB,
    }


def probe_variant(project_root: str, data_dir: str, cache_dir: str) -> dict:
    """Seconds of a whole variant run on the corpus: every chapter executed and the site built
    into a folder of its own."""
    root = Path(project_root)
    fill_cache(Path(data_dir), Path(cache_dir))
    os.environ[CACHE_ENV] = cache_dir
    started = time.perf_counter()
    run(root, root / PARAMS_FILE, root / "variant", {"data_dir": data_dir}, report=lambda m: None)
    return {"seconds": time.perf_counter() - started}


PROBES = {"validate": probe_validate, "chapter": probe_chapter, "variant": probe_variant}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](*sys.argv[2:])))
