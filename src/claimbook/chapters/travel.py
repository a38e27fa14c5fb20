"""How claims travelled: from the side that made them, through the relays their own text names,
to the outlet that printed them; the agency an article credits, counted apart; and which claims
several articles repeated."""

import re
from itertools import pairwise

import networkx as nx
import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import (
    NONE_FOUND,
    claimant_names,
    outlet_name,
    percent,
    side_label,
    voices,
)

LAYERS = ("source", "relay", "outlet")
DIRECT = "(reported directly)"
"""The relay of a claim the article reports without naming an agency or relay."""
RELAY_END = re.compile(r",| citing | quoting | reporting | \(")
"""Where the name of the first relay ends in a `via` text such as
'Kyodo citing a source in the Ukrainian military' or 'AFP, quoting his post on X'."""


def relay(via: str | None) -> str:
    """The relay nearest the outlet that the claim's own text names: the first name of `via`,
    else DIRECT. The article's agency credit is not a relay of the claim (see `chains`)."""
    if isinstance(via, str) and via.strip():
        return RELAY_END.split(via, maxsplit=1)[0].strip()
    return DIRECT


def full_chain(via: str | None, agency: str | None) -> str:
    """The whole chain as a reader would trace it: the agency the article credits, then the
    relays the claim's text names ('AFP relaying Yonhap citing the National Intelligence
    Service'); empty when there is neither."""
    named = via.strip() if isinstance(via, str) else ""
    credit = agency.strip() if isinstance(agency, str) else ""
    if credit and named and not named.startswith(credit):
        return f"{credit} relaying {named}"
    return named or credit


def chains(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each claim's route: source (the claimant's side, the outlet itself told apart from other
    media), relay (the first the claim's text names, or DIRECT), the whole chain named, the
    agency the article credits (empty if none), the full chain both give, and the outlet."""
    agencies = claims["article_id"].map(articles["agency"])
    return pd.DataFrame(
        {
            "claim_id": claims["claim_id"],
            "source": voices(claims, articles),
            "relay": claims["via"].map(relay),
            "chain": claims["via"].fillna(""),
            "credit": agencies.fillna(""),
            "full chain": [
                full_chain(via, agency) for via, agency in zip(claims["via"], agencies, strict=True)
            ],
            "outlet": claims["article_id"].map(articles["outlet"]).map(outlet_name),
        }
    )


def chain_graph(chain_rows: pd.DataFrame) -> nx.DiGraph:
    """The chains as a layered graph: nodes carry their layer (source, relay, outlet), edges the
    number of claims that took them."""
    graph = nx.DiGraph()
    for row in chain_rows.sort_values(["source", "outlet", "claim_id"]).itertuples():
        hops = [("source", row.source), ("relay", row.relay), ("outlet", row.outlet)]
        for layer, name in hops:
            graph.add_node((layer, name), layer=LAYERS.index(layer), name=name)
        for head, tail in pairwise(hops):
            weight = graph.edges[head, tail]["claims"] + 1 if graph.has_edge(head, tail) else 1
            graph.add_edge(head, tail, claims=weight)
    return graph


def layout(graph: nx.DiGraph) -> dict:
    """Deterministic positions: one column per layer, nodes sorted by name top to bottom."""
    positions = {}
    for layer in range(len(LAYERS)):
        names = sorted(node for node, data in graph.nodes(data=True) if data["layer"] == layer)
        for rank, node in enumerate(names):
            positions[node] = (float(layer), -(rank - (len(names) - 1) / 2))
    return positions


ROUTE = ["source", "chain", "credit", "outlet"]


def chain_table(chain_rows: pd.DataFrame) -> pd.DataFrame:
    """How many claims took each route (source, the relay chain the claim's text names, the
    agency the article credits, outlet), most travelled first."""
    table = (
        chain_rows.groupby(ROUTE)
        .size()
        .rename("claims")
        .reset_index()
        .sort_values(["claims", *ROUTE], ascending=[False, True, True, True, True])
        .reset_index(drop=True)
    )
    return table.rename(
        columns={"chain": "relay chain named in the text", "credit": "agency credited"}
    ).replace({"relay chain named in the text": {"": DIRECT}, "agency credited": {"": "none"}})


def repeated_claims(
    claims: pd.DataFrame, articles: pd.DataFrame, claimants: pd.DataFrame
) -> pd.DataFrame:
    """The claims (claim groups) that stand in more than one article: in how many, where and
    when they first appeared, the other articles, and the first wording in English."""
    claims = claims.join(articles["published"], on="article_id").assign(
        written=lambda frame: claimant_names(frame, claimants)
    )
    spread_over = claims.groupby("claim_group")["article_id"].transform("nunique")
    repeated = (
        claims[spread_over > 1]
        .assign(articles=spread_over)
        .sort_values(["claim_group", "published", "claim_date", "claim_id"])
    )
    first = repeated.groupby("claim_group").head(1).set_index("claim_group")
    table = pd.DataFrame(
        {
            "first wording": first["quote_en"],
            "claimant": first["written"],
            "side": first["claimant_side"].map(side_label),
            "articles": first["articles"].astype(int),
            "claim_id": first["claim_id"],
            "article_id": first["article_id"],
            "first published": first["published"].dt.strftime("%Y-%m-%d"),
            "repeated in": _later_articles(repeated, first["article_id"]),
        }
    )
    return table.sort_values(
        ["articles", "first published", "first wording"], ascending=[False, True, True]
    ).reset_index(drop=True)


def _later_articles(repeated: pd.DataFrame, first_article: pd.Series) -> pd.Series:
    """For each claim group, the articles after its first, in order of appearance, joined."""
    articles = repeated[["claim_group", "article_id"]].drop_duplicates()
    later = articles[articles["article_id"] != articles["claim_group"].map(first_article)]
    joined = later.groupby("claim_group", sort=False)["article_id"].agg(", ".join)
    return joined.reindex(first_article.index, fill_value="")


def counted_claims(chain_rows: pd.DataFrame) -> dict:
    """The claims each count of findings() counts, by its key (for links from the prose)."""
    relayed = chain_rows["relay"] != DIRECT
    return {
        "n_chain_claims": list(chain_rows["claim_id"]),
        "n_relayed": list(chain_rows.loc[relayed, "claim_id"]),
    }


def findings(chain_rows: pd.DataFrame, repeated: pd.DataFrame) -> dict:
    """The numbers and names the prose quotes, keyed for glue: claims whose own text names a
    relay, claims in articles crediting an agency, and those reaching the reader through the
    credit alone, each apart."""
    named = chain_rows["relay"] != DIRECT
    credited = chain_rows["credit"] != ""
    relays = chain_rows.loc[named, "relay"].value_counts()
    relays = relays.sort_index().sort_values(ascending=False, kind="stable")
    credits = chain_rows.loc[credited, "credit"].value_counts()
    credits = credits.sort_index().sort_values(ascending=False, kind="stable")
    total = len(chain_rows)
    own = chain_rows["source"] == vocab.OWN_OUTLET
    return {
        "n_chain_claims": total,
        "n_relayed": int(named.sum()),
        "share_relayed": percent(int(named.sum()), total),
        "n_relays": len(relays),
        "top_relay": relays.index[0] if len(relays) else NONE_FOUND,
        "top_relay_claims": int(relays.iloc[0]) if len(relays) else 0,
        "n_credited": int(credited.sum()),
        "share_credited": percent(int(credited.sum()), total),
        "top_credit": credits.index[0] if len(credits) else NONE_FOUND,
        "n_credit_only": int((credited & ~named).sum()),
        "share_credit_only": percent(int((credited & ~named).sum()), total),
        "n_own_outlet": int(own.sum()),
        "share_own_outlet": percent(int(own.sum()), total),
        "n_own_outlet_credited": int((own & credited).sum()),
        "n_repeated_claims": len(repeated),
        "max_articles_per_claim": int(repeated["articles"].max()) if len(repeated) else 0,
    }
