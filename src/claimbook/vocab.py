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

# How a quote keeps its claim at a distance, in three separate measures. Each coded marker is
# written "marker" when those words stand in the quote, or "marker (form)" with the form the
# quote uses ("sollen (soll)", "Konjunktiv I (seien)"); markers are ';'-separated.
#
# Distancing: the outlet (or the claimant relaying others) keeps the claim at arm's length as
# hearsay or as someone else's assertion: reportative "sollen" ("sollen sich in Russland
# befinden"), evidential "wollen" ("will man Beweise vorliegen haben"), "behaupten", the
# subjunctive of reported speech (Konjunktiv I, and Konjunktiv II forms standing in for an
# indistinct Konjunktiv I: "Ersatzkonjunktiv"). "sollen" meaning "are to be" ("entsandt werden
# sollen") is a plan, not hearsay, and is not coded.
DISTANCING = (
    "sollen",
    "wollen",
    "behaupten",
    "angeblich",
    "mutmaßlich",
    "offenbar",
    "nicht unabhängig bestätigt",
    "Konjunktiv I",
    "Ersatzkonjunktiv",
    "allegedly",
    "reportedly",
)

# Uncertainty: the claimant's own doubt about what they claim ("Schätzungen zufolge",
# "wahrscheinlich", "Kiew vermutet").
UNCERTAINTY = (
    "Schätzungen zufolge",
    "wahrscheinlich",
    "vermutlich",
    "möglicherweise",
    "vermuten",
    "probably",
    "likely",
)

# Condition: the claim is a hypothetical or depends on a condition: Konjunktiv II of "würde",
# "hätte", "könnten" clauses, conditional "sollte" ("sollte sich dies bestätigen"), "wenn",
# "falls".
CONDITION = (
    "Konjunktiv II",
    "sollte",
    "wenn",
    "falls",
    "would",
    "if",
)

MARKER_COLUMNS = {
    "distancing": DISTANCING,
    "uncertainty": UNCERTAINTY,
    "condition": CONDITION,
}
"""The three marker columns of claims.csv and the markers each may hold."""

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
"""The cues the extractor looks for in a candidate's sentence (extraction.lexicon.HEDGE_CUES);
a reviewer sorts what it finds into the three marker columns above."""

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

OWN_OUTLET = "The outlet itself"
OTHER_MEDIA = "Other media"
"""The two voices of the side "media": the outlet that printed the article speaking for itself
(its own sentences, headlines, subheadings and captions), and another outlet or unattributed
reports it cites. A claim is the outlet's own when its claimant is the article's outlet in
claimants.csv."""
