"""The one schema of the data: column types, vocabularies and descriptions.

The validator checks the data against these schemas, and the published data dictionary is
generated from them, so the two cannot drift apart.
"""

import pandas as pd
import pandera.pandas as pa

from claimbook import vocab


def _one_of(values: tuple[str, ...]) -> pa.Check:
    return pa.Check.isin(values, error="one of " + ", ".join(values))


def _optional_one_of(values: tuple[str, ...]) -> pa.Check:
    return pa.Check.isin(values, error="empty or one of " + ", ".join(values))


def _hedge_list() -> pa.Check:
    def all_known(series: pd.Series) -> pd.Series:
        return series.map(lambda text: all(h in vocab.HEDGES for h in text.split(";")))

    return pa.Check(all_known, error="';'-separated markers from " + ", ".join(vocab.HEDGES))


SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"

ARTICLE_FIELDS = (
    "id",
    "title",
    "outlet",
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
        "outlet": pa.Column(str, description="The publishing outlet, and the agency if named."),
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
        "claimant": pa.Column(str, description="Who makes the claim: a person or a body."),
        "claimant_side": pa.Column(
            str, _one_of(vocab.SIDES), description="The side the claimant speaks for."
        ),
        "via": pa.Column(
            str,
            nullable=True,
            description="The chain that brought the claim to the article (agency, outlet, source); "
            "empty when the article reports it directly.",
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
        "hedges": pa.Column(
            str,
            _hedge_list(),
            nullable=True,
            description="Hedging markers found in the quote, ';'-separated.",
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


def data_dictionary(schema: pa.DataFrameSchema) -> pd.DataFrame:
    """One row per column of the schema: its name, type, whether it may be empty, the values it
    may take, and what it means."""
    rows = [
        {
            "column": name,
            "type": str(column.dtype),
            "required": "yes" if not column.nullable else "no",
            "allowed values": "; ".join(check.error or "" for check in column.checks),
            "meaning": column.description,
        }
        for name, column in schema.columns.items()
    ]
    return pd.DataFrame(rows)
