"""Text from the data, made safe for the pages the build generates: escaped HTML for raw
blocks and attributes, escaped MyST for headings, and JSON that a script element cannot end.

Every value the build writes into a page goes through one of these functions, so that a quote,
a title or an outlet holding HTML, a script or MyST syntax shows as written and runs nothing.
"""

import html
import json
import re

# CommonMark lets a backslash escape any ASCII punctuation, and MyST's roles, targets and
# substitutions are all made of it: escaping every such character leaves only literal text.
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def text(value: object) -> str:
    """A value as HTML text or attribute value: every markup character escaped, and backticks
    too, so no line of a generated raw block can close the block's fence."""
    return html.escape(str(value), quote=True).replace("`", "&#96;")


_GERMAN_QUOTATION = re.compile("\u201e[^\u201c\u201d<]*[\u201c\u201d]")


def with_german_quotes(value: object) -> str:
    """An English text as escaped HTML, its German quotations („…“) marked lang="de"."""
    return _GERMAN_QUOTATION.sub(lambda m: f'<span lang="de">{m[0]}</span>', text(value))


def markdown(value: object) -> str:
    """A value as literal MyST inline text (for a heading): punctuation backslash-escaped,
    line breaks turned into spaces."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(str(value).split()))


def json_script(value: object) -> str:
    """JSON for a <script type="application/ld+json"> element: '<', '>', '&' and the backtick
    written as \\u escapes, so the text can neither close the element nor the raw block."""
    dumped = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False)
    for character in "<>&`":
        dumped = dumped.replace(character, f"\\u{ord(character):04x}")
    return dumped


def raw_block(content: str) -> str:
    """A MyST raw-HTML block holding content (which must come from the functions above)."""
    return "```{raw} html\n" + content.rstrip("\n") + "\n```\n"
