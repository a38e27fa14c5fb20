"""The command line: `claimbook validate`, `build`, `run`, `extract`, `evaluate`."""

from pathlib import Path

import click

from claimbook.execution import ExecutionError
from claimbook.extraction.commands import evaluate, extract
from claimbook.params import ParameterError, parse_overrides
from claimbook.pipeline import run as run_pipeline
from claimbook.problems import DataError
from claimbook.site import SiteBuildError
from claimbook.synthetic import synthesize
from claimbook.validate import check_data_dir

PARAMS_FILE = "params.yml"


@click.group()
@click.version_option(package_name="claimbook")
def main() -> None:
    """A claim-by-claim report on press claims about North Korean soldiers in Russia."""


main.add_command(extract)
main.add_command(evaluate)
main.add_command(synthesize)


@main.command()
@click.argument("data_dir", default="data", type=click.Path(path_type=Path))
def validate(data_dir: Path) -> None:
    """Check every file of DATA_DIR and print every problem found (exit 1 if any)."""
    problems = check_data_dir(data_dir)
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {data_dir}")
    click.echo(f"{data_dir}: all articles, claims and places are valid")


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
    if out_dir.resolve() == Path(".").resolve():
        raise click.UsageError("--out must not be the project root; use `claimbook build` there")
    try:
        overrides = parse_overrides(pairs)
    except ParameterError as error:
        raise click.UsageError(str(error)) from error
    _run(params_file, out_dir, overrides, jobs)


def _run(params_file: Path, out_dir: Path, overrides: dict, jobs: int | None) -> None:
    try:
        summary = run_pipeline(Path("."), params_file, out_dir, overrides, jobs, report=click.echo)
    except ParameterError as error:
        raise click.UsageError(str(error)) from error
    except (DataError, ExecutionError, SiteBuildError) as error:
        click.echo(str(error), err=True)
        raise click.ClickException(
            f"{type(error).__name__}: nothing was published; the previous site is untouched"
        ) from error
    executed = ", ".join(summary.executed) or "none"
    click.echo(f"executed: {executed}; site {'rebuilt' if summary.site_rebuilt else 'unchanged'}")
