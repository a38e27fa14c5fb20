"""Executing chapter templates with papermill: cached by content, in parallel, reproducibly.

A chapter's cache key covers its template, the parameters it declares, the package code, the
data directory and any other directory the chapter reads; an executed notebook is reused
whenever the key is unchanged.

Starting a kernel and importing pandas, matplotlib and the package cost more than most chapters
do, so chapters are not each given a fresh kernel: every worker starts one kernel, warms it up
with the imports the templates make, and executes its chapters one after another, resetting the
kernel's namespace in between (`%reset`: the variables go, the imported modules stay). Kernels
talk over Unix sockets (IPC), so parallel kernels never clash on TCP ports.
"""

import hashlib
import json
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import papermill
from jupyter_client.manager import KernelManager
from traitlets import default

from claimbook.build.templates import PARAMETERS_TAG, Chapter, normalise

KERNEL = "python3"
KERNEL_ENVIRONMENT = {
    "PYTHONHASHSEED": "0",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
}

Report = Callable[[str], None]

RESET = (
    "import matplotlib.pyplot\n"
    "matplotlib.pyplot.close('all')\n"
    "get_ipython().reset(new_session=True)"
)
"""What a kernel runs between two chapters: every figure closed, every variable gone, the
execution count back at 1, as in a fresh kernel."""
START_TIMEOUT = 120


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


def cache_key(chapter: Chapter, parameters: dict, data: str, package: str, inputs: str) -> str:
    """The content address of a chapter's executed notebook, from the fingerprints of the data,
    the package and the other inputs the chapter reads (``pipeline.chapter_inputs``)."""
    parts = {
        "template": hashlib.sha256(chapter.template.read_bytes()).hexdigest(),
        "parameters": parameters,
        "package": package,
        "data": data,
        "inputs": inputs,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


def execute(
    jobs: list[Job],
    cache_dir: Path,
    workers: int,
    report: Report,
    environment: dict[str, str] | None = None,
) -> ExecutionResult:
    """Executed notebooks for every job: from the cache when possible, the rest in parallel,
    on kernels whose environment holds `environment` in addition."""
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
    kernel_environment = KERNEL_ENVIRONMENT | (environment or {})
    failures = _run_pending(pending, cache_dir, workers, report, result, kernel_environment)
    if failures:
        raise ExecutionError("\n".join(failures))
    return result


def _run_pending(
    pending: list[Job],
    cache_dir: Path,
    workers: int,
    report: Report,
    result: ExecutionResult,
    environment: dict[str, str],
) -> list[str]:
    """Execute the jobs on up to `workers` kernels at once; the failure messages, sorted."""
    if not pending:
        return []
    jobs: queue.Queue[Job] = queue.Queue()
    for job in pending:
        jobs.put(job)
    failures: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        failure = _drain(jobs, cache_dir, report, result, lock, environment)
        if failure:
            with lock:
                failures.extend(failure)

    threads = [threading.Thread(target=work) for _ in range(max(1, min(workers, len(pending))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.executed.sort()
    return sorted(failures)


def _drain(
    jobs: "queue.Queue[Job]",
    cache_dir: Path,
    report: Report,
    result: ExecutionResult,
    lock: threading.Lock,
    environment: dict[str, str],
) -> list[str]:
    """One worker: a warmed-up kernel that executes queued jobs until none is left."""
    first = _next(jobs)
    if first is None:
        return []
    failures = []
    try:
        code = warm_up(job.chapter for job in [first, *list(jobs.queue)])
        kernel = Kernel(first.cwd, code, environment)
    except RuntimeError as error:
        return [f"chapter {first.chapter.name}: the kernel did not start ({error})"]
    try:
        job = first
        while job is not None:
            with lock:
                report(f"  {job.chapter.name}: executing {job.chapter.template}")
            failure = run_job(job, cache_dir, kernel)
            with lock:
                if failure:
                    failures.append(failure)
                    report(f"  {job.chapter.name}: FAILED")
                else:
                    report(f"  {job.chapter.name}: done")
                    result.notebooks[job.chapter.name] = cache_dir / f"{job.key}.ipynb"
                    result.executed.append(job.chapter.name)
            job = _next(jobs)
    finally:
        kernel.close()
    return failures


def _next(jobs: "queue.Queue[Job]") -> Job | None:
    try:
        return jobs.get_nowait()
    except queue.Empty:
        return None


def warm_up(chapters) -> str:
    """The import statements of the chapters' code cells, each once, in order of appearance:
    run once per kernel, so that no chapter pays for them again."""
    imports = []
    for chapter in chapters:
        for cell in nbformat.read(chapter.template, as_version=4).cells:
            if cell.cell_type == "code":
                imports += [
                    line
                    for line in cell.source.splitlines()
                    if line.startswith(("import ", "from ")) and line not in imports
                ]
    return "\n".join(imports)


class IPCKernelManager(KernelManager):
    """Kernels that talk over Unix sockets in a folder of their own: no TCP ports to clash
    between parallel kernels, and no warning about unencrypted TCP."""

    @default("transport")
    def _default_transport(self) -> str:
        return "ipc"

    @default("ip")
    def _default_ip(self) -> str:
        return str(Path(tempfile.mkdtemp(prefix="claimbook-kernel-")) / "kernel")


class Kernel:
    """One kernel for a sequence of chapters: started in cwd with the environment in addition
    to this process's, warmed up with `code`."""

    def __init__(self, cwd: Path, code: str, environment: dict[str, str]):
        self.manager = IPCKernelManager(kernel_name=KERNEL)
        self.manager.start_kernel(cwd=str(cwd), env=os.environ | environment)
        self.client = self.manager.blocking_client()
        self.client.start_channels()
        try:
            self.client.wait_for_ready(timeout=START_TIMEOUT)
            self.run(code)
        except RuntimeError:
            self.close()
            raise

    def run(self, code: str) -> None:
        """Run code that prints nothing; RuntimeError with the kernel's error if it fails."""
        reply = self.client.execute_interactive(
            code, store_history=False, timeout=START_TIMEOUT, output_hook=lambda message: None
        )
        content = reply["content"]
        if content["status"] != "ok":
            raise RuntimeError(f"{content.get('ename')}: {content.get('evalue')}")

    def close(self) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)
        shutil.rmtree(Path(self.manager.ip).parent, ignore_errors=True)


def run_job(job: Job, cache_dir: Path, kernel: Kernel) -> str | None:
    """Execute one chapter on the kernel into the cache; a message naming the chapter, the
    template's cell and the error if it fails."""
    with tempfile.TemporaryDirectory(prefix=f"claimbook-{job.chapter.name}-") as scratch:
        output = Path(scratch) / f"{job.chapter.name}.ipynb"
        try:
            kernel.run(RESET)
            papermill.execute_notebook(
                str(job.chapter.template),
                str(output),
                parameters=job.parameters,
                kernel_name=KERNEL,
                progress_bar=False,
                log_output=False,
                km=kernel.manager,
            )
        except papermill.PapermillExecutionError as error:
            return _failure(job, error, _keep(output, cache_dir))
        except RuntimeError as error:
            return f"chapter {job.chapter.name}: the kernel could not be reset ({error})"
        normalise(output)
        shutil.move(output, cache_dir / f"{job.key}.ipynb")
    return None


def _keep(output: Path, cache_dir: Path) -> Path:
    kept = cache_dir / "failed" / output.name
    kept.parent.mkdir(exist_ok=True)
    shutil.copy(output, kept)
    return kept


def _failure(job: Job, error: papermill.PapermillExecutionError, kept: Path) -> str:
    """The failure as the template's author sees it: the template's own cell number (the
    executed copy has the injected parameters cell in addition) and its first line."""
    cells = nbformat.read(job.chapter.template, as_version=4).cells
    tagged = [i for i, cell in enumerate(cells) if PARAMETERS_TAG in cell.metadata.get("tags", [])]
    index = error.cell_index - (1 if tagged and error.cell_index > tagged[0] else 0)
    first_line = cells[index].source.splitlines()[0] if cells[index].source else ""
    return (
        f"chapter {job.chapter.name}: cell {index} of {job.chapter.template} ({first_line!r}) "
        f"raised {error.ename}: {error.evalue}\n"
        f"    the executed notebook with the error is kept at {kept}"
    )
