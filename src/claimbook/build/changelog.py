"""The data changelog: what changed between two versions of a data directory, claim by claim.

Claim ids are stable, so a claim is the same claim in both versions when its id is: a row
whose id appears only in the new version was added, one only in the old was removed, and one
in both with any field different was changed (each field named with its old and new value).
Articles are compared by id the same way. Values are compared as written in the files.
"""

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from claimbook.data.articles import article_paths
from claimbook.data.layout import CLAIMS_FILE


@dataclass(frozen=True)
class Change:
    """One claim (or article) present in both versions whose fields differ."""

    id: str
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Changelog:
    added_claims: list[str]
    removed_claims: list[str]
    changed_claims: list[Change]
    added_articles: list[str]
    removed_articles: list[str]

    def is_empty(self) -> bool:
        return not (
            self.added_claims
            or self.removed_claims
            or self.changed_claims
            or self.added_articles
            or self.removed_articles
        )

    def markdown(self, old_name: str, new_name: str) -> str:
        """The changelog as Markdown, sections in a fixed order, ids sorted."""
        lines = [f"# Data changes from {old_name} to {new_name}", ""]
        if self.is_empty():
            return "\n".join([*lines, "No claim or article changed.", ""])
        sections = [
            ("Articles added", self.added_articles),
            ("Articles removed", self.removed_articles),
            ("Claims added", self.added_claims),
            ("Claims removed", self.removed_claims),
        ]
        for title, ids in sections:
            if ids:
                lines += [f"## {title} ({len(ids)})", "", *(f"- `{i}`" for i in ids), ""]
        if self.changed_claims:
            lines += [f"## Claims changed ({len(self.changed_claims)})", ""]
            for change in self.changed_claims:
                lines.append(f"- `{change.id}`")
                lines += [
                    f"  - {name}: {_shown(old)} \u2192 {_shown(new)}"
                    for name, (old, new) in change.fields.items()
                ]
            lines.append("")
        return "\n".join(lines)


def _shown(value: str) -> str:
    return f"`{value}`" if value else "(empty)"


def _claims(data_dir: Path) -> pd.DataFrame:
    path = Path(data_dir) / CLAIMS_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file (expected a data directory)")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return frame.set_index("claim_id", drop=False)


def compare(old_dir: Path, new_dir: Path) -> Changelog:
    """What changed from the data in old_dir to the data in new_dir."""
    old, new = _claims(old_dir), _claims(new_dir)
    shared = sorted(set(old.index) & set(new.index))
    columns = [c for c in new.columns if c in old.columns]
    changed = []
    for claim_id in shared:
        fields = {
            column: (old.at[claim_id, column], new.at[claim_id, column])
            for column in columns
            if old.at[claim_id, column] != new.at[claim_id, column]
        }
        fields |= {c: ("", new.at[claim_id, c]) for c in new.columns if c not in old.columns}
        fields |= {c: (old.at[claim_id, c], "") for c in old.columns if c not in new.columns}
        fields = {name: pair for name, pair in fields.items() if pair[0] != pair[1]}
        if fields:
            changed.append(Change(claim_id, fields))
    old_articles = {path.stem for path in article_paths(old_dir)}
    new_articles = {path.stem for path in article_paths(new_dir)}
    return Changelog(
        added_claims=sorted(set(new.index) - set(old.index)),
        removed_claims=sorted(set(old.index) - set(new.index)),
        changed_claims=changed,
        added_articles=sorted(new_articles - old_articles),
        removed_articles=sorted(old_articles - new_articles),
    )


GIT_PREFIX = "git:"
"""A version given as `git:REV` is the data directory as committed at revision REV."""


def checkout_data(version: str, data_dir: Path, scratch: Path) -> Path:
    """The directory holding a version of the data: the path itself, or for `git:REV` the
    data directory (data_dir, relative to the repository root) of that revision, written
    into scratch."""
    if not version.startswith(GIT_PREFIX):
        return Path(version)
    import io
    import subprocess
    import tarfile

    revision = version.removeprefix(GIT_PREFIX)
    done = subprocess.run(
        ["git", "archive", "--format=tar", revision, "--", str(data_dir)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        raise ValueError(
            f"{version}: git could not read {data_dir} at that revision: "
            + done.stderr.decode(errors="replace").strip()
        )
    target = Path(scratch) / revision.replace("/", "_")
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
        archive.extractall(target, filter="data")
    return target / data_dir
