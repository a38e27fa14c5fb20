"""Small synthetic datasets for the chapter tests, built in code: no file of data/ is read."""

import pandas as pd

from claimbook.validate import Dataset

ARTICLES = [
    ("2024-10-21-alpha", "Alpha (AFP)", "2024-10-21"),
    ("2024-10-23-beta", "Beta", "2024-10-23"),
    ("2025-08-13-gamma", "Gamma (German translation)", "2025-08-13"),
]

CLAIM_COLUMNS = ["claim_id", "article_id", "quote", "quote_en", "claimant", "claimant_side",
                 "via", "claim_date", "kind", "counted", "figure_low", "figure_high",
                 "figure_text", "place", "stance", "hedges", "claim_group"]

CLAIMS = [
    ("a-1", "2024-10-21-alpha", "1500 Soldaten sollen <b>entsandt</b> sein", "1,500 sent",
     "NIS", "south_korea", None, "2024-10-18", "figure", "dispatched", 1500, 1500, "1500",
     "Eastern Russia", None, "sollen", "nis-1500"),
    ("a-2", "2024-10-21-alpha", "Der Kreml bestreitet", "The Kremlin denies", "Peskov",
     "russia", None, "2024-10-21", "position", None, None, None, None, None, "denies", None,
     "peskov-denies"),
    ("a-3", "2024-10-21-alpha", "mindestens 3000 seien in Russland", "at least 3,000",
     "Kirby", "usa", "Kyodo citing a source", "2024-10-21", "figure", "in_russia", 3000, None,
     "mindestens 3000", "Kursk region", None, "Konjunktiv I", "kirby-3000"),
    ("b-1", "2024-10-23-beta", "1500 Soldaten", "1,500 soldiers", "NIS", "south_korea", None,
     "2024-10-18", "figure", "dispatched", 1500, 1500, "1500", "Eastern Russia", None, None,
     "nis-1500"),
    ("b-2", "2024-10-23-beta", "Hunderte Offiziere", "hundreds of officers", "An analyst",
     "analyst", None, "2024-10-23", "figure", "advance_party", 200, 999, "Hunderte", None,
     None, "angeblich;Konjunktiv II", "analyst-hundreds"),
    ("b-3", "2024-10-23-beta", "Seoul bestätigt", "Seoul confirms", "Yoon", "south_korea",
     None, "2024-10-23", "position", None, None, None, None, None, "confirms", None,
     "yoon-confirms"),
    ("g-1", "2025-08-13-gamma", "11.000 an der Front", "11,000 at the front", "HUR", "ukraine",
     "Defense Express, quoting HUR", "2025-08-13", "figure", "at_front", 11000, 11000,
     "11.000", "Kursk region", None, None, "hur-11000"),
    ("g-2", "2025-08-13-gamma", "bis zu 1,4 Millionen", "up to 1.4 million", "KCNA",
     "north_korea", None, "2025-08-12", "figure", "force_size_context", None, 1400000,
     "bis zu 1,4 Millionen", None, None, None, "kcna-army"),
    ("g-3", "2025-08-13-gamma", "Pjöngjang räumt ein", "Pyongyang admits", "KCNA",
     "north_korea", None, "2025-04-28", "position", None, None, None, None, None, "confirms",
     None, "nk-admits"),
]

PLACES = [
    ("Eastern Russia", 48.46, 135.10, "region", "Russia"),
    ("Kursk region", 51.73, 36.18, "region", "Russia"),
    ("Vladivostok", 43.11, 131.87, "city", "Russia"),
]


def dataset() -> Dataset:
    """A dataset of three articles, nine claims and three places, typed as load_data types it."""
    articles = pd.DataFrame(ARTICLES, columns=["id", "outlet", "published"]).assign(
        published=lambda frame: pd.to_datetime(frame["published"]),
        title=lambda frame: "Title of " + frame["id"],
        published_precision="day",
    ).set_index("id", drop=False)
    claims = pd.DataFrame(CLAIMS, columns=CLAIM_COLUMNS).assign(
        claim_date=lambda frame: pd.to_datetime(frame["claim_date"]),
        figure_low=lambda frame: frame["figure_low"].astype("Int64"),
        figure_high=lambda frame: frame["figure_high"].astype("Int64"),
    )
    places = pd.DataFrame(PLACES, columns=["place", "latitude", "longitude", "kind", "country"])
    return Dataset(articles=articles, claims=claims, places=places)
