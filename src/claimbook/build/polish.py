"""Accessibility fixes of the theme's markup, applied to every built page: the primary sidebar
becomes a landmark (else its title and search button lie outside any, axe's `region`), each
sidebar toggle that opens a part of the contents gets a name (`summary-name`), and tables
boxes that share a label on one page are told apart by the section they stand in
(`landmark-unique`)."""

import html
import re
from pathlib import Path

_SIDEBAR = '<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">'
_NAMED_SIDEBAR = (
    '<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar" '
    'role="complementary" aria-label="Contents of the report">'
)
_TOGGLE = re.compile(
    r'(<a class="[^"]*reference internal[^"]*" href="[^"]*">([^<]*)</a><details[^>]*>)<summary>'
)
_HEADING_OR_BOX = re.compile(
    r"<h[1-6][^>]*>(?P<heading>.*?)</h[1-6]>"
    r'|<div class="claimbook-table-box" role="region" aria-label="(?P<label>[^"]*)"',
    re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")
_BIBLIOGRAPHY_ENTRY = re.compile(r'(<li id="id\d+"><p>)(.*?)(</p></li>)', re.DOTALL)
_GERMAN_QUOTATION = re.compile("\u201e[^\u201c\u201d<]*[\u201c\u201d]")


def _mark_german(entry: str, german: tuple[str, ...]) -> str:
    """A bibliography entry with its German title and German quotations marked."""
    for title in sorted(german, key=len, reverse=True):
        escaped = html.escape(title, quote=False)
        if escaped in entry:
            entry = entry.replace(escaped, f'<span lang="de">{escaped}</span>', 1)
            break
    return _GERMAN_QUOTATION.sub(lambda m: f'<span lang="de">{m[0]}</span>', entry)


def polish_site(site_dir: Path, german: tuple[str, ...] = ()) -> None:
    """Apply the fixes to every HTML page of a built site; `german` are texts (the titles of
    German articles) to mark lang="de" where the bibliography shows them."""
    for page in Path(site_dir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        fixed = polish_page(text, german)
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")


def polish_page(text: str, german: tuple[str, ...] = ()) -> str:
    """One page with the fixes applied."""
    text = text.replace(_SIDEBAR, _NAMED_SIDEBAR)
    text = _BIBLIOGRAPHY_ENTRY.sub(lambda m: m[1] + _mark_german(m[2], german) + m[3], text)
    text = _TOGGLE.sub(lambda m: f'{m[1]}<summary aria-label="Pages under {m[2]}">', text)
    return _unique_table_labels(text)


def _unique_table_labels(text: str) -> str:
    labels = [m["label"] for m in _HEADING_OR_BOX.finditer(text) if m["label"] is not None]
    repeated = {label for label in labels if labels.count(label) > 1}
    if not repeated:
        return text
    heading = ""
    seen: dict[str, int] = {}

    def relabel(match: re.Match) -> str:
        nonlocal heading
        if match["heading"] is not None:
            heading = html.unescape(_TAG.sub("", match["heading"])).strip().rstrip("#").strip()
            return match[0]
        label = match["label"]
        if label not in repeated:
            return match[0]
        seen[label] = seen.get(label, 0) + 1
        where = f"{heading}, " if heading else ""
        named = html.escape(f"{html.unescape(label)} ({where}table {seen[label]})", quote=True)
        return match[0].replace(f'aria-label="{label}"', f'aria-label="{named}"')

    return _HEADING_OR_BOX.sub(relabel, text)
