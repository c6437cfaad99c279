import pytest

from newsgraph.nlp.quotemarks import find_quotations


def texts(source):
    return [[source[s:e] for s, e in q.pieces] for q in find_quotations(source)]


@pytest.mark.parametrize("quoted", [
    "\u201cWe will build it,\u201d",
    '"We will build it,"',
    "\u00abWe will build it,\u00bb",
    "\u201eWe will build it,\u201c",
    "\u2018We will build it,\u2019",
])
def test_every_common_style(quoted):
    source = f"{quoted} she said."
    assert texts(source) == [[quoted]]


def test_apostrophes_are_not_quotation_marks():
    source = "Russia\u2019s agency said it\u2019s ready. Don't ask about the mayor's car."
    assert texts(source) == []


def test_a_quotation_over_several_paragraphs_is_one_with_a_piece_per_paragraph():
    source = ("She said:\n"
              "\u201cThe first paragraph of the speech.\n"
              "\u201cThe second paragraph.\n"
              "\u201cThe last one.\u201d\n"
              "Then she left.")
    assert texts(source) == [["\u201cThe first paragraph of the speech.", "\u201cThe second paragraph.",
                              "\u201cThe last one.\u201d"]]


@pytest.mark.parametrize("mark, close", [("'", "'"), ("\u2018", "\u2019")])
# (opening a paragraph, or after the colon that opens speech)
@pytest.mark.parametrize("said", ["The chair said:\n", "Ann Berg, the chair, said: "])
def test_single_marks_over_several_paragraphs_are_one_quotation_too(mark, close, said):
    source = (f"{said}{mark}The board has lost confidence. I don't say that lightly.\n"
              f"{mark}We have appointed auditors.{close}\nShares fell. The shop's owner said: it's over.")
    assert texts(source) == [[f"{mark}The board has lost confidence. I don't say that lightly.",
                              f"{mark}We have appointed auditors.{close}"]]


def test_an_elision_opening_a_paragraph_is_no_quotation():
    assert texts("'90s bands are back, the promoter said.\n'tis the season, the shop owner said.") == []


def test_split_quote_gives_two_quotations():
    source = "\u201cWe won,\u201d he said. \u201cNow we govern.\u201d"
    assert texts(source) == [["\u201cWe won,\u201d"], ["\u201cNow we govern.\u201d"]]


def test_single_quotes_inside_double_are_not_separate():
    source = "\u201cThey called it \u2018a disaster\u2019 on air,\u201d she said."
    assert texts(source) == [["\u201cThey called it \u2018a disaster\u2019 on air,\u201d"]]


def test_an_unbalanced_mark_ends_with_its_paragraph_and_the_rest_is_still_read():
    source = "\u201cThis never closes\nNext paragraph with \u201ca real quote\u201d here."
    assert texts(source) == [["\u201cThis never closes"], ["\u201ca real quote\u201d"]]


def test_unclosed_words_quoted_in_a_clause_end_with_their_sentence_not_in_the_next_paragraph():
    source = ("She said the deal was \"a victory for every member. The company said it would reopen.\n"
              "\"It was a long fight,\" she said. \"We never gave up.\"")
    assert texts(source) == [['"a victory for every member.'], ['"It was a long fight,"'], ['"We never gave up."']]


def test_words_quoted_in_a_clause_that_go_on_in_the_first_person_run_on_to_the_next_paragraph():
    source = ("She called the closure \u201ca blow to every family. We were promised a school.\n"
              "\u201cI will fight this,\u201d she said.")
    assert texts(source) == [["\u201ca blow to every family. We were promised a school.",
                              "\u201cI will fight this,\u201d"]]


def test_an_unclosed_mark_that_opens_a_sentence_still_runs_on_to_the_next_paragraph():
    source = 'She said: "We won.\n"We will fight on."\nHe said "we are done.\n"Truly."'
    assert texts(source) == [['"We won.', '"We will fight on."'], ['"we are done.'], ['"Truly."']]


def test_two_apostrophes_are_a_double_mark():
    text = "''It is over,'' she said. ''We're done.'' He called it ''a 'big' mistake.''"
    assert texts(text) == [["''It is over,''"], ["''We're done.''"], ["''a 'big' mistake.''"]]


def test_two_apostrophes_over_several_paragraphs():
    text = "''The first part\n''and the last part.''"
    assert texts(text) == [["''The first part", "''and the last part.''"]]


@pytest.mark.parametrize("text", ["He said '' and she left the room without a word.",
                                  "It has a 15'' screen and a keyboard."])
def test_two_apostrophes_that_open_nothing(text):
    assert texts(text) == []


@pytest.mark.parametrize("source, expected", [
    ("\u201cThe deal is off,\" Berg said, calling it \u201cfinal.\u201d",
     ["\u201cThe deal is off,\"", "\u201cfinal.\u201d"]),
    ("\"The deal is off,\u201d Berg said. \"It is final.\"", ["\"The deal is off,\u201d", "\"It is final.\""]),
    ("She called it \u201cslow\u201c and \u201cdear\u201c.", ["\u201cslow\u201c", "\u201cdear\u201c"]),
    ("\u201cThe so-called \"reform\" is a sham,\u201d Hale said.", ["\u201cThe so-called \"reform\" is a sham,\u201d"]),
    ("\"He called it \u201cfake news\u201d again,\" said Kent.", ["\"He called it \u201cfake news\u201d again,\""]),
    ("\u201cThe 6\" pipe burst,\u201d the plumber said.", ["\u201cThe 6\" pipe burst,\u201d"]),
])
def test_a_mark_of_the_other_style_closes_a_quotation_unless_its_own_mark_follows(source, expected):
    assert [q[0] for q in texts(source)] == expected


def test_dialogue_opened_by_a_dash_is_speech_around_the_reporters_words():
    text = ("—She has not told you who pays —Ocampo said—. I will tell you who pays.\n\n"
            "—Will you raise taxes? —asked the moderator.\n\n"
            "— Alabama: 12 new clinics.\n\n"
            "—A list item with a dash —the largest rise.")
    spoken = [[text[s:e] for s, e in q.pieces] for q in find_quotations(text) if q.dialogue]
    assert spoken[:3] == [["She has not told you who pays"], ["I will tell you who pays."],
                          ["Will you raise taxes?"]]
    # (The last line is quoted too; only a reporting verb between the dashes makes it someone's speech.)
    assert not any("Alabama" in piece for pieces in spoken for piece in pieces)


def test_a_plurals_possessive_apostrophe_inside_single_quotes_does_not_close_them():
    text = "\u2018The museums\u2019 director says the price will rise. I have worked here for years\u2019, she said."
    [quotation] = find_quotations(text)
    assert text[quotation.start:quotation.end].endswith("years\u2019")
    # (but a closing mark after a plural before "and" closes, as ever)
    text = "He called the plans \u2018a disaster for farmers\u2019 and vowed to fight them."
    assert [text[q.start:q.end] for q in find_quotations(text)] == ["\u2018a disaster for farmers\u2019"]
    # (nor does one run on into the next quotation)
    text = ("Unions called it \u2018a betrayal of workers\u2019 amid protests, while ministers hailed \u2018a new "
            "dawn\u2019 for industry.")
    assert [text[q.start:q.end] for q in find_quotations(text)] == ["\u2018a betrayal of workers\u2019",
                                                                   "\u2018a new dawn\u2019"]
    # (and many possessives in one quotation are read once each: the look-ahead never asks itself again)
    text = "\u2018" + " ".join(f"the farmers\u2019 cows {k}" for k in range(60)) + "\u2019, he said."
    [quotation] = find_quotations(text)
    assert quotation.end == text.index(", he said")
