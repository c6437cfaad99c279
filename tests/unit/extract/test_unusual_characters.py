"""Invisible characters and unusual spaces are normalised at decoding, so names read as they show and the
`removed` offsets index the text the README says they do."""

import pytest

from newsgraph.extract import extract
from newsgraph.extract.text import decode, normalise
from newsgraph.model import RawDocument

#: Every character the extraction must not hand on to the parser.
UNUSUAL = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u00a0\u202f\u2007\u2028\u2029\x85"

STORY = ("Harbour talks resume in Velmar\r\n\r\n"
         "Ma\u00adrta\u00a0Quist, the port au\u00adthority\u2019s chair, said on Tuesday that talks with the "
         "dock\u200bworkers\u2019 union would resume next week.\u2029"
         "Read more: Velmar\u202fdockers vote to strike\u2028"
         "\u201cWe are close,\u201d said Jo\u200dhan\u2007Ek, who leads the union\u2019s team.\r\n"
         "Photo: Lena\u00a0Berg/\u200bVelmar Post\n"
         "Talks broke off in May over pay for night\u2060shifts.\ufeff")


@pytest.mark.parametrize("data", [STORY, STORY.encode("utf-8"), b"\xef\xbb\xbf" + STORY.encode("utf-8")],
                         ids=["str", "utf-8", "utf-8-bom"])
def test_the_article_text_is_clean_and_names_read_as_they_show(data):
    extracted = extract(RawDocument(source="story.txt", data=data))
    text = extracted.article.text
    assert not set(text) & set(UNUSUAL) and "\r" not in text
    assert "Marta Quist, the port authority\u2019s chair" in text and "dockworkers\u2019 union" in text
    assert "said Johan Ek, who leads" in text and "nightshifts." in text
    # The paragraph separator is a blank line, the line separator a newline.
    assert "next week.\n\n\u201cWe are close" in text
    assert extracted.article.title == "Harbour talks resume in Velmar"


def test_removed_offsets_index_the_decoded_and_normalised_input():
    extracted = extract(RawDocument(source="story.txt", data=STORY.encode("utf-8")))
    read = decode(STORY.encode("utf-8"), max_bytes=100_000).text
    assert read == normalise(STORY.replace("\r\n", "\n"))
    assert [(cut.reason, cut.text) for cut in extracted.removed] == [
        ("related-link", "Read more: Velmar dockers vote to strike\n"),
        ("photo-credit", "Photo: Lena Berg/Velmar Post\n")]
    for cut in extracted.removed:
        assert read[cut.start : cut.end] == cut.text


@pytest.mark.parametrize(("text", "expected"), [
    ("Kirill\u00a0Dmit\u200briev", "Kirill Dmitriev"),
    ("Mu\u00adsk", "Musk"),
    ("line\u2028next\u2029para\x85last", "line\nnext\n\npara\nlast"),
    # Ordinary text is untouched.
    ("caf\u00e9 \u2014 \u201cna\u00efve\u201d", "caf\u00e9 \u2014 \u201cna\u00efve\u201d"),
    ("family \U0001f468\u200d\U0001f469\u200d\U0001f467", "family \U0001f468\u200d\U0001f469\u200d\U0001f467"),
])
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_html_entities_for_invisible_characters_are_normalised_in_text_title_and_headline():
    html = ("<!DOCTYPE html><html lang='en'><head><title>Ma&shy;rta&nbsp;Quist quits the port board</title>"
            "<meta name='author' content='Lena&nbsp;Berg'></head><body><article>"
            "<h1>Ma&shy;rta&nbsp;Quist quits the port board</h1>"
            "<p>Ma&shy;rta&nbsp;Quist, the port au&shy;thority&#8217;s chair, resigned on Tuesday after eleven "
            "years on the board, the authority said in a statement.</p>"
            "<p>Her deputy, Jo&#8205;han&#8239;Ek, will lead the dock&#8203;workers&#8217; talks until the board "
            "names a successor\u00a0in June.</p></article></body></html>")
    extracted = extract(RawDocument(source="quist.html", data=html.encode("utf-8"), content_type="text/html"))
    article = extracted.article
    assert article.title == "Marta Quist quits the port board" and article.authors == ("Lena Berg",)
    # The headline, once clean, is recognised as the headline and is not body.
    assert article.text.startswith("Marta Quist, the port authority\u2019s chair, resigned")
    assert "Her deputy, Johan Ek, will lead the dockworkers\u2019 talks" in article.text
    assert not set(article.text) & set(UNUSUAL)
