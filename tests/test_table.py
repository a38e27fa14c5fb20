"""Tables on the pages: escaped, claim and article ids linked to their source pages, German
marked, a box that scrolls on its own; numbers in prose linked to the claims they count."""

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from claimbook.page.display import TABLE_ROWS, Table

HOSTILE = '<script>window.__pwned=1</script> [klick](javascript:1) "quoted"'


def parsed(table: Table) -> BeautifulSoup:
    return BeautifulSoup(table._repr_html_(), "html.parser")


def test_claim_and_article_ids_link_to_their_source_pages() -> None:
    frame = pd.DataFrame(
        {
            "quote": ["Tausende Soldaten"],
            "claim_id": ["2024-10-23-x-01"],
            "article_id": ["2024-10-23-x"],
        }
    )
    html = parsed(Table(frame))
    links = {a.get_text(): a["href"] for a in html.find_all("a")}
    assert links == {
        "2024-10-23-x-01": "sources/2024-10-23-x.html#claim-2024-10-23-x-01",
        "2024-10-23-x": "sources/2024-10-23-x.html",
    }
    assert [th.get_text() for th in html.find_all("th")] == ["quote", "claim", "article"]
    (quote,) = html.find_all("td", attrs={"data-label": "quote"})
    assert quote["lang"] == "de"


def test_a_cell_may_list_several_claims() -> None:
    frame = pd.DataFrame({"claim_id": [["a-1", "b-1"]], "article_id": [["a", "b"]]})
    hrefs = [a["href"] for a in parsed(Table(frame)).find_all("a")]
    assert hrefs == [
        "sources/a.html#claim-a-1",
        "sources/b.html#claim-b-1",
        "sources/a.html",
        "sources/b.html",
    ]


def test_claim_ids_without_articles_are_refused() -> None:
    with pytest.raises(ValueError, match="article_id"):
        Table(pd.DataFrame({"claim_id": ["a-1"]}))._repr_html_()


def test_values_are_escaped_and_the_box_is_a_named_scroll_region() -> None:
    frame = pd.DataFrame({"quote": [HOSTILE], "claimant": [HOSTILE], "n": [None]})
    html = parsed(Table(frame, label="Claims"))
    assert html.find("script") is None and not html.find_all("a")
    assert [td.get_text() for td in html.find_all("td")] == [HOSTILE, HOSTILE, ""]
    box = html.find("div", class_="claimbook-table-box")
    assert (box["role"], box["aria-label"], box["tabindex"]) == ("region", "Claims", "0")


def test_a_long_table_is_cut_with_a_note() -> None:
    frame = pd.DataFrame({"n": range(TABLE_ROWS + 3)})
    html = parsed(Table(frame))
    assert len(html.find_all("tr")) == TABLE_ROWS + 1
    assert "rows are shown" in html.find("p").get_text()
