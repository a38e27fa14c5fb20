"""Scale and speed of claimbook, each figure the median of several runs, next to its target.

    .venv/bin/python benchmarks/run.py [--repeats N] [--quick] [--only SECTION ...]

Sections: build (cold, no-change and one-parameter-change builds of a fresh copy of the
project, beside the same chapters executed one after another with the papermill command line and
built with `jupyter-book build`, as a user would by hand), parallel (chapters executed on a cold
cache by one worker and by one per core), validation (check_data_dir and load_data on synthetic
corpora of 1k, 10k, 100k and 1M claims, with the cost per claim), chapters (each chapter, and a
whole variant run with its site, on the largest corpus, its validated data cached) and
extraction (articles per second on synthetic ~600-word articles). Setup (copying the project,
writing corpora, filling the data cache) is never timed. Peak memory is measured in a process
of its own (benchmarks/probes.py). Figures on the largest corpus are measured once.
"""

import argparse
import functools
import json
import multiprocessing
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import psutil
from probes import report_parameters

from claimbook import vocab
from claimbook.build.execution import KERNEL_ENVIRONMENT, execute
from claimbook.build.layout import BOOK_DIR, PARAMS_FILE
from claimbook.build.pipeline import chapter_jobs, run
from claimbook.build.site import BUILD_OPTIONS, stage_files
from claimbook.build.templates import chapters
from claimbook.data.articles import article_paths
from claimbook.data.validate import load_data
from claimbook.extraction.batch import extract_file as extract_article_file
from claimbook.extraction.batch import known_in
from claimbook.synthetic.writer import write_corpus

ROOT = Path(__file__).resolve().parents[1]
PROBES = Path(__file__).with_name("probes.py")
CORES = os.cpu_count() or 1
MB = 1024**2
GB = 1024**3
SAMPLE_SECONDS = 0.2
WARM_UP_SECONDS = 120
NOT_COPIED = (".venv", ".git", "_build", ".cache", "variants", "test-artifacts", "__pycache__")
CLAIMS_PER_ARTICLE = 10
LARGE = 1_000_000
"""From this corpus size on, a figure is measured once: one run takes minutes."""
SEED = 20241023
CHANGED_PARAMETER = {"counted": [c for c in vocab.COUNTED if c != "hypothetical"]}
"""The one-parameter change: leave out one counted category (every chapter but places declares
`counted`)."""


@dataclass(frozen=True)
class Settings:
    """How much to measure: repeats per figure and the sizes of the synthetic corpora."""

    repeats: int
    corpus_claims: tuple[int, ...]
    extraction_articles: int
    chapter_limit: float
    sections: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    """One line of the table: a measured figure, its target and whether it is met."""

    what: str
    value: str
    target: str = ""
    passed: bool | None = None


def quiet(_: str) -> None:
    """A report callback that prints nothing, so that printing is not timed."""


def progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def median_of(repeats: int, measure: Callable[[], dict]) -> dict:
    """Run measure() repeats times; the median of each value it returns."""
    runs = [measure() for _ in range(repeats)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def megabytes(value: float) -> str:
    return f"{value / MB:,.0f} MB"


def verdict(passed: bool | None) -> str:
    return {True: "PASS", False: "FAIL", None: ""}[passed]


# --- setup ------------------------------------------------------------------------------------


@contextmanager
def fresh_project() -> Iterator[Path]:
    """A copy of the project without build outputs or caches, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="claimbook-bench-") as scratch:
        project = Path(scratch) / "project"
        shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(*NOT_COPIED))
        yield project


class Corpora:
    """Synthetic corpora written on first use into one scratch directory, by claim count."""

    def __init__(self, scratch: Path):
        self.scratch = scratch
        self.written: dict[int, Path] = {}

    def get(self, claims: int) -> Path:
        if claims not in self.written:
            articles = max(1, claims // CLAIMS_PER_ARTICLE)
            progress(f"writing a synthetic corpus of {articles} articles, {claims} claims")
            out = self.scratch / f"corpus-{claims}"
            self.written[claims] = write_corpus(out, articles, claims, SEED, ROOT / "data").data_dir
        return self.written[claims]


@dataclass(frozen=True)
class Probe:
    """What a probe process printed (None if it was stopped at its time limit), and the largest
    resident set seen in its process tree while it ran."""

    result: dict | None
    sampled_peak: int


def probe(*args: object, limit: float | None = None) -> Probe:
    """Run one measurement of benchmarks/probes.py in a fresh process; stop its whole process
    group (kernel included) if it runs longer than limit seconds. Its output goes to files, so
    that a chatty kernel cannot fill a pipe and stall; its temporary files go to a scratch
    directory, so that a stopped run leaves nothing behind."""
    command = [sys.executable, str(PROBES), *map(str, args)]
    with (
        tempfile.TemporaryDirectory(prefix="claimbook-probe-") as scratch,
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as errors,
    ):
        environment = os.environ | {"TMPDIR": scratch}
        process = subprocess.Popen(
            command, stdout=out, stderr=errors, env=environment, start_new_session=True
        )
        peak, started = 0, time.perf_counter()
        while process.poll() is None:
            peak = max(peak, largest_resident_set(process.pid))
            if limit is not None and time.perf_counter() - started > limit:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                return Probe(None, peak)
            time.sleep(SAMPLE_SECONDS)
        out.seek(0)
        errors.seek(0)
        if process.returncode:
            raise RuntimeError(f"probe {args} failed:\n{errors.read()[-3000:]}")
        return Probe(json.loads(out.read().splitlines()[-1]), peak)


def largest_resident_set(pid: int) -> int:
    """The largest resident set among a process and its descendants (0 if it is gone)."""
    try:
        root = psutil.Process(pid)
        members = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    sizes = [0]
    for member in members:
        with suppress(psutil.NoSuchProcess):
            sizes.append(member.memory_info().rss)
    return max(sizes)


# --- sections ---------------------------------------------------------------------------------


def build_once() -> dict:
    """Cold build of a fresh copy, then a rebuild with nothing changed, then a rebuild with
    one parameter changed; and the same chapters and site made by hand in another fresh copy.
    Seconds of each."""
    with fresh_project() as project:
        build = partial(run, project, project / PARAMS_FILE, project, report=quiet)
        times = {
            "cold": timed(build),
            "unchanged": timed(build),
            "changed": timed(lambda: build(overrides=CHANGED_PARAMETER)),
        }
    with fresh_project() as project:
        return times | {"by_hand": by_hand(project)}


def tool(name: str) -> str:
    """A command-line tool of the project's environment."""
    return str(Path(sys.executable).with_name(name))


def by_hand(project: Path) -> float:
    """Seconds to execute every chapter one after another with the papermill command line
    (each given the parameters it declares, in the book folder) and then build the site with
    `jupyter-book build`. Writing the site's generated files (bibliography, downloads) between
    the two is not timed: the pipeline's own staging is a few milliseconds."""
    parameters = report_parameters(project)
    book = project / BOOK_DIR
    jobs = chapter_jobs(project, parameters, book)
    environment = os.environ | KERNEL_ENVIRONMENT
    executed = {job.chapter.name: book / f"{job.chapter.name}.ipynb" for job in jobs}
    started = time.perf_counter()
    for job in jobs:
        command = [tool("papermill"), str(job.chapter.template), str(executed[job.chapter.name]),
                   "-y", json.dumps(job.parameters), "--cwd", str(book), "-k", "python3",
                   "--no-progress-bar"]  # fmt: skip
        subprocess.run(command, check=True, capture_output=True, env=environment)
    papermill_seconds = time.perf_counter() - started
    stage = project / "stage"
    files = stage_files(project, executed, load_data(parameters.data_dir), parameters.data_dir)
    for name, content in files.items():
        (stage / name).parent.mkdir(parents=True, exist_ok=True)
        (stage / name).write_bytes(content)
    started = time.perf_counter()
    command = [tool("jupyter-book"), "build", str(stage), *BUILD_OPTIONS]
    subprocess.run(command, check=True, capture_output=True, env=environment)
    return papermill_seconds + time.perf_counter() - started


def measure_builds(settings: Settings, corpora: Corpora) -> list[Row]:
    progress(f"build: {settings.repeats} x (cold, no-change, one-parameter-change, by hand)")
    times = median_of(settings.repeats, build_once)
    share = times["unchanged"] / times["cold"]
    ratio = times["cold"] / times["by_hand"]
    return [
        Row("cold build (claimbook build, empty cache)", seconds(times["cold"])),
        Row("papermill CLI one by one + jupyter-book build", seconds(times["by_hand"])),
        Row("  cold build / by hand", f"{ratio:.2f}", "<= 0.4", ratio <= 0.4),
        Row("no-change rebuild", seconds(times["unchanged"])),
        Row("  no-change rebuild / cold build", f"{share:.1%}", "<= 5%", share <= 0.05),
        Row("one-parameter-change rebuild (counted)", seconds(times["changed"])),
    ]


def execute_cold(workers: int) -> float:
    """Seconds to execute every chapter of a fresh copy on an empty cache (no site build)."""
    with fresh_project() as project:
        parameters = report_parameters(project)
        jobs = chapter_jobs(project, parameters, project / "book")
        return timed(lambda: execute(jobs, project / ".cache" / "bench", workers, quiet))


def measure_parallel(settings: Settings, corpora: Corpora) -> list[Row]:
    progress(f"parallel: {settings.repeats} x (1 worker, {CORES} workers), cold cache")
    times = median_of(
        settings.repeats,
        lambda: {"sequential": execute_cold(1), "parallel": execute_cold(CORES)},
    )
    ratio = times["parallel"] / times["sequential"]
    return [
        Row("chapters executed, 1 worker (cold cache)", seconds(times["sequential"])),
        Row(f"chapters executed, {CORES} workers (cold cache)", seconds(times["parallel"])),
        Row("  parallel / sequential", f"{ratio:.2f}", "<= 0.65", ratio <= 0.65),
    ]


def measure_validation(settings: Settings, corpora: Corpora) -> list[Row]:
    rows = []
    largest = max(settings.corpus_claims)
    for claims in settings.corpus_claims:
        data_dir = corpora.get(claims)
        repeats = 1 if claims == largest and claims >= LARGE else settings.repeats
        progress(f"validation: {repeats} x {claims} claims")
        result = median_of(repeats, lambda d=data_dir: probe("validate", d).result)
        if result["problems"]:
            raise RuntimeError(f"the synthetic corpus {data_dir} is not valid")
        check = result["check_seconds"]
        target = ("< 60 s", check < 60) if claims == largest else ("", None)
        per_claim = f"{check / claims * 1e6:,.0f} µs per claim"
        rows += [
            Row(f"validate {claims:,} claims (check_data_dir)", seconds(check), *target),
            Row("  cost per claim", per_claim),
            Row(f"load {claims:,} claims (load_data)", seconds(result["load_seconds"])),
            Row(f"  peak memory, validate + load {claims:,}", megabytes(result["peak_bytes"])),
        ]
    return rows


def measure_chapters(settings: Settings, corpora: Corpora) -> list[Row]:
    claims = max(settings.corpus_claims)
    data_dir = corpora.get(claims)
    cache = corpora.scratch / "data-cache"
    repeats = 1 if claims >= LARGE else settings.repeats
    rows = []
    for chapter in chapters(ROOT):
        progress(f"chapters: up to {repeats} x {chapter.name} on {claims} claims")
        runs = chapter_runs(data_dir, cache, chapter.name, repeats, settings.chapter_limit)
        rows += chapter_rows(f"chapter {chapter.name} on {claims:,} claims", runs, settings)
    progress(f"chapters: a variant run with its site on {claims} claims")
    with fresh_project() as project:
        variant = probe("variant", project, data_dir, cache).result
    taken = variant["seconds"]
    rows.append(
        Row(f"all chapters + site of a variant, {claims:,} claims", seconds(taken), "< 150 s",
            taken < 150)
    )  # fmt: skip
    return rows


def chapter_runs(data_dir: Path, cache: Path, name: str, repeats: int, limit: float) -> list[Probe]:
    """Up to `repeats` runs of one chapter; no more once one is stopped at the limit."""
    runs = []
    while len(runs) < repeats and (not runs or runs[-1].result is not None):
        with tempfile.TemporaryDirectory(prefix=f"claimbook-bench-{name}-") as out:
            runs.append(probe("chapter", ROOT, data_dir, name, out, cache, limit=limit))
        failure = runs[-1].result and runs[-1].result["failure"]
        if failure:
            raise RuntimeError(failure)
    return runs


def chapter_rows(what: str, runs: list[Probe], settings: Settings) -> list[Row]:
    """Time and peak memory of a chapter: medians, or what was seen before it was stopped."""
    peaks = [max(run.sampled_peak, (run.result or {}).get("peak_bytes", 0)) for run in runs]
    peak = statistics.median(peaks)
    if runs[-1].result is None:
        time_row = Row(what, f"> {settings.chapter_limit:.0f} s (stopped)", "< 30 s", False)
        memory = (f">= {megabytes(peak)}", "< 4 GB", False if peak >= 4 * GB else None)
    else:
        taken = statistics.median(run.result["seconds"] for run in runs)
        time_row = Row(what, seconds(taken), "< 30 s", taken < 30)
        memory = (megabytes(peak), "< 4 GB", peak < 4 * GB)
    return [time_row, Row("  peak memory of its kernel", *memory)]


def measure_extraction(settings: Settings, corpora: Corpora) -> list[Row]:
    claims = settings.extraction_articles * CLAIMS_PER_ARTICLE
    paths = article_paths(corpora.get(claims))
    progress(f"extraction: {settings.repeats} x {len(paths)} articles, 1 and {CORES} processes")
    runs = [(extract_all(paths, 1), extract_all(paths, CORES)) for _ in range(settings.repeats)]
    one = len(paths) / statistics.median(seconds for (seconds, _), _ in runs)
    parallel = len(paths) / statistics.median(seconds for _, (seconds, _) in runs)
    found = runs[0][0][1]
    return [
        Row("extraction, 1 process", f"{one:.1f} articles/s", ">= 50 articles/s", one >= 50),
        Row(f"extraction, {CORES} processes", f"{parallel:.1f} articles/s"),
        Row("  per core", f"{parallel / CORES:.1f} articles/s", ">= 50 articles/s",
            parallel / CORES >= 50),
        Row("  candidates found per article", f"{found / len(paths):.1f}"),
    ]  # fmt: skip


@functools.cache
def known() -> object:
    """The claimants and places `claimbook extract` resolves candidates to by default."""
    return known_in(ROOT / "data")


def extract_file(path: Path) -> int:
    """Extract candidate claims from one article file as `claimbook extract` does (claimants
    and places resolved to the project's data); how many."""
    return len(extract_article_file(path, known())[0])


def extract_all(paths: list[Path], processes: int) -> tuple[float, int]:
    """Seconds to extract candidate claims from every article with this many processes, and
    how many were found. Each process extracts from one article before the clock starts, so
    that loading its language pipeline is not timed."""
    if processes == 1:
        extract_file(paths[0])
        return timed_count(lambda: sum(map(extract_file, paths)))
    ready = multiprocessing.Barrier(processes + 1)
    with ProcessPoolExecutor(
        processes,
        mp_context=multiprocessing.get_context("fork"),
        initializer=warm_up,
        initargs=(paths[0], ready),
    ) as pool:
        pool.submit(abs, 0)  # starts every worker at once (fork)
        ready.wait(timeout=WARM_UP_SECONDS)
        return timed_count(lambda: sum(pool.map(extract_file, paths, chunksize=8)))


def warm_up(path: Path, ready: threading.Barrier) -> None:
    """Load a worker's language pipeline, then wait until every worker and the timer are ready."""
    extract_file(path)
    ready.wait(timeout=WARM_UP_SECONDS)


def timed_count(action: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    found = action()
    return time.perf_counter() - started, found


MEASURES = {
    "build": measure_builds,
    "parallel": measure_parallel,
    "validation": measure_validation,
    "chapters": measure_chapters,
    "extraction": measure_extraction,
}
SECTIONS = tuple(MEASURES)


# --- output -----------------------------------------------------------------------------------


def load_average() -> str:
    return ", ".join(f"{load:.1f}" for load in os.getloadavg())


def machine(load_before: str) -> list[str]:
    """The machine the figures were measured on, and how busy it was (other processes share
    the cores, and the figures are only as good as the machine was quiet)."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    memory = psutil.virtual_memory().total / GB
    return [
        f"CPU: {cpu}",
        f"cores: {CORES}, memory: {memory:.1f} GB",
        f"Python {platform.python_version()} ({sys.executable})",
        f"load average (1, 5, 15 min): {load_before} before, {load_average()} after",
    ]


def table(rows: list[Row]) -> str:
    header = ("measurement", "median", "target", "result")
    cells = [header, *((row.what, row.value, row.target, verdict(row.passed)) for row in rows)]
    widths = [max(len(cell[i]) for cell in cells) for i in range(len(header))]
    lines = ["  ".join(cell[i].ljust(widths[i]) for i in range(len(header))) for cell in cells]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(line.rstrip() for line in lines)


def summary(rows: list[Row]) -> str:
    checked = [row for row in rows if row.passed is not None]
    failed = [row.what.strip() for row in checked if not row.passed]
    verdicts = f"{len(checked) - len(failed)} of {len(checked)} targets met"
    return verdicts + (f"; failed: {', '.join(failed)}" if failed else "")


# --- command line -----------------------------------------------------------------------------


def settings_from(arguments: list[str]) -> Settings:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, help="runs per figure (default 3, quick 1)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one run each, corpora of 100 and 1,000 claims: a smoke test",
    )
    parser.add_argument(
        "--chapter-limit",
        type=float,
        default=120,
        help="seconds after which a chapter probe (its start-up included) is stopped and fails "
        "its target (default 120)",
    )
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=SECTIONS)
    options = parser.parse_args(arguments)
    sizes, articles = (
        ((100, 1_000), 20) if options.quick else ((1_000, 10_000, 100_000, LARGE), 200)
    )
    repeats = options.repeats or (1 if options.quick else 3)
    return Settings(repeats, sizes, articles, options.chapter_limit, tuple(options.only))


def main(arguments: list[str]) -> None:
    settings = settings_from(arguments)
    load_before, rows = load_average(), []
    with tempfile.TemporaryDirectory(prefix="claimbook-corpora-") as scratch:
        corpora = Corpora(Path(scratch))
        for section in settings.sections:
            rows += MEASURES[section](settings, corpora)
    print("\n".join(machine(load_before)))
    print(f"each figure the median of {settings.repeats} run(s)\n")
    print(table(rows))
    print("\n" + summary(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
