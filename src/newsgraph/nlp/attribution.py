"""Attributions: who is reported as saying, believing or intending what.

Each attribution has a cue (the reporting word: "said", "hinted at", "according to"), a content (one
or more character ranges) and a source (the mention as written: "Kirill Dmitriev", "he", "the head
of …"). Content comes from the cue's frame, the one the cue model (``cues``) scores highest: a
clausal complement, an infinitive, an object, a prepositional object, a passive subject. Direct
quotations are found by their marks (``quotemarks``) and joined to the cue whose content they fall in
or stand next to; quotations with no cue of their own that read as sentences are follow-on quotes,
and quotations of a few words in narration (scare quotes, titles) are not attributions at all.
Transcript turns ("PENCE: …") and quote galleries signed after a dash are read by their layout.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.layout import DATELINE, PAGE_LABELS, UPDATE_LABEL, correction_notes, headline_line, lede_line
from newsgraph.nlp.cues import (
    CONTENT_DEPS,
    CUE_POS,
    HEAD_DEPS,
    CueModel,
    Frame,
    hand_relations,
    is_negated,
    quoted_as_saying,
    relations,
    shipped_model,
    subject_of,
)
from newsgraph.nlp.entities import NAME_PARTICLES
from newsgraph.nlp.headlines import headline_speakers, is_title_case
from newsgraph.nlp.quote_types import STATEMENT, quote_type
from newsgraph.nlp.quotemarks import Quotation, find_quotations, line_spans, quoted_token_indices
from newsgraph.nlp.roles import is_role_noun
from newsgraph.nlp.spanindex import SpanIndex
from newsgraph.nlp.syntax import doc_text, doc_tokens, line_breaks

_FORECASTS = frozenset({"predict", "forecast", "project"})
_WAYS_OF_THINGS = frozenset({"plan", "schedule", "script", "tradition", "custom", "form", "expectations"})
_CUE_MODIFIERS = {"aux", "auxpass", "neg", "advmod"}
#: A frame is a cue when the cue model gives it at least this probability; chosen on PolNeAR dev (README).
DEFAULT_THRESHOLD = 0.25
_MIN_FOLLOW_ON_WORDS = 4
# Two frames whose probabilities differ by less than this are a tie for the cue model.
_TIED = 0.02
#: Quoted words inside an indirect content that make it mixed ("called the plan “a total failure”"); a
#: single quoted word is more often a scare quote or a name than the speaker's own phrase.
_MIXED_MIN_WORDS = 2
_MIN_CONTENT_WORDS = 2
_RAISING = {"seem", "appear"}
_WON_THINGS = frozenset({"title", "victory", "win", "prize", "medal", "trophy", "crown", "life", "seat", "championship",
                        "place", "spot", "gold", "silver", "bronze", "cup", "pole", "point", "wicket", "scalp"})
_PEOPLE_WORDS = frozenset({"people", "officials", "residents", "voters", "critics", "lawmakers", "members",
                           "workers", "leaders", "police", "staff", "supporters", "opponents", "analysts", "experts",
                           "executives"})
_SUBORDINATORS = {"after", "before", "when", "while", "because", "since", "until", "although", "though", "unless",
                  "as", "once"}
_MAX_SOURCE_TOKENS = 25
_DASHES = {"-", "\u2013", "\u2014", "--"}
#: "WASHINGTON (AW) — ", "OSLO, Norway - ", "BRUSSELS -- ": capitals, an optional place and agency, a dash.
_FOCUSING = {"even", "also", "both", "typically", "usually", "often", "only", "too", "still"}
_TRAILING_SOURCE_PUNCT = {",", ";", ":", "-", "\u2013", "\u2014", "--"}
_SURE = 0.6  # cue probability above which a one-word content stands
_SURE_SIBLING = 0.7  # and above which a cue coordinated with another's content stands on its own
_WORD = re.compile(r"\w+")
# A signature after a closing quotation mark: a dash, then a capitalised name ending its line.
_SIGNATURE = re.compile(r"[ \t\u00a0]*(?P<dash>[\u2015\u2014\u2013])[ \t\u00a0]*"
                        r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,4}?)[ \t\u00a0.]*(?:\n|$)")
_HAND_PROBABILITY = 0.5  # a hand-listed reporting verb next to a quotation the parse did not attach
_CLAUSE_RELATIONS = {"ccomp", "head:parataxis", "head:ccomp"}
# Speech verbs that come after the quotation, with the speaker after them: "“…,” said Per Østby".
_INVERTED_CUES = frozenset({"say", "ask", "add", "reply", "answer", "tell", "write", "explain", "insist", "recall"})
_QUESTION_LABELS = {"q", "question"}
QUESTION_LINE = re.compile(r"[ \t]*(?:(?:q|question)[ \t]*:|q\.[ \t])", re.I)
#: A turn of a transcript printed as court reporters print it: "Q. You wrote this email?" / "A. I did."
TRANSCRIPT_TURN = re.compile(r"^[ \t]*([QA])\.[ \t]+\S", re.MULTILINE)
# What the paragraph before such a transcript says it is when the questions are someone's (a lawyer's, a
# senator's), not the outlet's own interview.
_EXAMINATION = re.compile(r"\b(transcript|cross-examin\w*|examination|examined|questioning|questioned|testimony"
                          r"|deposition|hearing(?! (?:loss|aids?|impair\w*|test\w*)))\b", re.I)
# What a title in quotation marks names, or the word that introduces it: "a book, “…”", "titled “…”".
_NAMED_WORKS = frozenset({"book", "novel", "film", "movie", "album", "song", "play", "series", "documentary", "memoir",
                          "report", "study", "paper", "essay", "column", "show", "podcast", "titled", "entitled",
                          "called", "named", "dubbed"})
#: Verbs that characterise something in the speaker's words: 'described it as “a farce”'.
_CHARACTERISING = frozenset({"describe", "dismiss", "brand", "label", "term", "characterise", "characterize",
                             "deride", "hail", "denounce", "decry", "condemn", "criticise", "criticize", "portray",
                             "depict", "reject", "praise", "welcome", "slam", "attack", "blast", "cast"})
#: Verbs that give something its name: what they put in quotation marks is a name, not a statement.
_NARRATING = frozenset({"later", "then", "subsequently", "afterwards", "afterward", "eventually", "soon"})
_OPENING_MARKS = "\"'\u201c\u2018\u00ab\u201e"
_CLOSING_MARKS = "\"'\u201d\u2019\u00bb\u201c"
_REBUTTING = frozenset({"reject", "dismiss", "deny", "dispute", "refute", "contest", "question", "challenge"})
# Nouns whose "that" clause is someone's statement even where another's words report it ("his claim that …").
_CLAIMS = frozenset({"claim", "assertion", "insistence", "warning", "argument", "allegation", "contention",
                     "accusation", "suggestion", "denial", "admission", "prediction", "promise", "pledge"})
# How sources ask to be named ("to be identified by their first names"), and what of their names they ask be
# left out ("that her surname not be used").
_NAMING_CONDITIONS = frozenset({"name", "identify", "quote"})
_NAMES = frozenset({"name", "surname", "identity"})
_NAMING_CUES = frozenset({"nickname", "call", "dub", "know", "name", "read", "bill", "title", "christen"})
# What follows a name in Hindi and Japanese usage, in lower case ("Mishra ji", "Tanaka-san").
_HONORIFICS_AFTER_NAMES = frozenset({"ji", "sahib", "saheb", "san", "sama", "kun", "chan", "sensei"})
_NAME_MINOR_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with"})
_FRAME_CHILD_DEPS = frozenset(CONTENT_DEPS | {"advcl", "prep", "prt", "agent"})


@dataclass
class Attribution:
    kind: str
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    source_root: int | None  # token index of the source mention's head
    cue_token: int | None
    sentence: int  # index of the sentence holding the cue (or the quotation)
    confidence: float
    type: str = STATEMENT  # what it reports: quote_types.QUOTE_TYPES
    speaker: object | None = None  # Cluster, set by newsgraph_speakers
    about: list = field(default_factory=list)
    when: str | None = None

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


def sentence_index(doc: Doc) -> tuple[list[Span], dict[int, int]]:
    """The document's sentences, and for each token index the index of its sentence."""
    sentences = list(doc.sents)
    return sentences, {i: k for k, sentence in enumerate(sentences) for i in range(sentence.start, sentence.end)}


def _content_range(frame: Frame, cue: Token, quoted: set[int]) -> tuple[int, int]:
    start, end = frame.root.left_edge.i, frame.root.right_edge.i + 1
    # "It would take weeks, he said, and wrangling could paralyse it": what was said is the clause before
    # the cue, whether the parse hangs the cue off that clause or off the one coordinated after it. A
    # condition ("…, he said, but only if …") or the speaker's own words ("…, he said, but “…”") go on
    # with the statement.
    if frame.head_side and frame.root.dep_ == "conj" and cue.left_edge.i == start:
        return frame.root.head.left_edge.i, start
    if frame.head_side and frame.root.i < cue.i and any(
            c.dep_ == "conj" and c.left_edge.i > cue.right_edge.i and _new_clause(c)
            and not any(i in quoted for i in range(c.left_edge.i, c.right_edge.i + 1))
            for c in frame.root.children):
        return start, cue.left_edge.i
    # "The union said on Tuesday it would strike": a date between the cue and the clause's subject
    # dates the saying, wherever the parse attached it.
    if frame.relation == "ccomp" and not frame.head_side and cue.i < start:
        subject = next((c for c in frame.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        lead = cue.doc[start : subject.left_edge.i] if subject is not None else ()
        if lead and any(t.ent_type_ in ("DATE", "TIME") for t in lead) and all(
                t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "PUNCT", "DET") for t in lead):
            start = subject.left_edge.i
    # "said the vice-chancellor, Professor Graham Nkosi, would meet …": a subject the parse made the cue's
    # object (or complements of it) is the subject of the clause that has none.
    if frame.relation == "ccomp" and not frame.head_side and cue.i < start and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in frame.root.children):
        lead = cue.doc[cue.i + 1 : start]
        if lead and lead[0].dep_ != "punct" and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in lead) \
                and not any(t.dep_ in ("nsubj", "nsubjpass") for t in lead) and all(
                t.head.i == cue.i and t.dep_ in ("dobj", "ccomp", "punct") or cue.i < t.head.i < start for t in lead):
            start = cue.i + 1
    # "a package that the government says will deliver 9,000 homes": the relative pronoun the clause's
    # subject stands on is the reporter's link, not part of what was said.
    if frame.relation == "ccomp" and not frame.head_side and start < cue.i and cue.dep_ == "relcl" \
            and cue.doc[start].tag_ in ("WDT", "WP") and cue.doc[start].head.i == frame.root.i:
        start = min(t.i for t in frame.root.subtree if t.i > cue.i)
    # "told jurors that Tate had sold the items in March, days after Banks flew to Thailand": a clause the
    # parse made a second complement of the cue, opened by a subordinator, goes on with the first; "said her
    # contract ran until 2027 and she had no intention of leaving": so does a clause the parse coordinated with
    # the cue, if a pronoun opens it and its verb is back-shifted as reported speech is.
    if frame.relation == "ccomp" and not frame.head_side and cue.i < start:
        for sibling in cue.children:
            # (but not another's statement: "…, hours before people familiar with the matter said it was …")
            if sibling.dep_ == "ccomp" and sibling.i > frame.root.i and sibling.left_edge.i <= end + 1 \
                    and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in sibling.children) \
                    and not (sibling.lemma_.lower() in lexicons.reporting_frames()
                             and any(c.dep_ == "nsubj" for c in sibling.children)):
                end = max(end, sibling.right_edge.i + 1)
            if sibling.dep_ == "conj" and sibling.i > frame.root.i and sibling.left_edge.i <= end + 2 \
                    and (_reported_coordinate(sibling) or _reported_predicate(sibling)):
                end = max(end, sibling.right_edge.i + 1)
    for child in cue.children:
        # "called Wells Fargo's behavior 'outrageous'", "urged Republicans to join …": the object is part
        # of what was said.
        if child.dep_ == "dobj" and child.i < start and frame.relation in ("oprd", "prep:as", "xcomp"):
            start = child.left_edge.i
        # "saw the comment as a dig at …", "focused on climate change as a signature issue", "has called
        # climate change a hoax"
        if (frame.relation == "dobj" or frame.relation.startswith("prep:")) and child.i >= end and (
                child.dep_ == "prep" and child.lower_ == "as" or frame.relation == "dobj" and child.dep_ == "oprd"):
            end = child.right_edge.i + 1
    # "predicted cloud on the summits from early afternoon": a forecast's where and when are part of it, however
    # the parse hung them on the verb (not "predicted a recovery in a note to clients").
    if frame.relation == "dobj" and cue.lemma_.lower() in _FORECASTS:
        for child in sorted(cue.children, key=lambda c: c.i):
            if child.dep_ == "prep" and child.i == end and child.lower_ not in ("to", "with", "in"):
                end = child.right_edge.i + 1
    # "praised the agreement in a post on X", "reported her presence on Twitter": where it was said,
    # which the parse may hang inside the object, is not what was said.
    if frame.relation == "dobj":
        doc = cue.doc
        for token in doc[start + 1 : end]:
            if token.dep_ == "prep" and token.head.i == frame.root.i and any(
                    c.dep_ == "pobj" and c.lower_ in lexicons.words("speech_media") for c in token.children):
                end = token.i
                break
    return start, end


def _reported_coordinate(verb: Token) -> bool:
    """ "… and she had no intention …", "… and it would close …": a clause opening on a third-person pronoun,
    its verb back-shifted as reported speech is: "had", "was", "would …", "had been …" (not "… and he left the
    room", nor another speech verb with a report of its own)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "PRP" or subject.lower_ in ("i", "we", "you"):
        return False
    if not all(t.dep_ in ("cc", "punct") for t in verb.doc[verb.left_edge.i : subject.i]):
        return False
    return not _narration_goes_on(verb) and _back_shifted(verb)


def _narration_goes_on(verb: Token) -> bool:
    """ "… and he was later arrested", "… and she was born there", "… and would eventually serve six years": the
    reporter's story going on, in the passive or with a word that orders events."""
    return any(c.dep_ == "auxpass" or c.dep_ == "advmod" and c.lower_ in _NARRATING for c in verb.children) \
        or verb.lemma_ == "bear"


def _reported_predicate(verb: Token) -> bool:
    """ "said it was grateful and would post written answers": a predicate with no subject of its own that
    the parse coordinated with the cue, but whose modal ("would", "could") puts it in the reported future
    (not "said it was grateful and left", nor "… and will say so again")."""
    # (after a cue in the past, "… and would eventually serve six years in prison" is the reporter's story going on;
    # after "says", "… but would eventually add $84 billion" is still what is said)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
            or verb.head.tag_ == "VBD" and _narration_goes_on(verb):
        return False
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("will", "can", "shall")
                                     for c in verb.children) \
        and not _reports_here(verb)


def _reports_here(verb: Token) -> bool:
    """A speech verb used as one: with the complement its frame takes ("would post that …", "would praise
    the deal"), not "would post written answers"."""
    reported_by = hand_relations(verb.lemma_.lower())
    return any(c.dep_ in reported_by for c in verb.children)


def _back_shifted(verb: Token) -> bool:
    """A verb in the tense reported speech shifts into ("had", "was", "would …", "had been …", "was
    travelling"), and no speech verb with a report of its own."""
    shifted = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have"
                                       or c.lemma_ == "be" and c.tag_ == "VBD" and verb.tag_ == "VBG")
                  for c in verb.children) or verb.tag_ == "VBD" and verb.lemma_ in ("be", "have")
    return shifted and verb.lemma_.lower() not in lexicons.reporting_frames()


def _continued_after_cue(frame: Frame, cue: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "The band had argued for weeks, she said, and by the time they reached Portugal the drummer was
    travelling in a separate van": a clause coordinated after the cue that goes on in reported speech's
    tense, with an auxiliary ("had", "would", "was …ing"), goes on with what was said (not "…, he said, and
    left the room", "…, he said, and shares were down 12%", "…, she said, and her voice was breaking as she
    spoke")."""
    if not (frame.head_side and frame.root.i < cue.i):
        return None
    for c in frame.root.children:
        if c.dep_ == "conj" and c.left_edge.i > cue.right_edge.i and _new_clause(c) and _back_shifted(c) \
                and any(a.dep_ == "aux" for a in c.children) \
                and not any(t.lemma_.lower() in lexicons.reporting_frames() or t.lemma_.lower() in ("speak", "talk")
                            for t in c.subtree if t.pos_ == "VERB") \
                and not any(i in quoted for i in range(c.left_edge.i, c.right_edge.i + 1)):
            start = c.left_edge.i
            while cue.doc[start].dep_ in ("cc", "punct") and start < c.i:
                start += 1
            return start, c.right_edge.i + 1
    return None


def _new_clause(verb: Token) -> bool:
    children = [c.dep_ for c in verb.children]
    return "mark" not in children and any(d in children for d in ("nsubj", "nsubjpass", "expl"))


def _subject_is_content(frame: Frame, cue: Token) -> Token | None:
    """ "The efforts are expected to continue", "Melania seems to have vanished": with a passive or raising
    cue the subject is part of the content, and no one is named as its source."""
    passive_only = frame.relation == "oprd" or frame.relation.startswith("prep:")
    if frame.relation not in ("xcomp", "ccomp") and not passive_only:
        return None
    for child in cue.children:
        if child.dep_ == "nsubjpass" or not passive_only and child.dep_ == "nsubj" and cue.lemma_.lower() in _RAISING:
            return child
    return None


def _source_range(subject: Token, cue: Token) -> tuple[int, int]:
    """The source as written: the subject's whole phrase, appositives and relative clauses included,
    stopping short of the cue when the cue sits inside that phrase ("a Trump tweet attacking …")."""
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    if start <= cue.i < end:
        start, end = (start, subject.i + 1) if subject.i < cue.i else (subject.i, subject.i + 1)
    doc = subject.doc
    # ("… rebuilding the High Atlas after the March 2026 earthquake said": the preposition's object the parse made
    # a second subject of the cue ends the phrase.)
    if doc[end - 1].pos_ == "ADP":
        end = next((c.right_edge.i + 1 for c in subject.head.children if c.dep_ == "nsubj" and c.left_edge.i == end),
                   end)
    # A dateline or heading parsed into the phrase ("2:25 p.m.\n\nDonald Trump", "BRUSSELS - European
    # leaders") is not part of it.
    start = _after_line_breaks(doc, start, subject.i)
    for token in doc[start : subject.i]:
        if token.text in _DASHES and doc[start].is_upper and token.i > start:
            start = token.i + 1
    # "The farmers, many of whom …, parked across the entrances and said …": a first predicate the
    # parse hung off the subject as a participle, joined to the cue by "and", is not part of the source.
    if any(c.dep_ == "cc" and c.i > subject.i and c.i >= cue.i - 3 for c in subject.children):
        predicate = next((c for c in subject.children if c.dep_ == "acl" and c.i > subject.i
                          and c.tag_ in ("VBD", "VBN") and doc[c.left_edge.i - 1].text == ","), None)
        if predicate is not None:
            end = min(end, predicate.left_edge.i)
    # ("The minister responsible for buying the Army's vehicles has told …": the adjective the parse made the
    # sentence's verb, and what it governs, postmodify the source.)
    if cue.dep_ == "advcl" and cue.head.i == subject.head.i and subject.head.pos_ == "ADJ" \
            and subject.head.i == end and cue.left_edge.i > end:
        end = cue.left_edge.i
    # "an arbitration panel in 2001": a date is when, not who.
    for child in subject.children:
        if child.i > subject.i and child.dep_ == "prep" and any(
                t.ent_type_ == "DATE" for t in child.children if t.dep_ == "pobj"):
            end = min(end, child.left_edge.i)
    # ("Raimundo dos Santos Ferreira, who sells coffee, said": the given names the parse left before a particle.)
    if start == subject.left_edge.i:
        while start >= 2 and doc[start - 1].is_lower and doc[start - 1].lower_ in NAME_PARTICLES \
                and doc[start - 2].ent_type_ == "PERSON" and doc[start - 2].is_title:
            start -= 2
            while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].is_title:
                start -= 1
    # "Even China", "Both Mr. King and Mr. Schultz": a focusing word before the name is not part of it.
    while start < subject.i and doc[start].lower_ in _FOCUSING:
        start += 1
    # ("“… So we did,” Margaret “Peg” Osterhout said": the mark that closed the quotation is not the name's.)
    while start < subject.i and doc[start].is_quote and doc[start].whitespace_:
        start += 1
    # "Baker, who was convicted in May, said": the comma closes the clause, not the source.
    # (and a no-break space the tokenizer kept as a token is no one's: "PolitiFact\xa0says")
    while end - 1 > subject.i and (doc[end - 1].text in _TRAILING_SOURCE_PUNCT or doc[end - 1].is_space):
        end -= 1
    while start < subject.i and doc[start].is_space:
        start += 1
    return start, end


def _after_line_breaks(doc: Doc, start: int, stop: int) -> int:
    """The first token of ``doc[start:stop]`` after its last line break (``start`` if it has none)."""
    breaks = line_breaks(doc, start, stop)
    return breaks[-1] + 1 if breaks else start


def _outer_speaker(cue: Token) -> Token | None:
    """ "The judge accepted that Marsh had shown remorse but said …", "He believes the cuts could save £30m
    and said …": a speech verb with no subject of its own that the parse coordinated with a verb inside
    what another cue reports is that cue's, and has its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    reports_clauses = "clause" in lexicons.reporting_frames().get(cue.lemma_.lower(), ())
    if reports_clauses and _coordinated_as_complement(cue):
        return next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
    if cue.dep_ != "conj":
        return None
    clause = cue.head
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    reporter = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause.dep_ != "ccomp" or reporter.lemma_.lower() not in lexicons.reporting_frames() or subject is None:
        return None
    # "The White House said the request was urgent and accused Republicans of …": a request accuses no
    # one, so any speech verb goes to the reporter; a person in the clause may be the one who acted.
    if not reports_clauses and (subject.pos_ != "NOUN" or subject.ent_type_ or subject.lower_ in _PEOPLE_WORDS
                                or is_role_noun(subject)):
        return None
    return next((c for c in reporter.children if c.dep_ == "nsubj"), None)


def _fronted_head(cue: Token) -> tuple[int, int] | None:
    """ "Corvane will pay $1.4 billion to settle the lawsuits, the lead lawyer said Tuesday, adding …": a
    sentence before the cue's comma and subject, which the parse made the clause the cue is coordinated
    with, is what the cue reports (not when "and" joins them: "Profits rose, and analysts said …")."""
    head = cue.head
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue.dep_ != "conj" or subject is None or not head.i < subject.left_edge.i < cue.i \
            or cue.doc[subject.left_edge.i - 1].text != "," or any(c.dep_ == "mark" for c in head.children) \
            or any(c.dep_ in ("cc", "preconj") and head.i < c.i < cue.i for c in head.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    return head.left_edge.i, subject.left_edge.i - 1


def _clause_before_subject(cue: Token) -> tuple[int, int] | None:
    """ "CEDAR GAP — People in Cedar Gap should stay indoors until Friday, the county's top health official
    said Monday": a dateline the parse took for a noun hangs the sentence before the cue's comma off it
    (as a clause of a second subject of the cue, or as a sentence of its own that ends at the comma);
    that sentence is what the cue reports."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if cue.dep_ != "ROOT" or not subjects or subjects[-1].right_edge.i + 1 != cue.i \
            or any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in cue.children):
        return None
    doc = cue.doc
    comma = subjects[-1].left_edge.i - 1
    start = cue.sent.start
    if comma == start and comma > 0 and doc[comma - 1].sent.end == comma and "\n" not in doc[comma - 1].sent.text:
        start = doc[comma - 1].sent.start
    elif len(subjects) < 2:
        return None
    if comma <= start or doc[comma].text != "," or doc[start].pos_ in ("SCONJ", "ADP") \
            or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[start:comma]):
        return None
    return start, comma


def _with_second_that_clause(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """ "said that it had been built with steel ‘…’, and that state engineers had approved it ‘…’": a clause
    opened by "that" right after the content, which the parse coordinated with the cue, is the cue's second
    complement."""
    doc = cue.doc
    complements = {t.i for c in cue.children if c.dep_ == "ccomp" for t in c.subtree}
    for conj in cue.children:
        if conj.dep_ == "conj" and conj.i > content[1] and conj.left_edge.i >= content[1] \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in conj.children) \
                and all(t.is_punct or t.dep_ == "cc" or t.i in complements
                        for t in doc[content[1] : conj.left_edge.i]):
            return content[0], conj.right_edge.i + 1
    return content


def _coordinated_as_complement(cue: Token) -> bool:
    """ "Intercargo said it welcomed the extension but warned that …", "alleged that … and said the party
    would …": a second speech verb the parse made a clause of the first."""
    return cue.dep_ == "ccomp" and cue.i > 0 and cue.doc[cue.i - 1].dep_ == "cc" \
        and cue.head.lemma_.lower() in lexicons.reporting_frames()


def _named_after_a_participle(doc: Doc, source: tuple[int, int]) -> Token | None:
    """ "Speaking in Bemba at her farm near Serenje, Bwalya Mulenga, 58, said: …": the person named after the
    participle that opens the sentence, however the parse joined the name to the participle's last place."""
    opening = doc[source[0]]
    if opening.tag_ != "VBG" or not opening.is_sent_start:
        return None
    # (the last name set off by a comma: "Speaking alongside her husband, John Mwale, Grace Mwale, 61, said")
    named = [t for t in doc[source[0] + 1 : source[1]]
             if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and doc[t.i - 1].text == ","]
    if not named:
        return None
    name = named[-1]
    while name.head.i > name.i and name.head.ent_type_ == "PERSON" and name.dep_ in ("compound", "flat"):
        name = name.head
    return name


def _subject_before_a_preposition(subject: Token) -> Token:
    """ "The head of the agency rebuilding the High Atlas after the March 2026 earthquake said": of two subjects the
    parse gave the cue, one that follows a preposition is that preposition's object; the other speaks."""
    doc = subject.doc
    if subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].pos_ != "ADP":
        return subject
    return next((c for c in reversed(list(subject.head.lefts)) if c.dep_ == "nsubj" and c.i < subject.i), subject)


def _role_before_name(doc: Doc, limit: int, name: Token) -> int:
    """Where the source that ends in ``name`` starts: its first name, or the role between commas before it
    ("…, the minister, Grace Nkonde, said")."""
    start = name.i
    while start - 1 > limit and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].ent_iob_ != "O" \
            and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start - 1].text != ",":
        return start
    comma = start - 1
    role = comma
    while role - 1 > limit and doc[role - 1].text != "," and doc[role - 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN"):
        role -= 1
    opens_role = role < comma and doc[role - 1].text == "," and doc[role].pos_ == "DET" \
        and doc[comma - 1].pos_ == "NOUN" and doc[comma - 1].is_lower
    return role if opens_role else start


def _source_token(cue: Token) -> Token | None:
    """A noun cue's possessor ("the union's claim"); else the cue's subject; for a passive cue its agent
    ("was endorsed by the Times"); for an infinitive the one it is said of; for a noun cue the subject
    of the verb it is the object of ("Trump is raising questions about …"); for a participle the noun it
    modifies ("a tweet attacking Clinton")."""
    if cue.pos_ == "NOUN":
        possessor = next((c for c in cue.children if c.dep_ == "poss"), None)
        if possessor is not None:
            return possessor
    # "… but was told by Pryce that …": a passive cue's agent speaks, whatever clause the cue is part of.
    agent = _agent(cue)
    if agent is not None and (cue.dep_ != "advcl" or any(c.dep_ == "nsubjpass" for c in cue.children)):
        return agent
    # "Asked about the blast, Clinton said …": whom a passive participle hangs off was asked, not asking (but
    # "The minister responsible for … has told Parliament": a perfect the parse hung off an adjective).
    if cue.tag_ == "VBN" and cue.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in cue.children) \
            and not (any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "VBD") for c in cue.children)
                     and not any(c.dep_ == "auxpass" for c in cue.children)):
        return None
    # "Lomax dismissed Ritchie's claim that …, saying …": a participle the parse hung off the claim's clause
    # is said by whoever answered the claim.
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.dep_ == "acl" \
            and cue.head.head.lemma_.lower() in _CLAIMS and cue.head.head.dep_ in ("dobj", "pobj"):
        return subject_of(cue.head.head.head)
    outer = _outer_speaker(cue)
    if outer is not None:
        return outer
    subject = subject_of(cue)
    if subject is not None:
        return _subject_before_a_preposition(subject)
    # "The farmers, many of whom …, parked across the entrances and said …": a finite verb the parse
    # took for a participle modifying the noun before it has that noun as its subject.
    governing = cue
    while governing.dep_ == "conj" and governing.head.i < governing.i:
        governing = governing.head
    if governing is not cue and governing.dep_ == "acl" and governing.tag_ in ("VBD", "VBN") \
            and cue.tag_ == "VBD" and governing.head.pos_ in ("NOUN", "PROPN"):
        return governing.head
    # ("Calloway, 24, posted on X …: “…”": so is a speech verb after a name's apposition)
    if cue.dep_ == "acl" and cue.tag_ in ("VBD", "VBN") and cue.head.pos_ == "PROPN" and cue.i > 0 \
            and cue.doc[cue.i - 1].text == "," and _agent(cue) is None:
        return cue.head
    head = cue.head
    if cue.dep_ == "xcomp":
        # "rules permit the chair to call …": the object of the governing verb; "he was able to tout …":
        # the subject of the clause the adjective completes.
        controller = next((c for c in head.children if c.dep_ == "dobj"), None)
        if controller is None and head.dep_ == "acomp":
            controller = subject_of(head.head)
        if controller is not None:
            return controller
    if cue.pos_ == "NOUN":
        # "told analysts on a conference call that …": through the preposition to its verb.
        if cue.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            return subject_of(head.head)
        return subject_of(head) if cue.dep_ == "dobj" else None
    if cue.dep_ == "acl" and cue.tag_ == "VBG":
        return cue.head
    # "Graham has been critical of Trump", "Democrats are afraid that …": the subject of the copula.
    if cue.dep_ == "acomp":
        return subject_of(head)
    # "responded by saying …", "after saying …, she was whisked off": the subject of the clause the
    # preposition hangs off (not when that clause has a person for its object, who may be the one speaking:
    # "The league suspended the coach after saying …"; but the object of a reporting verb is its listener:
    # "Patel told reporters …, before adding that …"; and a thing speaks not: "survived a vote … after
    # telling MPs …").
    clause = head.head
    if cue.dep_ == "pcomp" and head.dep_ == "prep" and clause.pos_ in ("VERB", "AUX") and (
            clause.lemma_.lower() in lexicons.reporting_frames()
            or not any(c.dep_ == "dobj" for c in clause.children)
            or not any(c.dep_ in ("dobj", "dative") and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("PERSON", "ORG")
                                                       or is_role_noun(c) or c.tag_ in ("NNS", "NNPS"))
                       for c in clause.children) and _could_speak(subject_of(clause))):
        return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject_of(clause)
    return None


def _could_speak(subject: Token | None) -> bool:
    """Whether ``subject`` names someone who could speak (a name, a pronoun, a role), not a thing ("The outburst
    earned Marsh a ban after telling the referee …")."""
    return subject is not None and (subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "NORP")
                                    or is_role_noun(subject) or subject.lower_ in lexicons.words("org_nouns"))


def _agent(cue: Token) -> Token | None:
    """ "was endorsed by the Times": who a passive verb's "by" names (not when: "declared by 11 pm")."""
    for agent in (c for c in cue.children if c.dep_ == "agent"):
        by = next((c for c in agent.children if c.dep_ == "pobj"), None)
        # ("announced by March Capital" is a name, though "March" reads as a date)
        if by is not None and not (by.ent_type_ == "TIME" or by.ent_type_ == "DATE" and not any(
                c.dep_ == "compound" for c in by.children)):
            return by
    return None


def _cue_range(cue: Token, end: int) -> tuple[int, int]:
    """The cue with the auxiliaries, negation and adverbs just before it ("has also said"), and an
    adjective's copula ("was sure", "weren't too concerned about")."""
    start = cue.i
    left = sorted((c for c in cue.children if c.dep_ in _CUE_MODIFIERS and c.i < cue.i), key=lambda c: -c.i)
    for child in left:
        if child.i == start - 1:
            start = child.i
    # "was quoted as saying": the quoting verb, just before, is part of the cue.
    quoting = cue.head.head
    if start == cue.i and cue.dep_ == "pcomp" and quoting.i == cue.i - 2 and quoted_as_saying(quoting) == cue:
        return _cue_range(quoting, end)
    copula = cue.head
    if cue.dep_ == "acomp" and copula.lemma_ == "be" and copula.i < start and all(
            t.head.i == copula.i and t.dep_ in _CUE_MODIFIERS for t in cue.doc[copula.i + 1 : start]):
        start = _cue_range(copula, copula.i + 1)[0]
    return start, end


def _char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _strip_punct(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Without edge punctuation (quotation marks stay) or an edge conjunction ("But …", "… and")."""
    while start < end and (doc[start].is_punct and not doc[start].is_quote or doc[start].pos_ == "CCONJ"):
        start += 1
    while end > start and (doc[end - 1].is_punct and not doc[end - 1].is_quote or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    return start, end


def _pieces(content: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut ``holes`` (cue, source) out of a character range."""
    pieces = [content]
    for h_start, h_end in holes:
        cut = []
        for s, e in pieces:
            if h_end <= s or h_start >= e:
                cut.append((s, e))
                continue
            if s < h_start:
                cut.append((s, h_start))
            if h_end < e:
                cut.append((h_end, e))
        pieces = cut
    return pieces


def _reports_clauses(token: Token) -> bool:
    """A verb the hand-written list says reports a clause: it may take the quotation beside it."""
    return token.pos_ in ("VERB", "AUX") and "clause" in lexicons.reporting_frames().get(token.lemma_.lower(), ())


def _medium_of_a_cue(token: Token) -> bool:
    """ "told analysts on a conference call that …", "said in a statement that …": the medium a reporting
    verb names is not a cue of its own, whatever the parse hung off it; the verb reports."""
    # ("said in a statement posted on social media that …": nor is the participle that describes it.)
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.lower_ in lexicons.words("speech_media"):
        token = token.head
    preposition = token.head
    return token.dep_ == "pobj" and token.lower_ in lexicons.words("speech_media") \
        and preposition.dep_ == "prep" and preposition.head.pos_ in ("VERB", "AUX") \
        and preposition.head.lemma_.lower() in lexicons.reporting_frames()


def _speaker_label(name: Span, *, capitals_only: bool, headline: bool) -> bool:
    """A name before a colon that labels a speaker: "WALLACE", "Pat Caddell", "Politifact", and in a
    headline "Poll"; in the body a lone capitalised common noun ("Update:", "Note:") labels nothing."""
    if capitals_only:
        return all(t.is_upper or t.is_punct for t in name) and any(t.is_alpha for t in name)
    if len(name) == 1 and not headline:
        return name[0].pos_ == "PROPN" and name[0].is_title or name[0].is_upper and name[0].is_alpha
    return (name[0].is_title or name[0].is_upper) and all(
        t.pos_ == "PROPN" or t.is_upper or t.is_title or t.tag_ == "POS" for t in name)


def _pieces_without(pieces: list[tuple[int, int]], hole: tuple[int, int]) -> list[tuple[int, int]]:
    return [piece for content in pieces for piece in _pieces(content, [hole])]


def _quoted(attribution: Attribution, quotations: SpanIndex[Quotation]) -> bool:
    return any(q.start <= s and e <= q.end for s, e in attribution.content for q in quotations.overlapping(s, e))


def _inside_quotation_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends inside a quotation it opens: its last quotation mark opens one."""
    for i in range(end - 1, start - 1, -1):
        ch = text[i]
        if ch in "\u201c\u00ab\u201e\u2018":
            return True
        if ch in "\u201d\u00bb\u2019":
            return False
        if ch == '"':
            return i == start or text[i - 1].isspace()
    return False


def _clean_pieces(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces without edge spaces and punctuation, nor the full stop that ends the reporter's sentence
    after a word or a closing mark (an abbreviation's stays: "the U.S.")."""
    out = []
    for s, e in pieces:
        while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
            e -= 1
        if e - s > 1 and text[e - 1] == "." and (text[e - 2].islower() or text[e - 2].isdigit()
                                                  or text[e - 2] in ")\u201d\u2019\"'\u00bb") \
                and not _inside_quotation_marks(text, s, e - 1):
            e -= 1
        if any(ch.isalnum() for ch in text[s:e]):
            out.append((s, e))
    return out


def _kind(text: str, pieces: list[tuple[int, int]], quotations: SpanIndex[Quotation]) -> str:
    inside = 0
    total = sum(e - s for s, e in pieces)
    touching: dict[int, Quotation] = {}
    for s, e in pieces:
        for q in quotations.overlapping(s, e):
            touching[q.start] = q
            for qs, qe in q.pieces:
                inside += max(0, min(e, qe) - max(s, qs))
    if total and inside >= 0.9 * total:
        return "direct"
    # A title in quotation marks after the work it names ("the series “Sunset Villa: All Stars”") is a name,
    # not the speaker's words.
    quoted_words = sum(q.words(text) for q in touching.values() if not _names_a_work(text, q))
    return "mixed" if quoted_words >= _MIXED_MIN_WORDS else "indirect"


def _reads_as_name(inner: str) -> bool:
    """A name rather than words said: up to six words, each capitalised but the small ones, and the first
    but for a "the" ("the Lamplighter", "il Notaio"); the last may be an honorific that follows a name ("Mishra
    ji", "Tanaka-san")."""
    words = re.findall(r"[\w'\u2019]+(?:-[\w'\u2019]+)*", inner)  # (a dash between words is none of them)
    named = words[1:] if words[:1] and words[0] in lexicons.NAME_ARTICLES else words
    if len(named) > 1 and named[-1] in _HONORIFICS_AFTER_NAMES:
        named = named[:-1]
    elif named and named[-1].rpartition("-")[2] in _HONORIFICS_AFTER_NAMES:
        named = [*named[:-1], named[-1].rpartition("-")[0]]
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in _NAME_MINOR_WORDS for w in named) \
        and bool(named) and named[0][0].isupper()


def _names_a_work(text: str, q: Quotation) -> bool:
    """ "a book, “Walk Yourself Well”", "the series “Sunset Villa”": a title after the work it names."""
    before = text[max(0, q.start - 40) : q.start].rstrip(" ,:").split()
    inner = text[q.start + 1 : q.end - 1].strip(" ,.")
    return bool(before) and before[-1].lower() in _NAMED_WORKS and is_title_case(inner)


#: How far after the first half of a split quotation its second half may start (the cue and source between).
_SPLIT_GAP = 160


def _starts_lowercase(text: str, q: Quotation) -> bool:
    inner = text[q.start + 1 : q.end].lstrip("' ")
    return bool(inner) and inner[0].islower()


#: Verbs that report a statement not made: "declined to comment", "refused to say", "failed to answer".
# "declined to comment", "refused to say": silence a speaker chose, with a topic that was not talked
# about ("declined to comment on whether …"); what hangs off "should he fail to get them the
# information" is no such topic.
_REFUSING = frozenset({"decline", "refuse"})
_ASKED_FOR = frozenset({"comment", "response", "reaction", "interview", "statement", "clarification"})
_WITHHOLDING = _REFUSING | {"fail", "neglect"}
#: "did not want to comment", "would not agree to say"; but "did not hesitate to say" is a statement.
_UNWILLING = frozenset({"want", "wish", "care", "agree", "dare", "intend", "plan"})


def _naming_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive of being named by or as something ("to be identified by their first names",
    "to be named only as Ana")."""
    return verb.lemma_.lower() in _NAMING_CONDITIONS and any(a.dep_ == "auxpass" for a in verb.children) \
        and any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "as") for c in verb.children)


def _own_name(noun: Token) -> bool:
    """Whether ``noun`` is the subject of a passive that is a source's own name ("that her surname not be used",
    "that only their first names be used"; not "that the name of the school be changed")."""
    return noun.dep_ == "nsubjpass" and noun.lemma_.lower() in _NAMES and any(
        c.dep_ == "poss" and c.lower_ in ("her", "his", "their") or c.dep_ == "amod" and c.lower_ in ("first", "last")
        for c in noun.children)


def _withheld(token: Token) -> bool:
    """Silence reported, not a statement: "declined to comment on the report", "has yet to comment",
    "refused to say whether …", "has said nothing in public", "Holt declined further questions", "Neither the
    ministry nor the company commented", "No official has commented"."""
    if token.lemma_ in _WITHHOLDING:
        return True
    # "who asked not to be named", "spoke on condition of anonymity": a condition, not a statement (so are "asked to
    # be identified by their first names" and "asked that her surname not be used").
    if token.lemma_ == "ask" and any(c.dep_ == "xcomp" and (is_negated(c) or _naming_passive(c))
                                     or c.dep_ == "ccomp" and any(_own_name(n) for n in c.children)
                                     for c in token.children):
        return True
    # ("who asked not to be named to discuss private conversations", "was not authorised to describe the talks",
    # "spoke on condition of anonymity to discuss …": why the name is withheld, not what was said)
    if token.dep_ in ("advcl", "xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and (token.head.lemma_.lower() in ("name", "identify") or token.head.lemma_.lower() in _AUTHORISED
                 and is_negated(token.head) or any(t.lemma_.lower() == "anonymity" and t.head.lower_ == "of"
                                                   and t.head.head.lemma_.lower() == "condition"
                                                   for t in token.head.subtree if t.i < token.i)):
        return True
    # ("Asked whether he had discussed the decision with his wife, Haller paused", "declined to say whether …":
    # what a "whether" clause holds is in question, not said)
    if token.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children):
        return True
    # "Asked about Isak, Howe smiled": the question put to the speaker, whose answer (if any) is the quote.
    if token.lower_ == "asked" and token.is_sent_start:
        return True
    head = token.head
    # "did not respond to a request for comment on whether …": the comment was asked for, not given.
    if token.lemma_ in _ASKED_FOR and head.dep_ == "prep" and head.head.lemma_.lower() in ("request", "invitation"):
        return True
    # ("did not respond to questions about when its lines were inspected", "declined to answer questions about
    # …": questions put and left unanswered)
    if token.lemma_.lower() == "question" and token.pos_ == "NOUN":
        answer = head.head if head.dep_ == "prep" and head.lower_ == "to" else head if token.dep_ == "dobj" else None
        if answer is not None and answer.lemma_.lower() in ("respond", "reply", "answer", "address") and (
                is_negated(answer) or answer.dep_ == "xcomp" and answer.head.lemma_ in _WITHHOLDING):
            return True
    # ("did not respond to requests for an interview": the request itself)
    if token.lemma_.lower() in ("request", "invitation") and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in _ASKED_FOR for g in c.children)
            for c in token.children):
        return True
    # ("has said nothing in public": what was not said; but "has proposed nothing that would …" is a claim)
    if token.lemma_ in ("say", "tell") and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in token.children):
        return True
    if token.dep_ == "xcomp" and (head.lemma_ in _WITHHOLDING or head.lemma_ in _UNWILLING and is_negated(head)
                                  or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)):
        return True
    subject = subject_of(token)
    return subject is not None and any(
        (c.dep_ == "preconj" and c.lower_ == "neither") or (c.dep_ == "det" and c.lower_ == "no")
        for c in subject.children)


# (a book or a memoir is words put to readers: PolNeAR takes "wrote his book" for an attribution)
_WRITTEN_WORKS = frozenset({"single", "song", "album", "script", "screenplay", "play", "music", "score", "code",
                            "software", "opera", "symphony", "lyric", "hit", "anthem", "musical", "debut"})
_AUTHORISED = frozenset({"authorize", "authorise", "permit", "allow"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me", "you", "himself", "herself", "themselves"})
_RELATIVE_AFTER = re.compile(r"\s*,\s*(who|which|whose|whom)\b")
_DECLARED_STATES = {"state", "emergency", "war", "bankruptcy", "insolvency", "disaster", "holiday", "ceasefire",
                    "truce", "moratorium", "curfew", "siege", "alert", "mourning"}


# What a defendant admits or denies in court: a plea, not a statement.
_CHARGES = frozenset({"charge", "count", "offence", "offense", "murder", "manslaughter", "theft", "fraud", "assault",
                      "burglary", "robbery", "driving", "speeding", "harassment", "possession", "affray", "arson",
                      "stalking", "trespass", "perjury", "bribery", "embezzlement", "kidnapping", "wounding"})
# What is called without being said: "called an election", "called the police", "called time on".
_CALLED_THINGS = frozenset({"vote", "election", "referendum", "strike", "meeting", "halt", "truce", "ceasefire",
                            "time", "police", "ambulance", "inquiry", "session", "summit", "conference", "recess",
                            "timeout", "shot", "play", "game", "match"})


def _other_sense(token: Token) -> bool:
    """A reporting verb used in another sense: "claim the title" (win it), "dismissed opener Olivia
    Harrop" (got her out, or sacked her), "declare a state of emergency" (put it in force), "pushed
    prices to a record" (moved them), "called a vote", "known as", "spoke for the crew", counsel
    "prosecuting"."""
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if lemma == "claim":
        return any(o.lemma_.lower() in _WON_THINGS for o in objects)
    # "to declare a local state of emergency", "declared bankruptcy" (not "declared the ceasefire over")
    if lemma == "declare" and not any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "prt", "advmod")
                                      for c in token.children):
        return any(o.lemma_.lower() in _DECLARED_STATES and (o.lemma_.lower() != "state" or any(
            p.lower_ == "of" and any(x.lemma_.lower() in _DECLARED_STATES for x in p.children)
            for p in o.children)) for o in objects)
    # "smoke pushed air quality to its worst level", "pushed prices into record territory": moving a
    # thing somewhere, not urging anyone (that takes an infinitive: "pushed the party to adopt it").
    if lemma == "push" and objects and any(c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards")
                                           for c in token.children):
        return True
    # "admitted drink-driving", "denies two counts of theft": a plea to a charge, not a statement
    if lemma in ("admit", "deny") and not any(c.dep_ == "ccomp" for c in token.children):
        return any(o.lemma_.lower() in _CHARGES for o in objects)
    # "called the confidence vote", "called the police": calling something, not calling it something (as in
    # "called the vote “a bill for the countryside”", however the parse hung the quotation)
    # (and "Everyone in the squad calls her Txiki": a name she goes by, not a view of her)
    if lemma == "call" and any(c.dep_ == "oprd" and c.pos_ == "PROPN" and c.is_title
                               and c.ent_type_ not in ("DATE", "TIME") and not any(
            t.is_quote for t in token.doc[token.i + 1 : c.i + 2]) for c in token.children):
        return True
    if lemma == "call" and not any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") for c in token.children):
        return any(o.lemma_.lower() in _CALLED_THINGS and not any(t.is_quote for t in o.subtree) and not (
            o.right_edge.i + 1 < len(token.doc) and token.doc[o.right_edge.i + 1].is_quote) for o in objects)
    # "the Light Blues, as Castlebrook's crews have been known since the 1890s": a name or a repute, not a
    # belief (that takes a clause: "it was known that …")
    if lemma == "know" and token.tag_ == "VBN":
        return not any(c.dep_ == "ccomp" for c in token.children)
    # "Haraldsen, who spoke for the crew": on its behalf (or "spoke for an hour")
    if lemma == "speak" and not any(c.dep_ == "ccomp" for c in token.children):
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    # ("a producer who wrote the group's debut single", "learned his trade on supply ships": music or code made, a
    # skill got, not words put to anyone)
    if lemma == "write" and not any(c.dep_ == "ccomp" for c in token.children):
        # (the parse may take the work's noun for a modifier after it: "wrote the group's debut single")
        return any(o.lemma_.lower() in _WRITTEN_WORKS or o.i + 1 < len(token.doc)
                   and token.doc[o.i + 1].lower_ in _WRITTEN_WORKS for o in objects)
    if lemma == "learn" and objects and not any(c.dep_ == "ccomp" for c in token.children):
        return True
    doc = token.doc
    # "Asked by Jonathan Mercer KC, prosecuting, whether …": counsel's side, between commas.
    if lemma in ("prosecute", "defend") and token.tag_ == "VBG" and 0 < token.i < len(doc) - 1 \
            and doc[token.i - 1].text == "," and doc[token.i + 1].text == ",":
        return True
    # (but "dismissed Estonia as being in the “suburbs of St. Petersburg”" characterises it)
    if lemma == "dismiss" and not any(t.lower_ == "as" for t in token.subtree):
        return any(o.ent_type_ == "PERSON" or o.pos_ == "PROPN" or is_role_noun(o) or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in o.children) for o in objects)
    return False


def _asked_of(token: Token) -> bool:
    """ "Baghel, asked about Rathore's remarks, distanced herself from them", "…,” Castillo said when asked
    about the missing": a question put to the person the participle describes, who answered elsewhere or not
    at all; what was asked about is no statement."""
    if token.lemma_.lower() != "ask":
        return False
    if token.tag_ == "VBN" and any(c.lower_ in ("when", "if", "once") and c.dep_ in ("advmod", "mark")
                                   for c in token.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children):
        return True
    if token.dep_ == "acl":
        return token.head.pos_ in ("PROPN", "NOUN", "PRON") and token.head.i < token.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children)
    # (The parse may make the participle the verb and the true verb its conjunct: "Baghel asked …, distanced".)
    doc = token.doc
    after = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > token.i), None)
    return token.i > 0 and doc[token.i - 1].text == "," and after is not None and doc[after.i - 1].text == "," \
        and not any(c.dep_ == "cc" for c in token.children)


def _yet_to_be_said(token: Token) -> bool:
    """ "The results will be announced on 12 June": an announcement to come, made by no one yet."""
    dependents = {c.dep_ for c in token.children}
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    return token.tag_ == "VBN" and "auxpass" in dependents and "agent" not in dependents \
        and bool(auxiliaries & {"will", "shall", "'ll", "\u2019ll"})


# Verbs whose present passive with no agent is the reporter's hedge ("is expected to", "are understood to").
_HEDGES = {"expect", "understand", "think", "say", "believe"}


def _hedge_of_the_report(token: Token) -> bool:
    """ "The Senate is expected to vote on 31 March", "Officers are understood to be examining footage", "It is
    thought that two slides came down": what the reporter expects or has gathered, said by no one (but "was
    expected to" tells what someone once expected, and "is expected by analysts to" names who does)."""
    dependents = {c.dep_ for c in token.children}
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in token.children)
    return token.lemma_.lower() in _HEDGES and token.tag_ == "VBN" and present and "agent" not in dependents \
        and ("xcomp" in dependents or "ccomp" in dependents
             and any(c.lower_ == "it" and c.dep_ in ("expl", "nsubjpass") for c in token.children))


def _under_silence(token: Token) -> bool:
    """ "declined to comment on whether Thornley had offered to resign": what the speaker would not talk
    about was not said by anyone (but "declined to discuss it, saying only: “…”" is a statement)."""
    head = token
    for _ in range(6):
        if head.dep_ in ("ROOT", "conj", "parataxis", "relcl") or head.head.i == head.i:
            return False
        if head.dep_ == "xcomp" and head.head.lemma_ in _REFUSING:
            return True
        head = head.head
    return False


class AttributionFinder:
    def __init__(self, doc: Doc, *, model: CueModel | None = None, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.doc = doc
        self.model = model or shipped_model()
        self.threshold = threshold
        self.text = doc_text(doc)
        self.quotations = SpanIndex(find_quotations(self.text))
        # Asked for every token: the quoted tokens are worked out once.
        self.quoted_tokens = quoted_token_indices(doc, self.quotations.items)
        self.sentences, self.sentence_of = sentence_index(doc)
        self.headline = headline_line(self.text)
        self.lede_start = lede_line(self.text)[0]

    def in_quotation(self, token: Token) -> bool:
        return token.i in self.quoted_tokens

    def _negated(self, token: Token) -> bool:
        """ "had not commented"; but in '“Absolutely not,” she replied' the "not" is what she said."""
        return any(child.dep_ == "neg" and not self.in_quotation(child) for child in token.children)

    def find(self) -> list[Attribution]:
        turns = self._colon_speakers() + self._transcript_turns()
        headlines = self._headline_speakers()
        # A transcript introduced by "as follows:" is its speakers' turns, not one quote of the reporter's;
        # the parse of a Title Case headline is no guide once its layout has said who said what.
        # (a standfirst's reported speech too, but not an interview's first question below the headline)
        found = [a for a in self._cue_attributions() + self._according_to()
                 if not any(s <= turn.cue[0] < e for turn in turns for s, e in a.content)
                 and not any(h.start <= a.start < h.cue[1] for h in headlines) and not self._in_standfirst(a)]
        found += headlines
        # Dialogue printed with dashes is said by whoever the reporter's words between them name.
        dialogue = self._dialogue_remarks()
        lines = [(d.start, self._line_end(d.start)) for d in dialogue]
        found = [a for a in found if not any(s < end and start < e for start, end in lines for s, e in a.content)
                 and not (a.cue is not None and any(start <= a.cue[0] < end for start, end in lines))] + dialogue
        # A signature after a quotation the text already attributes ("…,” he said. — Bob") adds nothing.
        found += turns + [d for d in self._dash_speakers()
                          if not any(s < d.end and d.start < e for a in found for s, e in a.content)]
        self._split_sibling_cues(found)
        found = self._one_report_of_each_content(self._drop_nested(found))
        self._bound_claims(found)
        found = self._without_rebuttals(found)
        found += self._characterisations(found)
        found = [a for a in found if not self._gives_a_name(a) and not self._supposed_by_a_question(a)]
        self._join_split_quotations(found)
        found += self._uncued_quotations(found)
        # ("Correction: An earlier version of this article said …": the story's own words, not anyone's.)
        notes = correction_notes(self.text)
        found = [a for a in found if not any(s <= a.start < e or a.cue is not None and s <= a.cue[0] < e
                                             for s, e in notes)]
        found.sort(key=lambda a: a.start)
        return found

    def _make(self, cue_range: tuple[int, int] | None, content: tuple[int, int], subject: Token | None,
              cue_token: Token | None, sentence: int, confidence: float,
              holes: list[tuple[int, int]] = (), source: tuple[int, int] | None = None,
              whole_quotations: bool = True, relation: str | None = None) -> Attribution | None:
        """The attribution, or None when nothing is left of its content; ``relation`` is the cue model's
        frame that found it (a quotation next to a cue, a colon, "according to" are statements)."""
        doc = self.doc
        content = _strip_punct(doc, *content)
        # ("the next fortnight will decide whether he is still prime minister": a stretch of time says nothing)
        if content[1] <= content[0] or subject is not None and subject.pos_ == "NOUN" \
                and subject.ent_type_ in ("DATE", "TIME"):
            return None
        c_start, c_end = _char_range(doc, *content)
        # A quotation that the content touches belongs to it whole (a transcript turn is one paragraph of it).
        while whole_quotations:
            touching = self.quotations.overlapping(c_start, c_end)
            grown = (min([c_start] + [q.start for q in touching]), max([c_end] + [q.end for q in touching]))
            if grown == (c_start, c_end):
                break
            c_start, c_end = grown
        c_end = self._end_of_opening_quotation(c_start, c_end, cue_token)
        # "WASHINGTON (AW) — NASA will review …": the dateline opening the paragraph is not said, nor the
        # part of it a parse split off ("SKERROW BAY —" read as "SKERROW" and "BAY — People …").
        line_start = self.text.rfind("\n", 0, c_start) + 1
        if (dateline := DATELINE.match(self.text, line_start, c_end)) and line_start <= c_start < dateline.end():
            c_start = dateline.end()
        # ("Update, 19.40: Divers have reached …": nor a live blog entry's label.)
        if (label := UPDATE_LABEL.match(self.text, line_start, c_end)) and line_start <= c_start < label.end():
            c_start = label.end()
        # ("HOCHGRIESS, Austria — A Norwegian skier … said": a dateline the parse made the subject, with the
        # subject hung off it as its appositive.)
        if source is None and subject is not None and subject.idx >= line_start \
                and (dateline := DATELINE.match(self.text, line_start)) and subject.idx < dateline.end() \
                and (after := next((c for c in subject.children if c.dep_ == "appos"
                                    and c.idx >= dateline.end()), None)) is not None:
            subject = after
        if source is None and subject is not None:
            source = _source_range(subject, cue_token)
        cue_chars = _char_range(doc, *cue_range) if cue_range else None
        source_chars = _char_range(doc, *source) if source else None
        cut = [h for h in (cue_chars, source_chars) if h] + [self._outside_quotations(_char_range(doc, *h))
                                                              for h in holes]
        pieces = _clean_pieces(self.text, _pieces((c_start, c_end), cut))
        # A single word ("appointed Dmitriev") mostly names a target, not a statement; only a cue the model
        # is sure of ("endorsed Clinton", "cited it") keeps one.
        # (Counted only as far as the threshold: a content may run over a whole text with no sentence ends.)
        words = len(list(islice((m for s, e in pieces for m in _WORD.finditer(self.text, s, e)), _MIN_CONTENT_WORDS)))
        kind = _kind(self.text, pieces, self.quotations)
        # ("“No,” she said" is a statement though.)
        if words == 0 or words < _MIN_CONTENT_WORDS and confidence < _SURE and kind != "direct" \
                or self._moved_not_told(pieces, cue_token):
            return None
        return Attribution(
            kind=kind,
            content=pieces,
            cue=cue_chars,
            source=source_chars,
            source_root=subject.i if subject is not None else None,
            cue_token=cue_token.i if cue_token is not None else None,
            sentence=sentence,
            confidence=confidence,
            type=STATEMENT if relation is None or cue_token is None
            else quote_type(cue_token, relation, quoted=kind != "indirect"),
        )

    def _moved_not_told(self, pieces: list[tuple[int, int]], cue: Token | None) -> bool:
        """ "the Speaker ordered him out of the chamber": a pronoun alone sent somewhere by the cue is no content
        (but "Trump praised himself", "pitched himself to voters" stand, as PolNeAR keeps them)."""
        if cue is None or len(pieces) != 1 or self.text[slice(*pieces[0])].lower() not in _OBJECT_PRONOUNS:
            return False
        return any(c.dep_ in ("prt", "advmod") or c.dep_ == "prep" and c.lower_ in ("out", "off", "from", "into")
                   for c in cue.children if c.idx >= pieces[0][1])

    def _outside_quotations(self, hole: tuple[int, int]) -> tuple[int, int]:
        """ "« My father told me not to do it, » he said": the cue's clause, cut out of the content, may
        take in the comma and closing mark it follows in the parse; they stay with the quotation."""
        start, end = hole
        for quotation in self.quotations.overlapping(start, start + 1):
            if quotation.start < start < quotation.end <= end:
                start = quotation.end
        return start, end

    def _end_of_opening_quotation(self, start: int, end: int, cue: Token | None) -> int:
        """A content that opens with a quotation ends with it when the words after the closing mark are
        the reporter's: attached to the cue ('chanted “No war” outside the embassy') or a second verb of
        the speaker's own ('said that “taxes will fall” and promised lower fees')."""
        opening = self.text[start:end]
        skip = len(opening) - len(opening.removeprefix("that ").lstrip())
        quoted = self.quotations.starting_in(start + skip, start + skip)
        if cue is None or not quoted or quoted[0].end >= end:
            return end
        after = self.doc.char_span(quoted[0].end, end, alignment_mode="expand")
        following = next((t for t in after or () if not t.is_punct and not t.is_space), None)
        if following is None:
            return end
        if following.head.i == cue.i and following.dep_ in ("prep", "npadvmod", "advmod", "advcl"):
            return quoted[0].end
        verb = next((c for c in following.head.children if c.dep_ == "conj" and c.i > following.i), None)
        if following.dep_ == "cc" and verb is not None and verb.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
                c.dep_ == "nsubj" for c in following.head.children):
            return quoted[0].end
        return end

    def _cue_attributions(self) -> list[Attribution]:
        out = []
        # Only a word with a dependent that could carry content, or hanging off a clause, has a frame (see
        # cues.relations); a reporting verb may also take the quotation beside it. Others are skipped
        # before the checks below, which cost more than this one pass.
        framed = {t.head.i for t in doc_tokens(self.doc) if t.dep_ in _FRAME_CHILD_DEPS}
        for token in doc_tokens(self.doc):
            if token.i not in framed and token.dep_ not in HEAD_DEPS and not _reports_clauses(token):
                continue
            # ("‘Where am I to go now?’ asked Margaret Dyson": however the parse cut it from its quotation)
            inverted = self._inverted_speaker(token)
            if inverted is not None:
                quotation, name = inverted
                attribution = self._make(_cue_range(token, token.i + 1), self._token_range(quotation),
                                         self.doc[name[1] - 1], token, self.sentence_of[token.i], _HAND_PROBABILITY,
                                         source=name)
                if attribution:
                    out.append(attribution)
                continue
            # "had not publicly commented" reports silence, not a statement.
            if token.pos_ not in CUE_POS or self.in_quotation(token) or self._negated(token) or _withheld(token) \
                    or _other_sense(token) or _asked_of(token) \
                    or _under_silence(token) or _yet_to_be_said(token) or _hedge_of_the_report(token) \
                    or _medium_of_a_cue(token):
                continue
            chosen = self._chosen_frame(token)
            cue_end = token.i + 1
            if chosen is not None:
                frame, probability = chosen
                # "The closure is expected to last six weeks", "The dredger was blamed for muddying the
                # bay": the clause, which takes the subject along.
                if frame.relation == "nsubjpass":
                    frame = next((f for f in relations(token) if f.relation in ("xcomp", "ccomp", "oprd")
                                  or f.preposition is not None and f.root.dep_ == "pcomp"
                                  and f.preposition.dep_ == "prep"), frame)
                    # ("A final vote is expected on Thursday", "A crowd of 24,000 is expected": what is due, not
                    # what anyone said)
                    if frame.relation == "nsubjpass" and token.lemma_.lower() == "expect" \
                            and not any(c.dep_ == "agent" for c in token.children):
                        continue
                content = _content_range(frame, token, self.quoted_tokens)
                if frame.relation == "ccomp":
                    content = _with_second_that_clause(token, content)
                if frame.relation == "dobj" and token.lemma_.lower() in _CHARACTERISING | {"call"}:
                    content = self._with_quoted_verdict(content)
                raised = _subject_is_content(frame, token)
                if raised is not None and raised.i < content[0]:
                    content = (raised.left_edge.i, content[1])
                # "… said the list price of Quellanex, $6,900 a month, “does not reflect …”": the parse gave
                # the cue its clause's subject as a second subject; it opens the content.
                stray = next((c for c in token.children if c.dep_ == "nsubj" and c.i > token.i), None)
                if stray is not None and subject_of(token) is not stray and stray.right_edge.i < content[0] \
                        and all(t.is_punct for t in self.doc[stray.right_edge.i + 1 : content[0]]):
                    content = (stray.left_edge.i, content[1])
                content = self._within_line(content, token)
                # "hinted at", "pointed to": the preposition right after the cue belongs to it.
                if frame.preposition is not None and frame.preposition.i == token.i + 1:
                    cue_end = frame.preposition.i + 1
                holes = [(token.left_edge.i, token.right_edge.i + 1)] if frame.head_side else []
                # "… read out a statement after the vote:" and the statement in quotation marks below:
                # what was read out is the quotation, not the noun that announces it.
                announced = self._quotation_after_colon(token)
                if announced is not None and (frame.relation in ("dobj", "nsubjpass")
                                              or frame.relation.startswith("prep:")):
                    content, holes, raised = announced, [], None
                # "JVM storms to power; Shukla says ‘people voted for jobs’": in a headline, the quotation
                # right after the cue is what it reports, however the parse joined the two clauses.
                elif self.headline is not None and token.idx < self.headline[1]:
                    # (not a name: "Sunak tells ‘Sun’ he will fight on")
                    end = token.idx + len(token)
                    following = [q for q in self.quotations.starting_in(end, end + 2)
                                 if not _reads_as_name(self.text[q.start + 1 : q.end - 1])]
                    quoted = self._token_range(following[0]) if following else None
                    if quoted is not None and not quoted[0] <= content[0] < quoted[1]:
                        content, holes, raised = quoted, [], None
            else:
                # ("… and posted written answers": a participle describing a noun reports nothing beside it)
                if not _reports_clauses(token) or token.dep_ == "amod":
                    continue
                # "… but warned that premiums remained “three to four times” pre-war levels": a reporting
                # verb's own that-clause, quotation and all, before any quotation near it (any clause of a
                # verb the parse took for a clause of the speech verb before it, which the model doubts).
                that_clause = next((c for c in token.children if c.dep_ == "ccomp" and (any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    or _coordinated_as_complement(token))), None)
                content = (that_clause.left_edge.i, that_clause.right_edge.i + 1) if that_clause is not None \
                    else _fronted_head(token) or _clause_before_subject(token) \
                    or self._adjacent_quotation(token)
                probability, holes, raised = _HAND_PROBABILITY, [], None
                if content is None:
                    continue
            # ("Aldous's slogan has been described by Brennan as …": what was described, by whom.)
            subject = _agent(token) if raised is not None else _source_token(token)
            # A subject inside a quoted sentence the cue is not in comes from a parse that hung the cue off
            # a quoted verb ("“… our military,” Flynn, a top surrogate, said"); a quoted name ("The “Gang of
            # Eight” said") is a subject like any other.
            quoted_subject = subject is not None and not self.in_quotation(token) and self._in_quoted_sentence(subject)
            if quoted_subject:
                subject = self._speaker_of_quotation(token)
            # ("“Nous sommes satisfaits,” said delegate Paul Girard": words the parse could not read as a clause
            # became a subject beside the speaker's own.)
            elif subject is not None and self.in_quotation(subject) and not self.in_quotation(token):
                subject = next((c for c in token.children if c.dep_ == "nsubj" and not self.in_quotation(c)),
                               subject)
            cue_range = _cue_range(token, cue_end)
            source = None
            # "…, Felix Romero, said the ban was wrong and questioned how …": a verb coordinated with the
            # cue has its subject, wherever the parse put it.
            governing = token
            while governing.dep_ == "conj" and governing.head.i < governing.i and not self.in_quotation(governing.head):
                governing = governing.head
            # "Quiros was accused of …": a passive cue's subject is what was said of, not who said it.
            passive = any(c.dep_ == "nsubjpass" for c in token.children)
            if subject is None and raised is None and not passive and (governing.dep_ == "ROOT" or quoted_subject):
                source = self._phrase_before(_cue_range(governing, governing.i + 1)[0], content)
                subject = self.doc[source[0]:source[1]].root if source else None
                named = _named_after_a_participle(self.doc, source) if source else None
                if named is not None:
                    source, subject = (_role_before_name(self.doc, source[0], named), source[1]), named
            attribution = self._make(cue_range, content, subject, token, self.sentence_of[token.i],
                                     round(probability, 3), holes=holes, source=source,
                                     relation=frame.relation if chosen is not None else None)
            if attribution:
                out.append(attribution)
                continued = _continued_after_cue(frame, token, self.quoted_tokens) if chosen is not None else None
                if continued is not None:
                    second = self._make(cue_range, continued, subject, token, self.sentence_of[token.i],
                                        round(probability, 3), source=source, relation=frame.relation)
                    if second:  # one cue, one attribution: its content in two pieces around the cue
                        attribution.content += second.content
                        attribution.kind = _kind(self.text, attribution.content, self.quotations)
        return out

    def _inverted_speaker(self, cue: Token) -> tuple[Quotation, tuple[int, int]] | None:
        """ "“Are you cutting?” asked Mats Berg of Norrmark Radio", "“A little of both”, said Per Østby": a
        speech verb right after a quotation, with no subject of its own, is inverted, and the name right after
        it speaks, whatever the parse made of it (the object of "asked", the object of "per"). The quotation
        and the name's token range."""
        if cue.pos_ != "VERB" or cue.lemma_.lower() not in _INVERTED_CUES:
            return None
        closing = [q for q in self.quotations.overlapping(cue.idx - 3, cue.idx) if q.end <= cue.idx
                   and self.text[q.end : cue.idx].strip() in ("", ",")]
        # (or a body's, and a name the model took for a body's: "asked Maeve Collins" may be tagged ORG)
        person = next((t for t in self.doc[cue.i + 1 : cue.i + 3] if t.ent_type_ in ("PERSON", "ORG")), None)
        if not closing or person is None or not all(t.is_title for t in self.doc[cue.i + 1 : person.i + 1]):
            return None
        end = person.i + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I" and self.doc[end].ent_type_ == person.ent_type_:
            end += 1
        # (a body's name that is all of the source, not one that goes on to someone of it: "said Acme's chief
        # executive", "said Acme spokesman Jo Smith")
        if person.ent_type_ == "ORG" and end < len(self.doc) and not (self.doc[end].is_punct
                                                                       and self.doc[end].tag_ != "POS"):
            return None
        # (a subject the parse found inside the quotation is the quotation's words, not a speaker; the name
        # is the subject where the parse cut the cue from its quotation, leaving no frame to reach it)
        subject = subject_of(cue)
        if subject is not None and not closing[-1].start <= subject.idx < closing[-1].end \
                and not (cue.is_sent_start and subject.i in range(cue.i + 1, end)):
            return None
        return closing[-1], (cue.i + 1, end)

    def _chosen_frame(self, cue: Token) -> tuple[Frame, float] | None:
        """The cue model's best frame, except that a quotation closing right before the cue and its
        source ("“…,” Sanders said, suggesting …") is what the cue reports when a frame reaches it."""
        frames = [fp for fp in self.model.likely_frames(cue, self.quoted_tokens, threshold=self.threshold)
                  if not self._in_named_work(fp[0].root)]
        if self.headline is not None and cue.idx < self.headline[1]:
            # A headline tells what happened in few words ("Council votes to close two libraries", "Japan
            # and Korea agree to resume talks"); what someone said is in it only as a speech verb's clause.
            frames = [fp for fp in frames if fp[0].relation in _CLAUSE_RELATIONS
                      and "clause" in lexicons.reporting_frames().get(cue.lemma_.lower(), ())]
        # ("“It was a disaster,” Smith told reporters the company would appeal": of two clauses the model scores
        # alike, the cue's own complement after it, not the quotation before that the parse also hung off it.)
        if len(frames) >= 2 and frames[0][1] - frames[1][1] < _TIED and frames[0][0].relation == "ccomp" \
                and frames[1][0].relation == "ccomp" and frames[0][0].root.i < cue.i < frames[1][0].root.i \
                and self.in_quotation(frames[0][0].root) and not self.in_quotation(frames[1][0].root):
            frames[0], frames[1] = frames[1], frames[0]
        # "The lead author, an entomologist who has kept hives on Phoenix rooftops, said the findings were …":
        # a clause before a cue with no subject is the subject's phrase misread (its last noun taken for a
        # verb), when a clause follows the cue.
        if len(frames) >= 2 and frames[0][0].relation == "ccomp" and frames[0][0].root.i < cue.i \
                and subject_of(cue) is None:
            following = next((fp for fp in frames[1:] if fp[0].relation == "ccomp" and fp[0].root.i > cue.i), None)
            if following is not None:
                return following
        # Only over a frame the parse made by hanging the cue off a later clause: "“It was a disaster,”
        # Smith told reporters the company would appeal" keeps its own complement.
        if len(frames) < 2 or not frames[0][0].head_side:
            return frames[0] if frames else None
        subject = subject_of(cue)
        first = subject.left_edge if subject is not None and subject.i < cue.i else cue
        end = first.idx
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        closing = self.quotations.overlapping(end - 1, end)
        if closing and closing[-1].end == end and self.text[end - 2 : end - 1] in (",", "?", "!") and \
                self._reads_as_sentence(closing[-1]):
            quotation = closing[-1]
            inside = [fp for fp in frames if quotation.start <= fp[0].root.idx < quotation.end]
            if inside:
                return inside[0]
        return frames[0]

    def _in_named_work(self, token: Token) -> bool:
        """ "who has published a book, “Walk Yourself Well”, said …": a title in quotation marks after the
        work it names is not what the cue reports, however the parse took it."""
        return any(_names_a_work(self.text, q) for q in self.quotations.overlapping(token.idx, token.idx + 1))

    def _in_quoted_sentence(self, token: Token) -> bool:
        if not self.in_quotation(token):
            return False
        return self.in_quotation(token.head) or self._quotes_a_sentence(token.idx, token.idx)

    def _quotes_a_sentence(self, start: int, end: int) -> bool:
        """Whether a quotation of a sentence's length, not a quoted name or phrase, overlaps start…end."""
        return any(q.words(self.text) >= _MIN_FOLLOW_ON_WORDS for q in self.quotations.overlapping(start, end))

    def _speaker_of_quotation(self, cue: Token) -> Token | None:
        """ "Peabody said: “Patriot was successful,” adding that …": the cue hangs off a quoted verb; the
        speaker is the subject of the verb that reports the quotation."""
        head = cue.head
        while self.in_quotation(head) and head.head.i != head.i:
            head = head.head
        if self.in_quotation(head) or head.i == cue.i:
            return None
        subject = subject_of(head)
        return subject if subject is not None and not self.in_quotation(subject) else None

    def _phrase_before(self, cue_start: int, content: tuple[int, int]) -> tuple[int, int] | None:
        """When the parse gave a verb cue no subject ("…, a new poll shows", "The only board member to
        vote no, Felix Romero, said …"), the noun phrase between the sentence (or content) start and the
        cue is its source."""
        doc = self.doc
        start = self.sentences[self.sentence_of[cue_start]].start
        if content[0] < cue_start:
            start = max(start, content[1])
        end = cue_start
        while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].pos_ == "CCONJ"):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        phrase = doc[start:end]
        if phrase and phrase[0].pos_ in ("ADP", "SCONJ", "ADV"):
            commas = [t.i for t in phrase if t.text == ","]
            if commas:
                # "In the village of Vesterli, the engineer's mother, Kari Dahl, 66, said": an opening adverbial
                # ends at its comma, and what follows names the source ("In a video released by the ministry,
                # Dahl, wearing a borrowed jacket, said": but for a participle between the name and the cue).
                start = commas[0] + 1
                for comma in reversed(commas[1:]):
                    if doc[comma + 1].tag_ in ("VBG", "VBN"):
                        end = comma
            else:
                # "In a Bloomberg interview Trump": an opening adverbial is not the source, its last noun is.
                last = [chunk for chunk in phrase.noun_chunks if chunk.end == end]
                if not last:
                    return None
                start = last[0].start
            phrase = doc[start:end]
        if not phrase or len(phrase) > _MAX_SOURCE_TOKENS or not any(
                t.pos_ in ("NOUN", "PROPN", "PRON") for t in phrase) or any(t.dep_ == "ROOT" for t in phrase):
            return None
        # A name in quotation marks ("The “Gang of Eight”") can be a source; a quoted sentence cannot.
        if self._quotes_a_sentence(phrase.start_char, phrase.end_char):
            return None
        return start, end

    def _line_end(self, offset: int) -> int:
        """Where the line (paragraph) holding ``offset`` ends."""
        end = self.text.find("\n", offset)
        return end if end >= 0 else len(self.text)

    def _within_line(self, content: tuple[int, int], cue: Token) -> tuple[int, int]:
        """A parse that runs a content over a line break (a headline into the lede) stops at the break;
        quotations running over several paragraphs are joined later, by their marks."""
        start, end = content
        start = _after_line_breaks(self.doc, start, cue.i)
        breaks = line_breaks(self.doc, max(cue.i, start), end)
        return (start, breaks[0] + 1) if breaks else (start, end)

    def _quotation_after_colon(self, cue: Token) -> tuple[int, int] | None:
        """The quotation opening right after the colon that ends the sentence of which ``cue`` is the
        main verb."""
        sentence = self.sentences[self.sentence_of[cue.i]]
        if cue.i != sentence.root.i:
            return None
        last = next((t for t in reversed(sentence) if not t.is_space), None)
        if last is None or last.text != ":":
            return None
        opening = self._opening_after(last)
        return self._token_range(opening) if opening is not None else None

    def _opening_after(self, colon: Token) -> Quotation | None:
        """The quotation that opens right after ``colon``, on its line or the next."""
        opening = self.quotations.starting_in(colon.idx + 1, colon.idx + 4)
        return opening[0] if opening else None

    def _token_range(self, q: Quotation) -> tuple[int, int] | None:
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return (span.start, span.end) if span is not None else None

    def _adjacent_quotation(self, cue: Token) -> tuple[int, int] | None:
        """A quotation in the cue's sentence, or opening right after "said:", that the parse missed."""
        sentence = self.sentences[self.sentence_of[cue.i]]
        # A short one ("“No,” she said") only when it reads as speech, not as a scare quote.
        candidates = [q for q in self.quotations.overlapping(sentence.start_char, sentence.end_char)
                      if q.words(self.text) >= _MIN_FOLLOW_ON_WORDS or self._reads_as_sentence(q)]
        # "“You lent it to him, didn't you?” Mr Carrow asked.": the parse ended a sentence at the question
        # mark; the quotation just before, on the same line, is what the cue opening this one reports.
        # (however long the subject that opens the sentence: "a man at the back of the room shouted")
        subject = subject_of(cue)
        if not candidates and cue.dep_ == "ROOT" and subject is not None and (
                cue.i - sentence.start <= 4 or subject.left_edge.i == sentence.start
                and cue.i - sentence.start <= _MAX_SOURCE_TOKENS):
            before = self.quotations.overlapping(sentence.start_char - 3, sentence.start_char)
            candidates = [q for q in before if q.end <= sentence.start_char
                          and self.text[q.end : sentence.start_char] in ("", " ", "\u00a0")
                          and self.text[q.end - 2 : q.end - 1] in ("?", "!")]
        colon = cue.nbor(1) if cue.i + 1 < len(self.doc) and cue.nbor(1).text == ":" else \
            sentence[-1] if sentence[-1].text == ":" else None
        opening = self._opening_after(colon) if colon is not None else None
        if opening is not None:
            candidates = [opening]
        if not candidates:
            return None
        return self._token_range(min(candidates, key=lambda q: abs(q.start - cue.idx)))

    def _according_to(self) -> list[Attribution]:
        out = []
        if "ccording" not in self.text:  # most articles: no need to look at every word
            return out
        for token in doc_tokens(self.doc):
            if token.lower_ != "according" or token.i + 1 >= len(self.doc) or token.nbor(1).lower_ != "to":
                continue
            to = token.nbor(1)
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if not objects or self.in_quotation(token):
                continue
            source = objects[0]
            # ("went according to plan", "according to tradition": the way of things, not who says so)
            if source.lower_ in _WAYS_OF_THINGS and not any(c.dep_ in ("det", "poss") for c in source.children):
                continue
            sentence = self.sentences[self.sentence_of[token.i]]
            phrase = (token.i, source.right_edge.i + 1)
            source_range = None
            # "according to Commissioner James O’Neill": a name the parse broke off the object goes with it.
            name_end = phrase[1]
            while name_end < sentence.end and self.doc[name_end].pos_ == "PROPN" and self.doc[name_end].is_title \
                    and self.doc[name_end].ent_type_ not in ("DATE", "TIME"):
                name_end += 1
            if name_end > phrase[1]:
                phrase = (token.i, name_end)
                source_range = (source.left_edge.i, name_end)
            words_end = max((t.i + 1 for t in sentence if not (t.is_punct or t.is_space)), default=sentence.end)
            # "According to the Rail Delivery Group, fewer than one in five services will run": the parse
            # ran the main clause's subject into the source; the statement starts after the comma.
            verb = self.doc[phrase[1]] if phrase[1] < sentence.end else None
            if verb is not None and token.i <= sentence.start + 1 and verb.pos_ in ("AUX", "VERB") and (
                    verb.dep_ == "ROOT" or verb.head.dep_ == "ROOT" and verb.dep_ in ("aux", "auxpass")) and \
                    not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sentence.root.children):
                comma = next((t for t in reversed(self.doc[source.i : phrase[1]]) if t.text == ","), None)
                if comma is not None:
                    phrase = (token.i, comma.i)
                    source_range = (source.left_edge.i, comma.i)
            if phrase[1] >= words_end and token.i <= sentence.start + 1:
                # "According to Limbaugh, the move reeks of fear": the parse ran the statement into the
                # source's phrase; the comma after the source ends it.
                comma = next((t for t in self.doc[source.i : sentence.end] if t.text == ","), None)
                if comma is not None:
                    phrase = (token.i, comma.i)
                    source_range = (source.left_edge.i, comma.i)
            content = (sentence.start, sentence.end)
            start, end = content
            if phrase[0] <= start + 1:
                start = phrase[1]
            elif all(t.ent_type_ in ("DATE", "TIME") for t in self.doc[phrase[1] : words_end]):
                end = phrase[0]  # "…, according to police Monday."
            attribution = self._make((token.i, token.i + 2), (start, end), source, token,
                                     self.sentence_of[token.i], 0.8, source=source_range)
            if attribution:
                out.append(attribution)
        return out

    def _characterisations(self, found: list[Attribution]) -> list[Attribution]:
        """ 'dismissed the offer as “a public-relations exercise”', 'a decision the manager described as
        “soft, really soft”', 'has been described by Brennan as “meaningless”': the words in quotation marks
        after "as" are the speaker's, wherever the parse put "as". A cue that already reports the object
        takes them into its content; otherwise they are a statement of their own."""
        out = []
        by_cue = {a.cue_token: a for a in found if a.cue_token is not None}
        for token in doc_tokens(self.doc):
            if token.lemma_.lower() not in _CHARACTERISING or token.pos_ != "VERB" or self.in_quotation(token) \
                    or self._negated(token):
                continue
            quotation = self._quoted_as(token)
            if quotation is None:
                continue
            a = by_cue.get(token.i)
            if a is not None:
                if a.end < quotation.start:
                    # The words between go with the object ("the offer … as “…”"), unless they are the
                    # cue and its source ("The slogan has been described by Brennan as “…”").
                    between = [r for r in (a.cue, a.source) if r is not None and a.end <= r[0] < quotation.start]
                    a.content = a.content + list(quotation.pieces) if between \
                        else a.content[:-1] + [(a.content[-1][0], quotation.end)]
                    a.kind = _kind(self.text, a.content, self.quotations)
                continue
            # Another cue that reports these words already says whose they are; one whose content holds the
            # whole clause ("The proposal, which the minister described as “…”, was approved") does not.
            if any(s <= quotation.start < e and not s <= token.idx < e for b in found for s, e in b.content):
                continue
            content = self._token_range(quotation)
            if content is None:
                continue
            attribution = self._make(_cue_range(token, token.i + 1), content, _source_token(token), token,
                                     self.sentence_of[token.i], _SURE)
            if attribution:
                out.append(attribution)
        return out

    def _with_quoted_verdict(self, content: tuple[int, int]) -> tuple[int, int]:
        """ "called the bill «a tax on growing old»": the quotation right after the object is what it was
        called, however the parse hung it."""
        last = self.doc[content[1] - 1]
        end = last.idx + len(last)
        quotation = next(iter(self.quotations.starting_in(end, end + 1)), None)
        if quotation is None:
            return content
        closing = self.doc.char_span(quotation.end - 1, quotation.end, alignment_mode="expand")
        return (content[0], closing.end) if closing is not None else content

    def _gives_a_name(self, a: Attribution) -> bool:
        """ "known around the dressing room as “Lulu”", "whom residents have nicknamed “Baba Road”", "a sign
        reading “Don't Bin It, Fix It”": a name in quotation marks is what something is called, not a
        statement, whoever gave it."""
        if a.cue_token is None or self.doc[a.cue_token].lemma_.lower() not in _NAMING_CUES:
            return False
        cue = self.doc[a.cue_token]
        quoted = [q for s, e in a.content for q in self.quotations.overlapping(s, e)]
        # ("Fans call Park Ji-yu, the group's main vocalist, “Yuna.”": the name the parse left out of the content)
        if not quoted and a.content[-1][1] <= cue.right_edge.idx:
            quoted = self.quotations.overlapping(a.content[-1][1], cue.right_edge.idx + len(cue.right_edge))
        if not quoted or not all(_reads_as_name(self.text[q.start + 1 : q.end - 1]) or self._a_term(q, cue)
                                 or self._foreign_term(q) for q in quoted):
            # ("rammed earth, which villagers call “tabout”", "a card that reads ‘Fair winds, boys’": a word or three
            # that is what the thing before is called, or what is written on it)
            return len(quoted) == 1 and quoted[0].words(self.text) <= 3 \
                and (self._bare_term(quoted[0]) or cue.lemma_.lower() == "read") \
                and any(c.dep_ in ("dobj", "nsubj") and c.tag_ == "WDT" for c in cue.children)
        words = sum(len(_WORD.findall(self.text[s:e])) for s, e in a.content)
        # ("known to supporters as “Masterji”, who will be sworn in …": the clause after the name is about him;
        # but "called “Chequers” the worst deal in history" says what it is.)
        # ("Fans know Park Ji-yu, the group's main vocalist, as “Yuna.”": the name after "as", however long the
        # description before it; "Workers call the money they send home each month the “padala.”": the name
        # that ends what is named)
        return words - sum(q.words(self.text) for q in quoted) <= 4 or quoted[0].start == a.content[0][0] \
            and _RELATIVE_AFTER.match(self.text, quoted[0].end) is not None \
            or self._quoted_as(cue) is not None \
            or quoted[-1].start > a.content[0][0] and (
                not self.text[quoted[-1].end : a.content[-1][1]].strip(" .,;")
                and (self._a_term(quoted[-1], cue) or self._foreign_term(quoted[-1]))
                or self._form_of_address(quoted[-1], a.content[0][0]))

    def _form_of_address(self, q: Quotation, named_from: int) -> bool:
        """ "Kishanpur calls Shyam Sundar Mishra, a retired schoolteacher of 74, ‘Mishra ji’", "call the harbour
        master, Mykola Ivanovych Bondar, simply “Mykola Ivanovych”": part of the name of the one named before it,
        with or without an honorific, is how people address him (not "Crooked Hillary", a verdict)."""
        words = _WORD.findall(self.text[q.start : q.end])
        if words[-1:] and words[-1] in _HONORIFICS_AFTER_NAMES:
            words = words[:-1]
        named = set(_WORD.findall(self.text[named_from : q.start]))
        return bool(words) and all(w[0].isupper() and w in named for w in words)

    def _a_term(self, q: Quotation, cue: Token) -> bool:
        """ "call the land between the embankments the “kacha”", "call the units “the fridges”": a word or two
        in quotation marks after "the", or opening with it, is a term the article gives, in whatever case."""
        inside = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        words = _WORD.findall(self.text[q.start : q.end])
        if words[:1] == ["the"]:
            # (what people call something by habit, "Villagers call the units “the fridges”"; not "Trump called
            # the press “the enemy”", a verdict)
            if inside is None or cue.tag_ not in ("VBP", "VBZ"):
                return False
            words = words[1:]
        elif self.text[max(0, q.start - 4) : q.start].lower() != "the ":
            return False
        # (but "called the merger the “worst deal”" is a verdict)
        return 0 < len(words) <= 2 and not any(t.tag_ in ("JJ", "JJR", "JJS", "RBS") for t in inside or ())

    def _bare_term(self, q: Quotation) -> bool:
        """A word or two in quotation marks with no article or adjective: a term ("“tabout”"), not a verdict ("“a
        travesty”")."""
        inside = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return inside is not None and all(t.is_punct or t.pos_ in ("NOUN", "PROPN", "X") for t in inside)

    def _foreign_term(self, q: Quotation) -> bool:
        """ "Elders call the crossing “kinosêw sîpiy”", "the midday crowds «to kýma»": a word or three of another
        language, in lower case, spelt with letters English does not use (not "called half of Trump's supporters
        “deplorables”", a word English does not know but a verdict)."""
        inner = self.text[q.start + 1 : q.end - 1].strip(" .,;")
        words = _WORD.findall(inner)
        return 0 < len(words) <= 3 and inner == inner.lower() and any(not c.isascii() and c.isalpha() for c in inner)

    def _quoted_as(self, verb: Token) -> Quotation | None:
        """The quotation opening right after an "as" that belongs to ``verb`` (its own, or its object's)."""
        for token in verb.subtree:
            if token.lower_ != "as" or token.i <= verb.i or token.i + 1 >= len(self.doc):
                continue
            # "as" hangs off the verb, or off nouns and prepositions of its object, not a clause of its own.
            head = token.head
            while head.i != verb.i and head.pos_ in ("NOUN", "PROPN", "ADP", "NUM", "ADJ") and head.head.i != head.i:
                head = head.head
            if head.i != verb.i:
                continue
            opening = self.quotations.starting_in(token.idx + 2, token.idx + 4)
            if opening:
                return opening[0]
        return None

    def _colon_speakers(self) -> list[Attribution]:
        """Transcript and headline style: "WALLACE: Do you really …", "Pat Caddell: Voters worried …"."""
        out = []
        doc = self.doc
        repeated_labels = Counter(re.findall(r"^([A-Z][\w'\u2019-]+):", self.text, re.MULTILINE))
        lines = list(line_spans(self.text))
        interviewed = any(QUESTION_LINE.match(self.text, line_start) for line_start, _ in lines)
        for line_start, line_end in lines:
            span = doc.char_span(line_start, line_end, alignment_mode="expand")
            if span is None or len(span) < 3:
                continue
            first = span[0]
            # A transcript quoted whole opens each turn with a quotation mark and the speaker in capitals:
            # '"PENCE: Well, …' (a quotation opening "“Attention: the bridge …,” the mayor said" is not one).
            quoted_turn = first.is_quote
            if quoted_turn:
                first = span[1]
            elif self.in_quotation(first):
                continue
            colon = next((t for t in doc[first.i : min(first.i + 6, span.end)] if t.text == ":"), None)
            if colon is None or colon.i == first.i:
                continue
            name = doc[first.i : colon.i]
            # ("Rudge: Not until 9-8, if I'm honest.", a name the tagger took for a noun, labels turn after turn, or
            # answers an interviewer's "Q:")
            if not _speaker_label(name, capitals_only=quoted_turn, headline=line_start == 0) \
                    and not (len(name) == 1 and name[0].is_title
                             and (repeated_labels[name.text] >= 2 or interviewed)):
                continue
            # "Q: …" is the interviewer's question, put to the speaker, not a statement of anyone's; "Analysis: …"
            # the kind of page; "GUWAHATI: The chief executive …" a dateline.
            if name.text.lower() in _QUESTION_LABELS | PAGE_LABELS or self._dateline_place(name):
                continue
            if span.end - colon.i - 1 < _MIN_FOLLOW_ON_WORDS:
                continue
            attribution = self._make((colon.i, colon.i + 1), (colon.i + 1, span.end), name.root, colon,
                                     self.sentence_of[colon.i], 0.6, source=(name.start, name.end),
                                     whole_quotations=False)
            if attribution:
                if line_start > 0:
                    attribution.kind = "direct"  # a transcript's turn is the speaker's words, marks or not
                out.append(attribution)
        return out

    def _transcript_turns(self) -> list[Attribution]:
        """ "Q. You wrote this email?" / "A. I did.": each answer is the witness's, and each question the
        examiner's where the paragraph before the transcript says it is an examination ("began her
        cross-examination", "from the hearing transcript"); an interview's "Q." is the outlet's, and no one's
        statement. The label is the turn's cue and source."""
        turns = list(TRANSCRIPT_TURN.finditer(self.text))
        if len(turns) < 2:
            return []
        lead_in = self.text[: turns[0].start()].rstrip().rpartition("\n")[2]
        examined = _EXAMINATION.search(lead_in) is not None
        out = []
        for turn in turns:
            line_end = self._line_end(turn.start(1))
            label = self.doc.char_span(turn.start(1), turn.start(1) + 2)
            if label is None or turn.group(1) == "Q" and not examined:
                continue
            content = self.doc.char_span(turn.end() - 1, line_end, alignment_mode="expand")
            if content is None:
                continue
            attribution = self._make((label.start, label.end), (content.start, content.end), label.root, label.root,
                                     self.sentence_of[label.start], 0.6, source=(label.start, label.end),
                                     whole_quotations=False)
            if attribution:
                attribution.kind = "direct"
                out.append(attribution)
        return out

    def _supposed_by_a_question(self, a: Attribution) -> bool:
        """ "Q: When did you start to believe you could win?": what an interviewer's question supposes of the
        one it is put to is asked, not reported (but "Q: You've said the book began as something private." is
        reported)."""
        if a.cue is None or a.cue == a.source:  # (a transcript's turn is the question itself, someone's)
            return False
        line_start = self.text.rfind("\n", 0, a.cue[0]) + 1
        # (nor what it asks for: "Q: Tell me about the first year.")
        asker = a.source is None or self.text[slice(*a.source)].lower() in ("i", "me", "we", "us", *_QUESTION_LABELS)
        return QUESTION_LINE.match(self.text, line_start) is not None \
            and (self.sentences[a.sentence].text.rstrip().endswith("?") or asker)

    def _dateline_place(self, name: Span) -> bool:
        """Whether a label before a colon is a place, as a dateline prints it ("GUWAHATI: The chief executive
        …"): tagged as one, or in capitals a name the article prints elsewhere as a place or a body, never a
        person."""
        # (Not in a transcript, whose turns are labelled so line after line, nor a person's name: "PARIS: Because
        # for twenty years …" in an interview with Paris Hilton.)
        labels = re.findall(r"^[\"\u201c]?(?:[A-Z][A-Z.' -]{0,30}|Q):", self.text, re.MULTILINE)
        named = {w.lower() for e in self.doc.ents if e.label_ == "PERSON" for w in e.text.split()}
        if len(labels) > 1 or name.text.lower() in named:
            return False
        if all(t.ent_type_ in ("GPE", "LOC") for t in name):
            return True
        if not name.text.isupper():
            return False
        printed = {e.label_ for e in self.doc.ents if e.text.lower() == name.text.lower() and e.start != name.start}
        return bool(printed) and printed <= {"GPE", "LOC", "ORG", "FAC"}

    def _in_standfirst(self, a: Attribution) -> bool:
        """ "Lacombe says he 'blended, as every négociant blends'; his daughter tells the court she warned him
        twice", between the headline and the lede: a standfirst sums up what the story tells in full, and its
        quotes are the story's, printed again in short; but words it quotes that the story never prints are kept
        ("Jane Doe says she 'could no longer defend' a budget …" over a story that does not quote her)."""
        if self.headline is None or not all(self.headline[1] < s and e <= self.lede_start for s, e in a.content):
            return False
        return all(" ".join(_WORD.findall(self.text[q.start : q.end].lower())) in self._story_words
                   for s, e in a.content for q in self.quotations.overlapping(s, e))

    @cached_property
    def _story_words(self) -> str:
        """The words from the lede on, lower case, one space apart: where a standfirst's quoted words are sought."""
        return " ".join(_WORD.findall(self.text[self.lede_start :].lower()))

    def _headline_speakers(self) -> list[Attribution]:
        """A Title Case headline that ends on its speaker: "Fed Will Cut Rates Soon, Powell Says"."""
        out = []
        for match in headline_speakers(self.text):
            source = self.doc.char_span(*match.span("source"), alignment_mode="expand")
            cue = self.doc.char_span(*match.span("cue"), alignment_mode="expand")
            if source is None or cue is None:
                continue
            out.append(Attribution(kind=_kind(self.text, [match.span("content")], self.quotations),
                                   content=[match.span("content")], cue=match.span("cue"),
                                   source=match.span("source"), source_root=source.root.i,
                                   cue_token=cue.root.i, sentence=self.sentence_of[cue.root.i], confidence=0.8))
        return out

    def _dialogue_remarks(self) -> list[Attribution]:
        """ "—No —Sarmiento answered—. On the ten families, yes.", "—Will you? —asked the moderator, Mariela
        Rondón.": a dialogue paragraph's speech, before and after the reporter's words, with their verb as
        the cue and whom they name (the verb's subject, or the noun after it) as the source."""
        paragraphs: dict[int, list[Quotation]] = {}
        for q in self.quotations:
            if q.dialogue:
                paragraphs.setdefault(self.text.rfind("\n", 0, q.start), []).append(q)
        out = []
        for spoken in paragraphs.values():
            remark_end = spoken[1].start if len(spoken) > 1 else self._line_end(spoken[0].end)
            remark = self.doc.char_span(spoken[0].end, remark_end, alignment_mode="contract")
            verb = next((t for t in remark or () if t.pos_ == "VERB"), None)
            if verb is None:
                continue
            subject = subject_of(verb)
            if subject is None or not remark.start <= subject.i < remark.end:
                subject = next((t for t in remark if t.i > verb.i and t.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if subject is None:
                continue
            source = _source_range(subject, verb)
            out.append(Attribution(
                kind="direct", content=[piece for q in spoken for piece in q.pieces],
                cue=(verb.idx, verb.idx + len(verb.text)), source=_char_range(self.doc, *source),
                source_root=subject.i, cue_token=verb.i, sentence=self.sentence_of[verb.i], confidence=0.8,
                type=quote_type(verb, "head:ccomp", quoted=True)))
        return out

    def _dash_speakers(self) -> list[Attribution]:
        """Galleries of reader or voter quotes, each signed after a dash: '"…” ― Sonya Herridge'."""
        out = []
        for q in self.quotations:
            signature = _SIGNATURE.match(self.text, q.end)
            if signature is None:
                continue
            name_start, name_end = signature.span("name")
            if self.text[name_end - 1] == "." and name_end - name_start > 2 and self.text[name_end - 3] != " ":
                name_end -= 1  # the sentence's full stop, not an initial's
            name = self.doc.char_span(name_start, name_end, alignment_mode="expand")
            dash = self.doc.char_span(*signature.span("dash"), alignment_mode="expand")
            if name is None or dash is None:
                continue
            out.append(Attribution(kind="direct", content=list(q.pieces), cue=signature.span("dash"),
                                   source=(name_start, name_end), source_root=name.root.i, cue_token=dash.root.i,
                                   sentence=self.sentence_of[dash.root.i], confidence=0.8))
        return out

    def _split_sibling_cues(self, found: list[Attribution]) -> None:
        """ "tweeted that Machado was 'disgusting' and encouraged Americans to …", "said X, arguing that
        Y": a cue the parse hung off another content as a coordinated or adverbial clause starts an
        attribution of its own, so its clause leaves the other's content."""
        doc = self.doc
        for inner in found:
            if inner.cue_token is None:
                continue
            cue = doc[inner.cue_token]
            if inner.confidence < _SURE_SIBLING or cue.dep_ not in ("conj", "advcl") or cue.head.pos_ not in (
                    "VERB", "AUX"):
                continue
            start = cue.left_edge.i
            while start > 0 and (doc[start - 1].is_punct and not doc[start - 1].is_quote
                                 or doc[start - 1].pos_ == "CCONJ"):
                start -= 1
            clause = _char_range(doc, start, cue.right_edge.i + 1)
            for outer in found:
                if outer is inner or not any(s <= cue.head.idx < e for s, e in outer.content):
                    continue
                if not any(s <= cue.idx < e for s, e in outer.content) or _quoted(outer, self.quotations):
                    continue
                rest = _clean_pieces(self.text, _pieces_without(outer.content, clause))
                if rest:
                    outer.content = rest
                    outer.kind = _kind(self.text, rest, self.quotations)

    def _drop_nested(self, found: list[Attribution]) -> list[Attribution]:
        """A cue inside another attribution's content reports that content, not the article's; but
        "“…,” Mr. Musk said, according to a recording" is Musk's, the recording only where the reporter
        heard it."""
        index = SpanIndex(found)

        def inside(a: Attribution, b: Attribution) -> bool:
            return b is not a and a.cue is not None and any(s <= a.cue[0] < e for s, e in b.content)

        def according(b: Attribution) -> bool:
            return b.cue_token is not None and self.doc[b.cue_token].lower_ == "according"

        def voiced_by_name(a: Attribution) -> bool:  # someone's own words, with who said them
            return a.kind == "direct" and a.source is not None and a.cue_token is not None

        kept = []
        for a in found:
            around = index.overlapping(a.cue[0], a.cue[0] + 1) if a.cue is not None else []
            # (Of two as long as each other, the one whose cue the other's content holds and not the reverse.)
            nested = not self._owned_claim(a) and any(
                inside(a, b) and (b.end - b.start > a.end - a.start
                                  or b.end - b.start == a.end - a.start and not inside(b, a))
                and not (according(b) and voiced_by_name(a)) for b in around)
            voiced = according(a) and any(inside(b, a) and voiced_by_name(b) for b in index.overlapping(a.start, a.end))
            if not nested and not voiced:
                kept.append(a)
        return kept

    @staticmethod
    def _one_report_of_each_content(found: list[Attribution]) -> list[Attribution]:
        """Two cues that report one and the same content ("In a short written statement issued through his
        lawyers, Marchbank said: '…'") are one statement, reported by the cue that says who made it."""
        reporter: dict[tuple[tuple[int, int], ...], Attribution] = {}
        for a in found:
            content = tuple(tuple(piece) for piece in a.content)
            other = reporter.get(content)
            if other is None or other.source is None and a.source is not None:
                reporter[content] = a
        return [a for a in found if reporter[tuple(tuple(piece) for piece in a.content)] is a]

    def _owned_claim(self, a: Attribution) -> bool:
        """ "rejected Northline's argument that …", "said the agency's warning that …": a claim its owner made,
        reported on inside another's words or acts."""
        if a.cue_token is None or a.source_root is None:
            return False
        cue, owner = self.doc[a.cue_token], self.doc[a.source_root]
        # (A "that" opening a relative clause, "the claim that she submitted", says nothing the owner claimed.)
        that = self.doc.char_span(*a.content[0], alignment_mode="expand")[0]
        return cue.lemma_.lower() in _CLAIMS and owner.head.i == cue.i and (
            owner.dep_ == "poss" or owner.i + 1 < cue.i and self.doc[owner.i + 1].tag_ == "POS") \
            and that.lower_ == "that" and that.dep_ == "mark"

    def _bound_claims(self, found: list[Attribution]) -> None:
        """ "His claim that the images were his colleague's work had been rejected", "called the chief's
        assertion that he had reached for a weapon “a lie”": the claim's clause ends where the sentence goes on
        to say something of the claim."""
        for a in found:
            if not self._owned_claim(a):
                continue
            cue = self.doc[a.cue_token]
            start, end = a.content[0][0], a.content[-1][1]
            if cue.dep_ in ("nsubj", "nsubjpass") and cue.head.i > cue.i:
                verb = cue.head
                first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i > cue.i]
                            + [verb.i])
                end = self.doc[first - 1].idx + len(self.doc[first - 1])
            else:
                end = min([q.start for q in self.quotations.overlapping(start, end) if q.start > start
                           and self._after_a_whole_clause(q) and any(
                               b is not a and b.cue_token is not None
                               and self.doc[b.cue_token].lemma_.lower() in _CHARACTERISING | {"call"}
                               and b.content[-1][1] >= q.end for b in found)] + [end])
            if end != a.content[-1][1]:
                pieces = _clean_pieces(self.text, [(s, min(e, end)) for s, e in a.content[:-1] if s < end]
                                       + [(a.content[-1][0], end)] * (a.content[-1][0] < end))
                if pieces:
                    a.content = pieces
                    a.kind = _kind(self.text, pieces, self.quotations)

    def _without_rebuttals(self, found: list[Attribution]) -> list[Attribution]:
        """ "Pryce rejected Northline's argument that …": rejecting another's claim says nothing of one's own;
        the claim is its owner's statement."""
        claims = [a for a in found if self._owned_claim(a)]
        kept = []
        for b in found:
            cue = self.doc[b.cue_token] if b.cue_token is not None else None
            rebutted = next((a for a in claims if b.content[0][0] == self.doc[a.source_root].left_edge.idx), None) \
                if cue is not None and cue.lemma_.lower() in _REBUTTING else None
            if rebutted is None:
                kept.append(b)
            # ("… rejected Voss's claim that he had looked at the phone “for a second at most”": what the parse
            # hung off the verb still belongs to the claim.)
            elif rebutted.content[-1][1] < b.content[-1][1]:
                rebutted.content[-1] = (rebutted.content[-1][0], b.content[-1][1])
                rebutted.kind = _kind(self.text, rebutted.content, self.quotations)
        return kept

    def _after_a_whole_clause(self, q: Quotation) -> bool:
        """Whether a word that can end a clause comes right before the quotation ("reached for a weapon
        “a lie”", not "was “a safety upgrade”")."""
        before = self.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        return before is not None and before.start > 0 and self.doc[before.start - 1].pos_ in (
            "NOUN", "PROPN", "PRON", "NUM")

    def _join_split_quotations(self, found: list[Attribution]) -> None:
        """ “The bridge is safe,” said Anna Berg, “but we will close it.”: two quotations on either side of
        the cue, in one sentence, the first closing on a comma or the second going on in lower case, are
        the two halves of one statement."""
        index = SpanIndex(found)
        for a in found:
            if a.cue is None or a.kind != "direct":
                continue
            inside = self.quotations.overlapping(a.start, a.end)
            before = [q for q in inside if q.end <= a.cue[0]]
            after = [q for q in inside if q.start >= a.cue[1]]
            if before and not after:
                opened = max(before, key=lambda q: q.end)
                nearby = self.quotations.starting_in(opened.end, opened.end + _SPLIT_GAP)
                halves = (opened, nearby[0]) if nearby else None
            elif after and not before:
                resumed = min(after, key=lambda q: q.start)
                nearby = self.quotations.overlapping(resumed.start - _SPLIT_GAP, resumed.start)
                nearby = [q for q in nearby if q.end <= a.cue[0]]
                halves = (max(nearby, key=lambda q: q.end), resumed) if nearby else None
            else:
                halves = None
            if halves is None or not self._split_halves(a, *halves):
                continue
            added = halves[1] if before else halves[0]
            if not [b for b in index.overlapping(added.start, added.end) if b is not a]:
                a.content = sorted([*a.content, *added.pieces])

    def _split_halves(self, a: Attribution, first: Quotation, second: Quotation) -> bool:
        if not (first.end <= a.cue[0] < second.start):
            return False
        # Tokens, not characters: "said Dr. Anna Berg," has no sentence break ("Dr." is one token).
        between = self.doc.char_span(first.end, second.start, alignment_mode="contract")
        if "\n" in self.text[first.end : second.start] or any(t.text in (".", "!", "?") for t in between or ()):
            return False
        # ("…,” said the schoolteacher, known to supporters as “Masterji”: what he is called, not said.)
        if between and (between[-1].lower_ == "as" or between[-1].lemma_.lower() in _NAMING_CUES):
            return False
        return self.text[first.end - 2 : first.end - 1] == "," or _starts_lowercase(self.text, second)

    def _uncued_quotations(self, found: list[Attribution]) -> list[Attribution]:
        out = []
        index = SpanIndex(found)
        for q in self.quotations:
            if any(a.start <= q.start < a.end or q.start <= a.start < q.end for a in index.overlapping(q.start, q.end)):
                continue
            if q.words(self.text) < _MIN_FOLLOW_ON_WORDS and not (q.words(self.text) >= _MIN_CONTENT_WORDS
                                                                  and self._right_after_a_cue(q, found)) \
                    and not self._turn_of_an_exchange(q) or not self._reads_as_sentence(q):
                continue
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            sentence = self.sentence_of[span.start] if span is not None else 0
            signed = self._headline_signature(q)
            if signed is not None:
                colon, name = signed
                out.append(Attribution(kind="direct", content=list(q.pieces), cue=(colon.idx, colon.idx + 1),
                                       source=_char_range(self.doc, name.start, name.end), source_root=name.root.i,
                                       cue_token=colon.i, sentence=sentence, confidence=0.6))
                continue
            out.append(Attribution(kind="direct", content=list(q.pieces), cue=None, source=None,
                                   source_root=None, cue_token=None, sentence=sentence, confidence=0.6))
        return out

    def _turn_of_an_exchange(self, q: Quotation) -> bool:
        """ "“Will you stay?” / “No chance.”": a short quotation that is a paragraph of its own, after a
        paragraph of quotation, is a turn of a question-and-answer exchange when one of the two asks."""
        line_start = self.text.rfind("\n", 0, q.start) + 1
        if self.text[line_start : q.start].strip() or self.text[q.end : self._line_end(q.end)].strip():
            return False
        before = self.text[: line_start].rstrip()
        previous = before[before.rfind("\n") + 1 :].strip()
        inner = self.text[q.start : q.end].rstrip(_CLOSING_MARKS + " ")
        return bool(previous) and previous[0] in _OPENING_MARKS \
            and (inner.endswith("?") or re.search(r"\?[" + _CLOSING_MARKS + "]", previous) is not None)

    def _right_after_a_cue(self, q: Quotation, found: list[Attribution]) -> bool:
        """ "“We don’t do feelings,” Dade says. “We do weather.”": a quotation that goes on straight after a
        quoted speaker's cue, in the same paragraph, however short, if it is a sentence of its own (not "“The
        Crown” was her last role")."""
        inner = self.text[q.start : q.end].rstrip(_CLOSING_MARKS + " ")
        rest = self.text[q.end : self._line_end(q.end)].strip(" \t")
        if not inner.endswith((".", "!", "?", "\u2026")) or rest and rest[0] not in _OPENING_MARKS:
            return False
        for a in found:
            if a.kind == "indirect" or a.cue is None:
                continue
            tail = max(a.end, a.cue[1], a.source[1] if a.source else 0)
            # (counted from the end of the cue's sentence: "…,” said Sheriff Ellen Voss, whose office is leading
            # the investigation. “Say theirs.”")
            if a.cue_token is not None and tail <= (
                    sentence_end := self.sentences[self.sentence_of[a.cue_token]].end_char) <= q.start:
                tail = sentence_end
            between = self.text[tail : q.start]
            if tail <= q.start and between.strip() in ("", ".") and "\n" not in between:
                return True
        return False

    def _headline_signature(self, q: Quotation) -> tuple[Token, Span] | None:
        """ "‘We’ve been too polite about plastic’: Ocean scientist Marta Lindqvist on her new book": a
        headline's quotation signed after a colon by the person named there (colon, source phrase)."""
        if self.headline is None or q.end > self.headline[1]:
            return None
        colon = self.doc.char_span(q.end, self.headline[1], alignment_mode="expand")
        if colon is None or len(colon) < 2 or colon[0].text != ":":
            return None
        person = next((e for e in self.doc.ents if e.label_ == "PERSON" and colon.start < e.start
                       and e.end <= min(colon.end, colon.start + 8)), None)
        if person is None or any(t.pos_ in ("VERB", "AUX") for t in self.doc[colon.start + 1 : person.end]):
            return None
        return colon[0], self.doc[colon.start + 1 : person.end]

    def _reads_as_sentence(self, q: Quotation) -> bool:
        """A quotation that opens its sentence or paragraph and starts with a capital reads as speech."""
        # Two apostrophes ('' … '') stand for double quotation marks in some archives.
        inner = self.text[q.start + 1 : q.end].lstrip("' ")
        if not inner or not inner[0].isupper():
            return False
        before = self.text[max(0, q.start - 20) : q.start].rstrip(" ")
        return not before or before[-1] in ".!?\n:" or before.endswith(("\u201d", '"', "''"))


@Language.factory("newsgraph_quotes", requires=["token.dep", "token.lemma"], assigns=["doc._.attributions"])
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


class QuoteComponent:
    @property
    def version(self) -> str:
        return f"115-{shipped_model().digest}"

    def __call__(self, doc: Doc) -> Doc:
        finder = AttributionFinder(doc)
        doc._.attributions = finder.find()
        doc._.quotations = finder.quotations.items
        return doc

