"""The one schema of the data: column types, vocabularies and descriptions.

The validator checks the data against these schemas, and the published data dictionary is
generated from them, so the two cannot drift apart.
"""

import functools
import re

import pandas as pd
import pandera.pandas as pa

from claimbook import vocab


def _one_of(values: tuple[str, ...]) -> pa.Check:
    return pa.Check.isin(values, error="one of " + ", ".join(values))


def _optional_one_of(values: tuple[str, ...]) -> pa.Check:
    return pa.Check.isin(values, error="empty or one of " + ", ".join(values))


MARKER_FORM = re.compile(r"^(?P<marker>[^()]+?)(?: \((?P<form>[^()]+)\))?$")
"""One coded marker: the marker of the vocabulary, and in brackets the form the quote uses when
it differs ("Konjunktiv I (seien)", "sollen (soll)")."""


def markers_of(text: object) -> list[tuple[str, str]]:
    """The (marker, form) pairs of a marker cell: 'sollen (soll);angeblich' ->
    [('sollen', 'soll'), ('angeblich', 'angeblich')]; a form not in brackets is the marker
    itself; an item that is not of that shape is returned whole, with no form."""
    if not isinstance(text, str) or not text:
        return []
    return list(_parsed_markers(text))


@functools.lru_cache(maxsize=4096)
def _parsed_markers(text: str) -> tuple[tuple[str, str], ...]:
    """markers_of for a non-empty cell; cells repeat, so each is read once."""
    pairs = []
    for item in text.split(";"):
        match = MARKER_FORM.match(item.strip())
        if match is None:
            pairs.append((item, ""))
        else:
            pairs.append((match["marker"], match["form"] or match["marker"]))
    return tuple(pairs)


def _marker_list(markers: tuple[str, ...]) -> pa.Check:
    def all_known(series: pd.Series) -> pd.Series:
        cells = series.unique()  # a large corpus repeats a few cells many times
        known = {text: all(m in markers for m, _ in markers_of(text)) for text in cells}
        return series.map(known)

    return pa.Check(
        all_known,
        error="';'-separated markers, each 'marker' or 'marker (form in the quote)', from "
        + ", ".join(markers),
    )


SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"

OPTIONAL_ARTICLE_FIELDS = ("agency",)
"""Front-matter fields an article file may leave out (they are then empty)."""

ARTICLE_FIELDS = (
    "id",
    "title",
    "outlet",
    "agency",
    "authors",
    "published",
    "published_precision",
    "published_basis",
    "language",
    "url",
    "source_file",
)

ARTICLES = pa.DataFrameSchema(
    {
        "id": pa.Column(
            str,
            pa.Check.str_matches(
                r"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$",
                error="a slug: publication date + outlet, e.g. 2024-10-23-tagesspiegel",
            ),
            unique=True,
            description="Stable slug of the article (publication date and outlet); the file name.",
        ),
        "title": pa.Column(str, description="The headline as the article gives it."),
        "outlet": pa.Column(
            str,
            description="The publishing outlet: the name or an alias of its row in claimants.csv "
            "(side media), so that the outlet's own claims can be told from those of other "
            "media it cites.",
        ),
        "agency": pa.Column(
            str,
            nullable=True,
            description="The news agency the article's credit line names (e.g. AFP for "
            "'OZD / ©AFP' or '(kox/afp)'); empty (or left out) when the credit names none. "
            "It applies to the whole article, not to a claim: the relay a claim's own sentence "
            "names is its `via`.",
        ),
        "authors": pa.Column(
            object, description="Authors named by the text (a list, may be empty)."
        ),
        "published": pa.Column(
            "datetime64[ns]", coerce=True, description="Publication date (YYYY-MM-DD)."
        ),
        "published_precision": pa.Column(
            str,
            _one_of(vocab.PUBLISHED_PRECISIONS),
            description="How exact the publication date is.",
        ),
        "published_basis": pa.Column(
            str,
            pa.Check.str_length(min_value=1, error="a non-empty explanation"),
            description="The words of the text the publication date is derived from, and how.",
        ),
        "language": pa.Column(str, _one_of(vocab.LANGUAGES), description="Language of the body."),
        "url": pa.Column(
            str,
            pa.Check.str_matches(r"^https?://", error="an http(s) URL or null"),
            nullable=True,
            description="Where the article was published, if known.",
        ),
        "source_file": pa.Column(
            str, nullable=True, description="The captured text the body was taken from, if any."
        ),
    },
    strict=True,
    name="articles",
)

CLAIMS = pa.DataFrameSchema(
    {
        "claim_id": pa.Column(
            str,
            pa.Check.str_matches(SLUG, error="a lowercase slug"),
            unique=True,
            description="Stable, unique id of the claim row.",
        ),
        "article_id": pa.Column(str, description="The `id` of the article the quote stands in."),
        "start": pa.Column(
            "Int64",
            pa.Check.ge(0, error="a non-negative offset"),
            coerce=True,
            description="Code-point offset where the quote starts in the article body.",
        ),
        "end": pa.Column(
            "Int64",
            pa.Check.ge(0, error="a non-negative offset"),
            coerce=True,
            description="Code-point offset where the quote ends: body[start:end] == quote.",
        ),
        "quote": pa.Column(str, description="The verbatim sentence or clause carrying the claim."),
        "quote_en": pa.Column(str, description="English translation of the quote."),
        "claimant": pa.Column(
            str, description="Who makes the claim, as the coder describes them for this row."
        ),
        "claimant_id": pa.Column(
            str,
            pa.Check.str_matches(SLUG, error="a lowercase slug"),
            nullable=True,
            description="The claimant's row in claimants.csv: one id however the name is "
            "spelled. Empty only in an unreviewed candidate (a warning).",
        ),
        "claimant_side": pa.Column(
            str,
            _one_of(vocab.SIDES),
            description="The side the claimant speaks for; equals the side of the claimant's "
            "row in claimants.csv.",
        ),
        "via": pa.Column(
            str,
            nullable=True,
            description="The relay chain the article's text names for this claim, nearest the "
            "outlet first and whole ('Yonhap citing the National Intelligence Service', 'Kyodo "
            "citing a source in the Ukrainian military'); empty when the text names none. The "
            "article's agency credit is not repeated here (see the article's `agency`).",
        ),
        "claim_date": pa.Column(
            "datetime64[ns]",
            coerce=True,
            description="When the claimant made the claim (not the publication date).",
        ),
        "claim_date_precision": pa.Column(
            str,
            _one_of(vocab.CLAIM_DATE_PRECISIONS),
            description="How exact claim_date is; 'publication' means the text gives no date and "
            "the publication date stands in as the latest possible one.",
        ),
        "claim_date_basis": pa.Column(
            str, description="The words of the text the claim date is derived from, and how."
        ),
        "kind": pa.Column(
            str,
            _one_of(vocab.KINDS),
            description="figure (a head count of people), position (a stance on the deployment), "
            "location (where soldiers are or go) or other.",
        ),
        "counted": pa.Column(
            str,
            _optional_one_of(vocab.COUNTED),
            nullable=True,
            description="For figures: what is being counted.",
        ),
        "figure_low": pa.Column(
            "Int64",
            pa.Check.ge(0, error="a non-negative head count"),
            coerce=True,
            nullable=True,
            description="Lower bound of the figure; empty when open.",
        ),
        "figure_high": pa.Column(
            "Int64",
            pa.Check.ge(0, error="a non-negative head count"),
            coerce=True,
            nullable=True,
            description="Upper bound of the figure; empty when open.",
        ),
        "figure_qualifier": pa.Column(
            str,
            _optional_one_of(vocab.QUALIFIERS),
            nullable=True,
            description="How the figure is qualified (exact, about, at_least, range, vague...).",
        ),
        "figure_text": pa.Column(
            str,
            nullable=True,
            description="The figure as written in the quote, with its qualifier words.",
        ),
        "place": pa.Column(
            str,
            nullable=True,
            description="Where the claim places the soldiers; a place of places.csv.",
        ),
        "stance": pa.Column(
            str,
            _optional_one_of(vocab.STANCES),
            nullable=True,
            description="For positions: the stance taken on the deployment.",
        ),
        "distancing": pa.Column(
            str,
            _marker_list(vocab.DISTANCING),
            nullable=True,
            description="How the text keeps the claim at arm's length as hearsay or someone "
            "else's assertion: reportative sollen, angeblich, mutmaßlich, offenbar, evidential "
            "wollen, behaupten, nicht unabhängig bestätigt, the subjunctive of reported speech. "
            "Each marker must stand in the quote.",
        ),
        "uncertainty": pa.Column(
            str,
            _marker_list(vocab.UNCERTAINTY),
            nullable=True,
            description="The claimant's own uncertainty: Schätzungen zufolge, wahrscheinlich, "
            "vermutlich, möglicherweise, vermuten. Each marker must stand in the quote.",
        ),
        "condition": pa.Column(
            str,
            _marker_list(vocab.CONDITION),
            nullable=True,
            description="A hypothetical or conditional claim: Konjunktiv II (würde, hätte, "
            "könnten), conditional sollte, wenn, falls. Each marker must stand in the quote.",
        ),
        "claim_group": pa.Column(
            str,
            pa.Check.str_matches(SLUG, error="a lowercase slug"),
            description="Rows repeating the same claim share one group id.",
        ),
    },
    checks=[
        pa.Check(
            lambda df: df["start"] <= df["end"],
            error="start <= end",
            name="offsets_ordered",
            ignore_na=True,
        ),
        pa.Check(
            lambda df: (
                df["figure_low"].isna()
                | df["figure_high"].isna()
                | (df["figure_low"] <= df["figure_high"])
            ),
            error="figure_low <= figure_high",
            name="bounds_ordered",
        ),
    ],
    strict=True,
    ordered=True,
    name="claims",
)

CLAIMANTS = pa.DataFrameSchema(
    {
        "claimant_id": pa.Column(
            str,
            pa.Check.str_matches(SLUG, error="a lowercase slug"),
            unique=True,
            description="Stable id of the claimant, used in claims.csv.",
        ),
        "name": pa.Column(
            str,
            unique=True,
            description="The claimant's name as the report writes it (one spelling).",
        ),
        "side": pa.Column(
            str, _one_of(vocab.SIDES), description="The side the claimant speaks for."
        ),
        "role": pa.Column(
            str,
            nullable=True,
            description="Who the claimant is, as an apposition to the name: 'the Kremlin's "
            "spokesman' gives 'Dmitry Peskov, the Kremlin's spokesman'.",
        ),
        "aliases": pa.Column(
            str,
            nullable=True,
            description="Other spellings of the name (in the articles or in an outlet's "
            "front matter), ';'-separated; each resolves to this claimant only.",
        ),
    },
    strict=True,
    ordered=True,
    name="claimants",
)

PLACES = pa.DataFrameSchema(
    {
        "place": pa.Column(str, unique=True, description="Place name as used in claims.csv."),
        "latitude": pa.Column(
            float,
            pa.Check.in_range(-90, 90),
            coerce=True,
            description="Latitude in decimal degrees.",
        ),
        "longitude": pa.Column(
            float,
            pa.Check.in_range(-180, 180),
            coerce=True,
            description="Longitude in decimal degrees.",
        ),
        "kind": pa.Column(
            str, _one_of(("city", "region", "country")), description="city, region or country."
        ),
        "country": pa.Column(str, description="The country the place lies in."),
        "note": pa.Column(str, nullable=True, description="Where the coordinates come from."),
    },
    strict=True,
    name="places",
)


TYPE_WORDS = {
    "Int64": "a whole number",
    "datetime64[ns]": "a real calendar date, YYYY-MM-DD",
    "float64": "a decimal number",
    "object": "a list of texts",
}


def type_words(dtype: object) -> str:
    """A column type in a reader's words, the same whatever storage pandas picks for text."""
    name = str(dtype)
    return "a text" if name.startswith(("str", "string")) else TYPE_WORDS.get(name, name)


def data_dictionary(schema: pa.DataFrameSchema) -> pd.DataFrame:
    """One row per column of the schema: its name, type, whether it may be empty, the values it
    may take, and what it means."""
    rows = [
        {
            "column": name,
            "type": type_words(column.dtype),
            "required": "yes" if not column.nullable else "no",
            "allowed values": "; ".join(check.error or "" for check in column.checks),
            "meaning": column.description,
        }
        for name, column in schema.columns.items()
    ]
    return pd.DataFrame(rows)
