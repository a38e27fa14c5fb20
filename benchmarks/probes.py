"""Measurements that need a process of their own, so that its peak memory is theirs alone.

benchmarks/run.py starts this script once per measurement; it prints one JSON object.

    python benchmarks/probes.py validate DATA_DIR
    python benchmarks/probes.py chapter PROJECT_ROOT DATA_DIR CHAPTER OUT_DIR
"""

import json
import resource
import sys
import time
from pathlib import Path

from claimbook.build.execution import ExecutionError, execute
from claimbook.build.layout import BOOK_DIR, PARAMS_FILE
from claimbook.build.parameters import ReportParameters
from claimbook.build.pipeline import chapter_jobs, resolve_parameters
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


def probe_chapter(project_root: str, data_dir: str, name: str, out_dir: str) -> dict:
    """Seconds to execute one chapter as the pipeline does (a warmed-up kernel, papermill, then
    normalised into a cache), and the peak memory of its kernel: the largest child process
    waited for."""
    root, out = Path(project_root), Path(out_dir)
    book_dir = out / BOOK_DIR
    book_dir.mkdir(parents=True, exist_ok=True)
    jobs = chapter_jobs(root, report_parameters(root, Path(data_dir)), book_dir)
    job = next(job for job in jobs if job.chapter.name == name)
    started = time.perf_counter()
    try:
        execute([job], out, 1, lambda message: None)
        failure = None
    except ExecutionError as error:
        failure = str(error)
    return {
        "failure": failure,
        "seconds": time.perf_counter() - started,
        "peak_bytes": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * KIB,
    }


PROBES = {"validate": probe_validate, "chapter": probe_chapter}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](*sys.argv[2:])))
