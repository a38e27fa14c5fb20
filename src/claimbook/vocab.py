"""Controlled vocabularies of the claim data.

Every closed list of values the data may take lives here, so that the schema, the
extractor and the charts agree on one spelling.
"""

SIDES = (
    "ukraine",
    "russia",
    "north_korea",
    "south_korea",
    "usa",
    "nato",
    "germany",
    "analyst",
    "media",
    "other",
)

KINDS = ("figure", "position", "location", "other")

# What a figure counts. The deployment comes first, from plans through the soldiers' presence
# (in Russia, at the front, in Kursk, in Ukraine) to those expected in addition and those
# captured (prisoners of war, counted with the people sent); then losses (killed, wounded, both),
# the size of a force as context, hypothetical numbers and people other than the soldiers sent.
COUNTED = (
    "planned_total",
    "planned_additional",
    "dispatched",
    "in_russia",
    "in_training",
    "en_route",
    "at_front",
    "in_kursk",
    "in_ukraine",
    "advance_party",
    "expected_additional",
    "captured",
    "killed",
    "wounded",
    "casualties_total",
    "force_size_context",
    "hypothetical",
    "other",
)

STANCES = ("confirms", "denies", "downplays", "evades", "conditional")

QUALIFIERS = (
    "exact",
    "about",
    "at_least",
    "more_than",
    "up_to",
    "just_under",
    "not_nearly",
    "range",
    "vague",
)

HEDGES = (
    "sollen",
    "angeblich",
    "mutmaßlich",
    "offenbar",
    "wahrscheinlich",
    "möglicherweise",
    "vermutlich",
    "Schätzungen zufolge",
    "Konjunktiv I",
    "Konjunktiv II",
    "allegedly",
    "reportedly",
)

PUBLISHED_PRECISIONS = ("day", "approx", "month")

CLAIM_DATE_PRECISIONS = ("day", "week", "month", "approx", "publication")

LANGUAGES = ("de", "en")

SIDE_LABELS = {
    "ukraine": "Ukraine",
    "russia": "Russia",
    "north_korea": "North Korea",
    "south_korea": "South Korea",
    "usa": "USA",
    "nato": "NATO",
    "germany": "Germany",
    "analyst": "Independent analyst",
    "media": "Media",
    "other": "Other",
}

COUNTED_LABELS = {
    "planned_total": "Planned in total",
    "planned_additional": "Planned in addition",
    "dispatched": "Dispatched",
    "in_russia": "In Russia",
    "in_training": "In training",
    "en_route": "En route",
    "at_front": "At or near the front",
    "in_kursk": "In Kursk",
    "in_ukraine": "In Ukraine",
    "advance_party": "Advance party",
    "expected_additional": "Expected in addition",
    "captured": "Captured (prisoners of war)",
    "killed": "Killed",
    "wounded": "Wounded",
    "casualties_total": "Casualties in total",
    "force_size_context": "Context: force size",
    "hypothetical": "Hypothetical",
    "other": "Other",
}
