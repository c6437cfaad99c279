"""The team's own attribution gold sets (the one the rules were tuned on, a held-out one written apart
from them, and the review rounds' pages): well-formed, PolNeAR-shaped, and in step with their sources."""

import re
from pathlib import Path

import pytest
from tests.conftest import load_script

from newsgraph.eval import OWN_GOLD, OWN_HELDOUT, OWN_REVIEWED, load_jsonl

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
GOLD = load_jsonl(OWN_GOLD)
HELDOUT = load_jsonl(OWN_HELDOUT)
REVIEWED = load_jsonl(OWN_REVIEWED)
# set name -> (file, generator, articles, most words an article may have)
SETS = {"own": (OWN_GOLD, "make_attribution_gold.py", 12, 300),
        "heldout": (OWN_HELDOUT, "make_attribution_heldout.py", 10, 350),
        "reviewed": (OWN_REVIEWED, "make_attribution_reviewed.py", 370, 900)}
DOCS = [*GOLD.values(), *HELDOUT.values()]
ROLES = ("source", "cue", "content")


def _pieces(doc):
    for n, a in enumerate(doc["attributions"]):
        for role in ROLES:
            for s, e in a[role]:
                yield n, role, s, e


@pytest.mark.parametrize("name", SETS)
def test_file_is_what_the_generator_builds(name):
    path, script, _, _ = SETS[name]
    generator = load_script(GOLDEN / script, script.removesuffix(".py"))
    assert path.read_text(encoding="utf-8") == generator.build(), (
        f"{path.name} is stale: run tests/golden/{script} and review the diff")


@pytest.mark.parametrize("name", SETS)
def test_news_length_articles(name):
    path, _, articles, most_words = SETS[name]
    gold = load_jsonl(path)
    assert len(gold) == articles
    for doc in gold.values():
        assert 150 <= len(doc["text"].split()) <= most_words, doc["id"]
        assert doc["text"].split("\n", 1)[0] == doc["meta"]["title"]
        assert "{" not in doc["text"] and "}" not in doc["text"], "markup left in the text"


def test_the_held_out_and_reviewed_sets_are_other_articles():
    sets = [GOLD, HELDOUT, REVIEWED]
    for i, one in enumerate(sets):
        for other in sets[i + 1:]:
            assert not set(one) & set(other)
            assert not {doc["text"] for doc in one.values()} & {doc["text"] for doc in other.values()}


@pytest.mark.parametrize("doc", REVIEWED.values(), ids=list(REVIEWED))
def test_reviewed_pages_are_scored_as_scraped_and_their_spans_are_clean(doc):
    assert doc["meta"]["scraped"] is True and doc["meta"]["negatives"]
    text = doc["text"]
    for n, role, s, e in _pieces(doc):
        assert 0 <= s < e <= len(text), (n, role, s, e)
        assert text[s:e] == text[s:e].strip() and "\n" not in text[s:e], (n, role, text[s:e])
    for a in doc["attributions"]:
        speakers = a["speaker"] if isinstance(a["speaker"], list) else [a["speaker"]]
        assert all(name is None or "(unnamed" not in name for name in speakers), a["speaker"]


def test_reviewed_conversion_follows_polnear_conventions():
    doc = next(d for d in REVIEWED.values() if "Halvorsen Foods profit" in d["text"])
    text = doc["text"]
    by_content = {text[a["content"][0][0]:a["content"][0][1]]: a for a in doc["attributions"]}
    # a reported clause keeps its "that"; a split quote is one attribution of two pieces, marks included
    assert "that record cocoa prices would continue to squeeze margins into next year" in by_content
    split = by_content["“The shrinkflation strategy has a shelf life,”"]
    assert [text[s:e] for s, e in split["source"] + split["cue"]] == ["Fiona Carrick", "said"]
    assert len(split["content"]) == 2 and text[slice(*split["content"][1])].startswith("“You can only")


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_every_span_is_inside_the_text_and_trimmed(doc):
    text = doc["text"]
    for n, role, s, e in _pieces(doc):
        assert 0 <= s < e <= len(text), (n, role, s, e)
        piece = text[s:e]
        assert piece == piece.strip(), (n, role, piece)
        assert "\n" not in piece, f"{role} of attribution {n} crosses a paragraph break"


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_roles_of_one_attribution_never_overlap(doc):
    for a in doc["attributions"]:
        assert a["content"] and a["cue"], a
        spans = sorted((s, e) for role in ROLES for s, e in a[role])
        assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False)), spans


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_contents_follow_polnear_boundaries(doc):
    text = doc["text"]
    for a in doc["attributions"]:
        s, e = a["content"][-1]
        last = text[s:e]
        # A sentence-final period stays outside an indirect content; a direct one ends on its closing mark.
        assert not last.endswith("."), last
        if last[0] in "\u201c\"":
            assert last[-1] in "\u201d\"", last


def _find(doc_id, role, fragment):
    doc = GOLD[doc_id]
    return [[doc["text"][s:e] for s, e in a[role]] for a in doc["attributions"]
            if any(fragment in doc["text"][s:e] for s, e in a["content"])]


@pytest.mark.parametrize(("doc_id", "fragment", "role", "expected"), [
    # split direct: two pieces, source and cue between them
    ("own_2025-03-04_riverton-budget", "find savings", "content",
     ["“We asked every department to find savings,”",
      "“Nobody got everything they wanted, and that is usually the sign of a fair budget.”"]),
    ("own_2025-03-04_riverton-budget", "find savings", "source", ["she"]),
    # mixed quote, role-and-name source
    ("own_2025-03-04_riverton-budget", "not perfect", "source", ["Mayor Elena Vasquez"]),
    # "according to" is the cue; the source follows it
    ("own_2025-02-11_halden-foods-layoffs", "Millbrook and Eastgate", "cue", ["according to"]),
    ("own_2025-02-11_halden-foods-layoffs", "Millbrook and Eastgate", "source",
     ["a memo sent to employees on Tuesday"]),
    # reporting noun with a possessive source; "that" belongs to the content
    ("own_2025-02-11_halden-foods-layoffs", "planned the cuts", "source", ["the union’s"]),
    ("own_2025-02-11_halden-foods-layoffs", "planned the cuts", "content",
     ["that the company had planned the cuts while negotiating a new contract"]),
    # belief
    ("own_2025-05-21_central-bank-rates", "at least once", "cue", ["believe"]),
    # multi-paragraph direct quote: one piece a paragraph, no closing mark on the first
    ("own_2025-09-15_okafor-rally", "thirty years", "content",
     ["“For thirty years people here have been told to wait. Wait for the factory to come back, wait for the "
      "highway, wait for somebody in the capital to remember where Grantsville is.",
      "“I am done waiting. The tracks are still here. The stations are still here. What has been missing is "
      "the will to use them.”"]),
    # a follow-on quote without its own cue joins the preceding attribution
    ("own_2025-09-15_okafor-rally", "federal grants", "content",
     ["federal grants could cover most of the cost", "“If other states can do it, so can we.”"]),
    ("own_2025-09-30_school-board-phones", "Parents will still", "cue", ["said"]),
    # cue before source in an inverted split quote
    ("own_2025-01-28_nurses-strike", "not striking", "source",
     ["Rosa Delgado, a nurse in the intensive care unit for 14 years"]),
    # a nested attribution: the content of "according to" holds BrightPath's intention
    ("own_2025-07-09_brightpath-merger", "BrightPath intends", "source",
     ["two people familiar with the company’s plans"]),
    ("own_2025-07-09_brightpath-merger", "terminal business", "cue", ["intends"]),
    # one mention, two attributions
    ("own_2025-09-30_school-board-phones", "enforced", "source",
     ["The only board member to vote no, Felix Romero,"]),
    ("own_2025-11-12_skyline-profit-warning", "costly", "content",
     ['"The strike was costly, and we will not pretend otherwise,"',
      '"But bookings for the winter are ahead of last year."']),
])
def test_offsets_cover_the_intended_words(doc_id, fragment, role, expected):
    found = _find(doc_id, role, fragment)
    assert expected in found, found


def test_cases_the_set_promises_are_covered():
    cases = {case for doc in GOLD.values() for case in doc["meta"]["cases"]}
    for case in ("direct", "split direct", "multi-paragraph direct", "indirect that", "according to",
                 "reporting noun", "belief", "intention", "mixed", "pronoun source", "role source",
                 "follow-on quote without cue"):
        assert case in cases, case
    assert all(re.fullmatch(r"own_\d{4}-\d\d-\d\d_[a-z0-9-]+", doc_id) for doc_id in GOLD)
