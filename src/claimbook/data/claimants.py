"""The claimant table: one row per claimant, however the articles spell the name, and the
lookup from a name or alias to the claimant's id."""

import pandas as pd

from claimbook.data.problems import Problem, shorten

ALIAS_SEPARATOR = ";"


def _key(name: str) -> str:
    """How names are compared: case and runs of spaces aside."""
    return " ".join(name.split()).casefold()


def names_of(row: dict) -> list[str]:
    """A claimant's canonical name followed by its aliases."""
    aliases = row.get("aliases")
    extra = aliases.split(ALIAS_SEPARATOR) if isinstance(aliases, str) else []
    return [row["name"], *(alias.strip() for alias in extra if alias.strip())]


def alias_index(claimants: pd.DataFrame) -> dict[str, str]:
    """Every name and alias (compared case aside) -> claimant_id; the first claimant wins where
    two share one (claimant_problems reports that)."""
    index: dict[str, str] = {}
    for row in claimants.to_dict("records"):
        for name in names_of(row):
            index.setdefault(_key(name), row["claimant_id"])
    return index


def resolve(name: object, index: dict[str, str]) -> str | None:
    """The claimant_id a name or alias stands for; None if none."""
    return index.get(_key(name)) if isinstance(name, str) else None


def claimant_problems(claimants: pd.DataFrame, lines: list[int], shown_as: str) -> list[Problem]:
    """A name or alias given to two claimants: it would resolve to either."""
    owner: dict[str, str] = {}
    problems = []
    for row, line in zip(claimants.to_dict("records"), lines, strict=True):
        for name in dict.fromkeys(names_of(row)):
            first = owner.setdefault(_key(name), row["claimant_id"])
            if first != row["claimant_id"]:
                problems.append(
                    Problem(
                        shown_as,
                        line,
                        "aliases",
                        f"{shorten(name)}, already a name or alias of {first!r}",
                        "each name and alias to belong to one claimant only",
                    )
                )
    return problems
