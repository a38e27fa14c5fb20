"""The corpus: one Markdown file per article, YAML front matter followed by the verbatim body."""

import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from claimbook.data.files import read_text
from claimbook.data.layout import ARTICLE_DIR
from claimbook.data.problems import Problem, schema_problems, shorten
from claimbook.data.schema import ARTICLE_FIELDS, ARTICLES, OPTIONAL_ARTICLE_FIELDS

FENCE = "---"
CLOSING_FENCE = re.compile(f"^{FENCE}$", re.MULTILINE)


class _StringDateLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Reads dates as plain strings, so an impossible date becomes a reported problem in the
    schema check rather than an exception inside the YAML parser."""


_StringDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Article:
    """One article file: where it is, its front matter, its body and the body's first line."""

    path: Path
    meta: dict
    body: str
    body_line: int

    def field_line(self, field: str) -> int:
        """The line of the file on which a front-matter field is set (the fence line if absent)."""
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith(f"{field}:"):
                return number
            if number > 1 and line == FENCE:
                break
        return 1


def article_paths(data_dir: Path) -> list[Path]:
    """The article files of a data directory, in name order. (Names are sorted as text, not as
    paths: a corpus has a hundred thousand files.)"""
    folder = Path(data_dir) / ARTICLE_DIR
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:
        names = sorted(entry.name for entry in entries if entry.name.endswith(".md"))
    return [folder / name for name in names]


def split_front_matter(text: str, shown_as: str) -> tuple[str, str, int] | Problem:
    """The front matter, the body and the body's first line number; a Problem if the fences are
    missing."""
    opening, _, rest = text.partition("\n")
    if opening != FENCE:
        return Problem(shown_as, 1, None, shorten(opening), f"'{FENCE}' opening the front matter")
    closing = CLOSING_FENCE.search(rest)
    if closing is None:
        return Problem(
            shown_as,
            text.count("\n") + 1,
            None,
            "no closing fence",
            f"a line '{FENCE}' closing the front matter",
        )
    front = rest[: max(closing.start() - 1, 0)]
    body = rest[closing.end() + 1 :]
    return front, body, rest.count("\n", 0, closing.start()) + 3


def read_article(path: Path, shown_as: str | None = None) -> tuple[Article | None, list[Problem]]:
    """Parse one article file; the problems that keep it from being used, if any."""
    shown_as = shown_as or str(path)
    text, problems = read_text(path, shown_as)
    if text is None:
        return None, problems
    split = split_front_matter(text, shown_as)
    if isinstance(split, Problem):
        return None, [split]
    front, body, body_line = split
    try:
        meta = yaml.load(front, Loader=_StringDateLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 2
        return None, [
            Problem(
                shown_as, line, None, f"invalid YAML ({error.problem})", "valid YAML front matter"
            )
        ]
    if not isinstance(meta, dict):
        return None, [Problem(shown_as, 2, None, shorten(front), "a YAML mapping of fields")]
    article = Article(path, meta, body, body_line)
    return article, _field_problems(article, shown_as)


def _field_problems(article: Article, shown_as: str) -> list[Problem]:
    problems = [
        Problem(shown_as, 1, field, "the field missing", "it in the front matter")
        for field in ARTICLE_FIELDS
        if field not in article.meta and field not in OPTIONAL_ARTICLE_FIELDS
    ]
    problems += [
        Problem(
            shown_as,
            article.field_line(field),
            field,
            "an unknown field",
            "only " + ", ".join(ARTICLE_FIELDS),
        )
        for field in article.meta
        if field not in ARTICLE_FIELDS
    ]
    authors = article.meta.get("authors")
    if "authors" in article.meta and not (
        isinstance(authors, list) and all(isinstance(name, str) for name in authors)
    ):
        problems.append(
            Problem(
                shown_as,
                article.field_line("authors"),
                "authors",
                shorten(authors),
                "a list of names, [] if none",
            )
        )
    if article.meta.get("id") not in (None, article.path.stem):
        problems.append(
            Problem(
                shown_as,
                article.field_line("id"),
                "id",
                shorten(article.meta.get("id")),
                f"the file name without .md ({article.path.stem!r})",
            )
        )
    if not article.body.endswith("\n") or article.body.endswith("\n\n"):
        problems.append(
            Problem(
                shown_as,
                None,
                None,
                "a body not ending in exactly one newline",
                "the file to end with a single newline",
            )
        )
    return problems


def read_corpus(data_dir: Path) -> tuple[list[Article], list[Problem]]:
    """Every readable article of the data directory, and every problem found in any of them."""
    articles, problems = [], []
    for article, found in _read_articles(article_paths(data_dir), data_dir):
        problems += found
        if article is not None and not found:
            articles.append(article)
    problems += schema_problems(
        ARTICLES,
        front_matter_frame(articles),
        locate=lambda index, field: (
            _shown(articles[index].path, data_dir),
            articles[index].field_line(field),
        ),
    )
    if not articles and not problems:
        problems.append(
            Problem(
                _shown(Path(data_dir) / ARTICLE_DIR, data_dir),
                None,
                None,
                "no article files",
                "at least one <id>.md file",
            )
        )
    return articles, problems


PARALLEL_FROM = 2_000
"""From this many article files on, they are read by one process per core: parsing the front
matter of a hundred thousand files takes most of a minute on one."""


def _read_articles(paths: list[Path], data_dir: Path) -> list[tuple[Article | None, list]]:
    """read_article of every path, in order."""
    shown = [_shown(path, data_dir) for path in paths]
    workers = min(os.cpu_count() or 1, len(paths) // PARALLEL_FROM)
    if workers < 2:
        return list(map(read_article, paths, shown))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        parts = pool.map(_read_parts, map(str, paths), shown, chunksize=PARALLEL_FROM // 4)
        return [
            (None if parts is None else Article(path, *parts), found)
            for path, (parts, found) in zip(paths, parts, strict=True)
        ]


def _read_parts(path: str, shown_as: str) -> tuple[tuple | None, list[Problem]]:
    """read_article for a worker process: the article's fields other than its path, which the
    caller has (a path object is slow to send between processes)."""
    article, problems = read_article(Path(path), shown_as)
    parts = None if article is None else (article.meta, article.body, article.body_line)
    return parts, problems


def _shown(path: Path, data_dir: Path) -> str:
    """A path as messages show it: relative to the data directory's parent when possible.
    (Made absolute without resolving links: a corpus has a hundred thousand files.)"""
    base = Path(data_dir).absolute().parent
    try:
        return str(Path(path).absolute().relative_to(base))
    except ValueError:
        return str(path)


def front_matter_frame(articles: list[Article]) -> pd.DataFrame:
    """One row per article: the front-matter fields, in schema order."""
    columns = {field: [article.meta.get(field) for article in articles] for field in ARTICLE_FIELDS}
    frame = pd.DataFrame(columns, columns=list(ARTICLE_FIELDS))
    return frame if articles else frame.astype(object)  # no values to infer text types from


def articles_frame(articles: list[Article]) -> pd.DataFrame:
    """One row per article: the front-matter fields, in schema order, and the body."""
    return front_matter_frame(articles).assign(body=[article.body for article in articles])
