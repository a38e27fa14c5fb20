"""The command line: `claimbook validate`, `build`, `run`, `extract`, `evaluate`, `synthesize`,
`changelog`.

Each command is a thin layer over the package and imports what it needs when it runs, so that
a command that has little to do (a build with nothing changed) starts fast.
"""

import sys
from pathlib import Path

import click

from claimbook.build.layout import PARAMS_FILE


@click.group()
@click.version_option(package_name="claimbook")
def main() -> None:
    """A claim-by-claim report on press claims about North Korean soldiers in Russia."""


@main.command()
@click.argument("data_dir", default="data", type=click.Path(path_type=Path))
def validate(data_dir: Path) -> None:
    """Check every file of DATA_DIR and print every problem found: exit 1 if any is an error,
    0 if there are only warnings."""
    from claimbook.data.validate import inspect_data_dir

    report = inspect_data_dir(data_dir)
    for problem in [*report.errors, *report.warnings]:
        click.echo(str(problem), err=True)
    if report.errors:
        raise click.ClickException(
            f"{len(report.errors)} error(s) and {len(report.warnings)} warning(s) in {data_dir}"
        )
    noted = f" ({len(report.warnings)} warning(s))" if report.warnings else ""
    click.echo(f"{data_dir}: all articles, claims, claimants and places are valid{noted}")


JOBS = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Chapters executed at once (default: the number of cores).",
)
PARAMS = click.option(
    "--params",
    "params_file",
    default=PARAMS_FILE,
    show_default=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The file of published parameters.",
)


@main.command()
@PARAMS
@JOBS
def build(params_file: Path, jobs: int | None) -> None:
    """Execute every chapter into book/ and build the published site into _build/html."""
    _run(params_file, Path("."), {}, jobs)


@main.command()
@click.option(
    "--param",
    "-p",
    "pairs",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a parameter, e.g. end=2024-12-31 or sides=ukraine,usa (repeatable).",
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Where the variant's notebooks (DIR/book) and site (DIR/_build/html) go.",
)
@PARAMS
@JOBS
def run(pairs: tuple[str, ...], out_dir: Path, params_file: Path, jobs: int | None) -> None:
    """Execute every chapter with overridden parameters into a variant site; the published
    book/ and _build/ stay untouched."""
    from claimbook.build.parameters import ParameterError, parse_overrides

    if out_dir.resolve() == Path(".").resolve():
        raise click.UsageError("--out must not be the project root; use `claimbook build` there")
    try:
        overrides = parse_overrides(pairs)
    except ParameterError as error:
        raise click.UsageError(str(error)) from error
    _run(params_file, out_dir, overrides, jobs)


def _run(params_file: Path, out_dir: Path, overrides: dict, jobs: int | None) -> None:
    from claimbook.build.parameters import ParameterError
    from claimbook.build.pipeline import run as run_pipeline

    try:
        summary = run_pipeline(Path("."), params_file, out_dir, overrides, jobs, report=click.echo)
    except ParameterError as error:
        raise click.UsageError(str(error)) from error
    except Exception as error:
        cause = _cause(error)
        if cause is None:
            raise
        click.echo(str(error), err=True)
        raise click.ClickException(
            f"{cause}: nothing was published; the previous site is untouched"
        ) from error
    executed = ", ".join(summary.executed) or "none"
    click.echo(f"executed: {executed}; site {'rebuilt' if summary.site_rebuilt else 'unchanged'}")


def _cause(error: Exception) -> str | None:
    """What went wrong, in a reader's words, for the errors a run reports; None for a bug.
    The error classes are imported here, after the failure, so that a run that has nothing
    to do never imports the modules that define them."""
    from claimbook.build.execution import ExecutionError
    from claimbook.build.site import SiteBuildError
    from claimbook.data.problems import DataError

    causes = {
        DataError: "the data has problems",
        ExecutionError: "a chapter failed",
        SiteBuildError: "the site did not build",
    }
    return causes.get(type(error))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=False))
@click.option(
    "--out",
    "out_file",
    default="candidates/candidates.csv",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The CSV file the candidate claims are written to: by default under candidates/, "
    "which git ignores; or anywhere outside the repository.",
)
@click.option(
    "--data",
    "data_dir",
    default="data",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The data directory whose claimants.csv and places.csv the candidates are resolved to.",
)
def extract(paths: tuple[Path, ...], out_file: Path, data_dir: Path) -> None:
    """Propose candidate claims (figures and positions) from article files (or folders of
    them) into a CSV with the columns of claims.csv plus review and confidence. A file that
    cannot be read is reported and skipped; the others are still written, and the exit code
    is 1."""
    from tqdm import tqdm

    from claimbook.extraction.batch import article_files, extract_file, known_in
    from claimbook.extraction.extract import candidates_frame

    rows, failed = [], 0
    files = article_files(paths)
    known = known_in(data_dir)
    for path in tqdm(files, desc="extracting", unit="article", file=sys.stderr, disable=None):
        found, errors, warnings = extract_file(path, known)
        for message in [*errors, *warnings]:
            tqdm.write(message, file=sys.stderr)
        failed += bool(errors)
        rows += found
    frame = candidates_frame(rows)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(out_file, index=False, lineterminator="\n")
    click.echo(
        f"{len(frame)} candidate claim(s) from {len(files) - failed} article(s) written to "
        f"{out_file}",
        err=True,
    )
    if failed:
        raise click.ClickException(f"{failed} of {len(files)} file(s) could not be extracted")


@main.command()
@click.argument("data_dirs", nargs=-1, type=click.Path(path_type=Path))
def evaluate(data_dirs: tuple[Path, ...]) -> None:
    """Compare the extractor's candidates on the articles of each DATA_DIR (default: data and
    the development set) with its curated claims: precision, recall and F1 of figures and
    positions; bounds, counted, side and stance on the matches. One column per directory."""
    from claimbook.data.problems import DataError
    from claimbook.extraction.evaluate import evaluate_dirs

    try:
        result, warnings = evaluate_dirs(data_dirs)
    except DataError as error:
        raise click.ClickException(f"not valid data:\n{error}") from error
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(result.to_string(index=False))


@main.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--articles",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Number of article files.",
)
@click.option(
    "--claims",
    type=click.IntRange(min=0),
    default=1000,
    show_default=True,
    help="Number of claim rows, spread evenly over the articles.",
)
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Seed of the random choices: the same seed writes identical files.",
)
@click.option(
    "--reference",
    "reference_dir",
    default="data",
    show_default=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="The data directory whose places.csv and maps/ are copied.",
)
def synthesize(out_dir: Path, articles: int, claims: int, seed: int, reference_dir: Path) -> None:
    """Write a synthetic corpus into OUT_DIR (new or empty) in the real data formats, for
    measuring how the validator, the chapters and the extractor scale."""
    from claimbook.synthetic.writer import write_corpus

    try:
        corpus = write_corpus(out_dir, articles, claims, seed, reference_dir)
    except FileExistsError as error:
        raise click.UsageError(str(error)) from error
    click.echo(
        f"{corpus.data_dir}: {corpus.articles} articles, {corpus.claims} claims (seed {seed})"
    )


@main.command()
@click.argument("old")
@click.argument("new", default="data")
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the changelog (Markdown) here instead of printing it.",
)
def changelog(old: str, new: str, out_file: Path | None) -> None:
    """The claims and articles added, changed and removed from the data in OLD to the data in
    NEW (default: data). Each is a data directory, or git:REV for the data directory
    committed at revision REV, e.g. `claimbook changelog git:v0.1.0 data`."""
    import tempfile

    from claimbook.build.changelog import checkout_data, compare

    with tempfile.TemporaryDirectory() as scratch:
        try:
            old_dir = checkout_data(old, Path("data"), Path(scratch))
            new_dir = checkout_data(new, Path("data"), Path(scratch))
            text = compare(old_dir, new_dir).markdown(old, new)
        except (FileNotFoundError, ValueError) as error:
            raise click.ClickException(str(error)) from error
    if out_file:
        out_file.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
