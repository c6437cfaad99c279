"""Line breaks end sentences: a component that runs before the parser.

Scraped news puts the headline, datelines and every paragraph on lines of their own, often without
final punctuation ("Gearbox maker to cut 900 jobs\n\nKessler-Nordmann said on Thursday …"). Left
alone, the parser reads the headline and the lede as one sentence and gives "said" the headline's
subject. The parser keeps sentence starts set before it runs, so every token after a line break starts
one, and punctuation glued to the word before it (the closing mark of „… survive.“) never does.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsgraph_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    # Through the array, not Token.is_sent_start, which checks the whole document on every assignment.
    starts = doc.to_array([SENT_START]).view("int64")  # spaCy keeps -1 ("not a start") as uint64
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if "\n" in token.text_with_ws and not following.is_space:
            starts[token.i + 1] = 1
        elif following.is_punct and not token.whitespace_ and not token.is_space:
            starts[token.i + 1] = -1
    doc.from_array([SENT_START], starts.view("uint64"))
    return doc
