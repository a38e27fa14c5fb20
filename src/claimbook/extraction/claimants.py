"""Claimants as clean names, resolved to the claimant table where they are known.

The table (``claimants.csv`` of a data directory: ``claimant_id,name,side,role,aliases``,
aliases separated by ";") names every known claimant once. A claimant phrase found in the text
("der Nachrichtenagentur Reuters", "Kremlsprecher Dmitri Peskow") resolves to the entry whose
name or alias stands in it as whole words, the longest such name winning; the candidate then
takes the entry's name, id and side. A phrase that resolves to no entry keeps its words, less
a leading article, and is flagged as a new claimant for the reviewer.
"""

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from claimbook.extraction.lexicon import DETERMINERS

COLUMNS = ("claimant_id", "name", "side", "role", "aliases")
_LEADING_ARTICLE = re.compile(rf"^(?:(?:{'|'.join(DETERMINERS)})\s+)+", re.IGNORECASE)


@dataclass(frozen=True)
class Claimant:
    """One entry of the claimant table."""

    claimant_id: str
    name: str
    side: str
    role: str = ""
    aliases: tuple[str, ...] = ()


class Claimants:
    """The claimant table, ready to resolve phrases."""

    def __init__(self, entries: list[Claimant]) -> None:
        keys = [
            (key, entry) for entry in entries for key in (entry.name, *entry.aliases) if key.strip()
        ]
        keys.sort(key=lambda pair: len(pair[0]), reverse=True)
        self._keys = [
            (re.compile(rf"(?<!\w){re.escape(key.strip())}(?!\w)", re.IGNORECASE), entry)
            for key, entry in keys
        ]

    @classmethod
    def read(cls, path: Path | None) -> "Claimants":
        """The table in the CSV file; an empty table when there is no such file."""
        if path is None or not Path(path).is_file():
            return cls([])
        with open(path, encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
        return cls(
            [
                Claimant(
                    row["claimant_id"],
                    row["name"],
                    row["side"],
                    row.get("role") or "",
                    tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()),
                )
                for row in rows
            ]
        )

    def resolve(self, phrase: str) -> Claimant | None:
        """The entry the phrase names, or None."""
        for pattern, entry in self._keys:
            if pattern.search(phrase):
                return entry
        return None


def clean_name(phrase: str) -> str:
    """The phrase without leading articles and surrounding punctuation."""
    return _LEADING_ARTICLE.sub("", phrase.strip(" ,;:")).strip()
