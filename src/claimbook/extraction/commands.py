"""The ``claimbook extract`` and ``claimbook evaluate`` commands.

Both are standalone click commands; the command-line group registers them with
``main.add_command``.
"""

import sys
from pathlib import Path

import click
from tqdm import tqdm

from claimbook.articles import ARTICLE_DIR, article_paths, read_article
from claimbook.extraction.evaluate import evaluation
from claimbook.extraction.extract import article_text, candidates_frame, extract_article
from claimbook.problems import DataError
from claimbook.validate import load_data


def article_files(paths: tuple[Path, ...]) -> list[Path]:
    """The article files named: files as given, folders by their *.md files (a data
    directory by its articles/ folder), in name order within a folder."""
    files = []
    for path in paths:
        if (path / ARTICLE_DIR).is_dir():
            files += article_paths(path)
        else:
            files += sorted(path.glob("*.md")) if path.is_dir() else [path]
    return files


def _extract_file(path: Path) -> tuple[list[dict], list[str], list[str]]:
    """(candidate rows, errors that stopped the file, warnings) for one article file."""
    try:
        article, problems = read_article(path)
    except OSError as error:
        return [], [f"{path}: cannot be read ({error.strerror or error})"], []
    if article is None:
        return [], [str(problem) for problem in problems], []
    try:
        text = article_text(article.meta, article.body)
    except ValueError as error:
        return [], [f"{path}: {error}"], []
    return extract_article(text), [], [f"warning: {problem}" for problem in problems]


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=False))
@click.option(
    "--out",
    "out_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The CSV file the candidate claims are written to.",
)
def extract(paths: tuple[Path, ...], out_file: Path) -> None:
    """Propose candidate claims from article files (or folders of them) into a CSV with the
    columns of claims.csv plus status and confidence. A file that cannot be read is reported
    and skipped; the others are still written, and the exit code is 1."""
    rows, failed = [], 0
    files = article_files(paths)
    for path in tqdm(files, desc="extracting", unit="article", file=sys.stderr, disable=None):
        found, errors, warnings = _extract_file(path)
        for message in [*errors, *warnings]:
            tqdm.write(message, file=sys.stderr)
        failed += bool(errors)
        rows += found
    frame = candidates_frame(rows)
    frame.to_csv(out_file, index=False, lineterminator="\n")
    click.echo(
        f"{len(frame)} candidate claim(s) from {len(files) - failed} article(s) written to "
        f"{out_file}",
        err=True,
    )
    if failed:
        raise click.ClickException(f"{failed} of {len(files)} file(s) could not be extracted")


@click.command("evaluate")
@click.argument("data_dir", default="data", type=click.Path(path_type=Path))
def evaluate(data_dir: Path) -> None:
    """Compare the extractor's figure claims on DATA_DIR's articles with its curated claims:
    precision, recall and F1, and the accuracy of counted and claimant_side on the matches."""
    try:
        result = evaluation(load_data(data_dir))
    except DataError as error:
        raise click.ClickException(f"{data_dir} is not valid data:\n{error}") from error
    click.echo(result.table().to_string(index=False))
