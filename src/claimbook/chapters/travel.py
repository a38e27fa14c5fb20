"""How claims travelled: from the side that made them, through the relays their own text names,
to the outlet that printed them; the agency an article credits, counted apart; and which claims
several articles repeated."""

import re
from itertools import pairwise

import networkx as nx
import pandas as pd

from claimbook import vocab
from claimbook.chapters.prose import (
    Mention,
    Sentence,
    cited,
    claimant_names,
    count,
    counting,
    listing,
    mention,
    number_of,
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
    """Each claim (and its article) with its route: source (the claimant's side, the outlet
    itself told apart from other media), relay (the first the claim's text names, or DIRECT),
    the whole chain named, the agency the article credits (empty if none), the full chain both
    give, and the outlet."""
    agencies = claims["article_id"].map(articles["agency"])
    return pd.DataFrame(
        {
            "claim_id": claims["claim_id"],
            "article_id": claims["article_id"],
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
    number of claims that took them and their ids (`claim_ids`, for the chart to link)."""
    graph = nx.DiGraph()
    for row in chain_rows.sort_values(["source", "outlet", "claim_id"]).itertuples():
        hops = [("source", row.source), ("relay", row.relay), ("outlet", row.outlet)]
        for layer, name in hops:
            graph.add_node((layer, name), layer=LAYERS.index(layer), name=name)
        for head, tail in pairwise(hops):
            if not graph.has_edge(head, tail):
                graph.add_edge(head, tail, claims=0, claim_ids=[])
            graph.edges[head, tail]["claims"] += 1
            graph.edges[head, tail]["claim_ids"].append(row.claim_id)
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
            "claim": first["quote_en"],
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
        ["articles", "first published", "claim"], ascending=[False, True, True]
    ).reset_index(drop=True)


def _later_articles(repeated: pd.DataFrame, first_article: pd.Series) -> pd.Series:
    """For each claim group, the articles after its first, in order of appearance, joined."""
    articles = repeated[["claim_group", "article_id"]].drop_duplicates()
    later = articles[articles["article_id"] != articles["claim_group"].map(first_article)]
    joined = later.groupby("claim_group", sort=False)["article_id"].agg(", ".join)
    return joined.reindex(first_article.index, fill_value="")


ROUTES = {
    "chain_claims": lambda rows: pd.Series(True, index=rows.index),
    "relayed": lambda rows: rows["relay"] != DIRECT,
    "credited": lambda rows: rows["credit"] != "",
    "credit_only": lambda rows: (rows["credit"] != "") & (rows["relay"] == DIRECT),
    "own_outlet": lambda rows: rows["source"] == vocab.OWN_OUTLET,
    "own_outlet_credited": lambda rows: (
        (rows["source"] == vocab.OWN_OUTLET) & (rows["credit"] != "")
    ),
}
"""The sets of claims the prose counts (`n_<name>`) and, but for the whole and the outlet's
credited sentences, gives as a share of all claims (`share_<name>`): those whose own text
names a relay, those in articles crediting an agency, those reaching the reader through the
credit alone, the outlet speaking for itself."""
WITHOUT_SHARE = ("chain_claims", "own_outlet_credited")


def counted_claims(chain_rows: pd.DataFrame) -> dict:
    """The claims each count and share of findings() counts, by its key (for links from the
    prose)."""
    counted = {}
    for name, chosen in ROUTES.items():
        ids = list(chain_rows.loc[chosen(chain_rows), "claim_id"])
        counted[f"n_{name}"] = ids
        if name not in WITHOUT_SHARE:
            counted[f"share_{name}"] = ids
    return counted


def findings(chain_rows: pd.DataFrame, repeated: pd.DataFrame) -> dict:
    """The numbers the prose quotes, keyed for glue: the size and share of each set of ROUTES,
    and sentences of the relays the claims name and of the agencies their articles credit,
    each naming the busiest with the claims it carried."""
    total = len(chain_rows)
    sizes = {name: int(chosen(chain_rows).sum()) for name, chosen in ROUTES.items()}
    named = chain_rows[ROUTES["relayed"](chain_rows)]
    credited = chain_rows[ROUTES["credited"](chain_rows)]
    return (
        {f"n_{name}": size for name, size in sizes.items()}
        | {
            f"share_{name}": percent(size, total)
            for name, size in sizes.items()
            if name not in WITHOUT_SHARE
        }
        | {
            "n_relays": named["relay"].nunique(),
            "relays_sentence": _relays_sentence(named, chain_rows),
            "credits_sentence": _credits_sentence(credited, chain_rows),
            "own_outlet_sentence": _own_outlet_sentence(chain_rows),
            "n_repeated_claims": len(repeated),
            "repeated_sentence": _repeated_sentence(repeated),
        }
    )


def _repeated_sentence(repeated: pd.DataFrame) -> Sentence:
    """'3 claims stand in more than one article, the most widely repeated in 4 articles.' (the
    claims a mention of their first appearances)."""
    if repeated.empty:
        return Sentence("No claim of the selection stands in more than one article.")
    most = number_of(int(repeated["articles"].max()), "article")
    if len(repeated) == 1:
        return counting(repeated, "claim") + f" stands in {most}."
    return (
        counting(repeated, "claim")
        + f" stand in more than one article, the most widely repeated in {most}."
    )


def _relays_sentence(named: pd.DataFrame, chain_rows: pd.DataFrame) -> Sentence:
    """'Of the 20 selected claims, 5 (25%) name a relay in their own text (their sentence, or
    the report it continues). The claims name 3 different relays; the busiest is Yonhap, with
    4 claims.' (each count a mention of its claims); with no relay named, only that."""
    if named.empty:
        return Sentence("No claim of the selection names a relay in its own text.")
    many = len(named) > 1
    sentence = (
        "Of the "
        + counting(chain_rows, "selected claim")
        + ", "
        + mention(count(len(named)), named)
        + " ("
        + mention(percent(len(named), len(chain_rows)), named)
        + ") "
        + (
            "name a relay in their own text (their"
            if many
            else "names a relay in its own text (its"
        )
        + " sentence, or the report it continues). "
    )
    relays, tied, busiest = _busiest(named, "relay")
    if relays == 1:
        return sentence + "The claims name 1 relay: " + busiest + "."
    verb = "is" if tied == 1 else "are"
    return (
        sentence
        + f"The claims name {count(relays)} different relays; the busiest {verb} "
        + busiest
        + "."
    )


def _credits_sentence(credited: pd.DataFrame, chain_rows: pd.DataFrame) -> Sentence:
    """'Counted apart, 10 claims (50%) stand in articles whose credit line names an agency. The
    articles credit 3 different agencies; the one credited most often is AFP, with 4 claims.
    For 8 of them (40% of all claims) the credit is the only relay in sight, and 2 are the
    outlet's own sentences: ...' (each count a mention of its claims)."""
    if credited.empty:
        return Sentence("No article of the selection credits an agency.")
    total = len(chain_rows)
    only = chain_rows[ROUTES["credit_only"](chain_rows)]
    own = chain_rows[ROUTES["own_outlet_credited"](chain_rows)]
    sentence = (
        "Counted apart, "
        + counting(credited, "claim")
        + " ("
        + mention(percent(len(credited), total), credited)
        + ") "
        + ("stands" if len(credited) == 1 else "stand")
        + " in articles whose credit line names an agency. "
    )
    agencies, tied, busiest = _busiest(credited, "credit")
    if agencies == 1:
        sentence += "The articles credit 1 agency: " + busiest + ". "
    else:
        which = "the one credited most often is" if tied == 1 else "those credited most often are"
        sentence += f"The articles credit {count(agencies)} different agencies; {which} "
        sentence += busiest + ". "
    only_words = "For " + mention(count(len(only)), only) if len(only) else "For none"
    own_words = mention(count(len(own)), own) if len(own) else "none"
    return (
        sentence
        + only_words
        + " of them ("
        + mention(percent(len(only), total), only)
        + " of all claims) "
        + ("the credit is" if len(only) else "is the credit")
        + " the only relay in sight, and "
        + own_words
        + (" is" if len(own) == 1 else " are")
        + " the outlet's own sentences: a credit says where an article's text came from, not "
        "who relayed each claim, so it is not counted as a relay."
    )


def _own_outlet_sentence(chain_rows: pd.DataFrame) -> Sentence:
    """'27 claims (15%) are the outlet speaking for itself, ...' (a mention of them)."""
    own = chain_rows[ROUTES["own_outlet"](chain_rows)]
    if own.empty:
        return Sentence(
            "No selected claim is the outlet speaking for itself, in its own sentences, "
            "headlines, subheadings or captions."
        )
    return (
        counting(own, "claim")
        + " ("
        + mention(percent(len(own), len(chain_rows)), own)
        + ") "
        + ("is" if len(own) == 1 else "are")
        + " the outlet speaking for itself, in its own sentences, headlines, subheadings and "
        f'captions; the chart shows them as "{vocab.OWN_OUTLET}", and another outlet a claim '
        f'cites as "{vocab.OTHER_MEDIA}".'
    )


def _busiest(rows: pd.DataFrame, column: str) -> tuple[int, int, Sentence]:
    """How many different names the column holds, how many share the most claims, and those
    names, each a mention of its claims, with that number a mention of all their claims:
    'Yonhap, with 4 claims', 'AFP and dpa, with 2 claims each'."""
    by_name = rows.groupby(column)[["claim_id", "article_id"]].apply(cited)
    most = int(by_name.map(len).max())
    busiest = by_name[by_name.map(len) == most].sort_index()
    names = listing([Mention(name, claims) for name, claims in busiest.items()])
    words = number_of(most, "claim") + ("" if len(busiest) == 1 else " each")
    every = [pair for claims in busiest for pair in claims]
    return len(by_name), len(busiest), names + ", with " + Mention(words, every)
