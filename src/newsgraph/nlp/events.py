"""Events: what the article says happened, is happening or is planned, with whom, and when.

The spaCy component ``newsgraph_events`` runs after ``newsgraph_speakers`` and sets ``doc._.events``. An event is
told by a word of one of the kinds in ``lexicons/event_triggers.txt`` (the conventions and the gold they are
measured on: ``tests/golden/reviewed/EVENTS.md``): a verb ("Putin appointed Dmitriev"), or a noun, on its own
("the phone call between Putin and Trump") or as the object of a verb that only carries it ("Dmitriev took part
in the talks", "held talks with", "signed a deal"). Its participants are the people, organisations and places
acting as bodies that the words around it name: subject and object, "with", "between", "against", "of" and
"by" phrases, a possessor ("Russia's invasion"), each through its conjuncts; a pronoun is whom the attribution
it is part of gives ("he said he plans to meet …": the speaker), or the person last named before it as a
subject; a description ("the union", "the judge") the last body named so or person given that role. Its time is
the time expression of its own clause, else "future" or "past"; its status is planned ("will meet", "plans to
meet", "the planned summit"), possible ("could meet", "threatened to strike") or, by default, happened.
Negated events ("did not meet", "no deal"), events called off or denied ("cancelled his meeting", "ruled out
talks", "denied reports of a meeting") and events told in a question are not events. The same event told again
(the headline, the lede, a later paragraph: the same kind, some of the same people, no two dates) is one event
with every word that tells it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.layout import headline_line
from newsgraph.model import TimeExpression
from newsgraph.nlp.attribution import Attribution, sentence_index
from newsgraph.nlp.entities import NEWSPAPER_TITLES, Cluster, token_index
from newsgraph.nlp.roles import is_occupation, is_role_noun
from newsgraph.nlp.spanindex import SpanIndex
from newsgraph.nlp.syntax import determined, doc_text, doc_tokens

PLANNED, POSSIBLE, HAPPENED = "planned", "possible", "happened"

_ACTORS = frozenset({"PERSON", "ORG", "GPE"})
# Verbs that carry an event told by their object ("held talks", "took part in the talks", "signed a deal"):
# their subject takes part, and their time and tense are the event's.
_CARRIERS = frozenset({
    "hold", "have", "attend", "join", "take", "host", "chair", "lead", "begin", "start", "open", "conduct", "stage",
    "launch", "make", "sign", "reach", "strike", "bring", "complete", "order", "carry", "face", "win", "lose", "call",
    "plan",
    "propose", "seek", "agree", "boycott", "schedule", "pay", "conclude", "end", "finalize", "finalise", "broker",
    "negotiate", "mount", "file", "hand", "issue", "deliver", "return", "survive", "organise", "organize",
    "arrange", "resume", "continue", "accept", "tender", "submit", "secure", "clinch", "close", "seal", "enter",
    "approve", "lodge", "pursue", "spearhead", "announce", "suffer", "participate", "engage"})
# What one does to a meeting one speaks to.
_ADDRESSING = frozenset({"tell", "address", "speak", "say"})
# Verbs that carry an event through a preposition ("took part in the talks" is handled with its "part").
_CARRIED_BY_PREPOSITION = frozenset({("participate", "in"), ("engage", "in"), ("join", "in"), ("agree", "to"),
                                     ("call", "for"), ("enter", "into"), ("sit", "in")})
# Kinds of event a town's name before the word places rather than takes part in ("the Paris attacks").
_PLACED = frozenset({"attack", "death", "protest", "strike"})
# A claim taken to law, and what takes it there.
_CLAIMS = frozenset({"complaint", "suit", "case", "claim", "action", "petition", "appeal"})
_FILING = frozenset({"file", "bring", "lodge", "launch", "submit"})
# Verbs that say when their subject, an event, happened.
_HAPPENING = frozenset({"begin", "start", "end", "happen", "occur", "come", "resume", "conclude", "last", "finish"})
# Who takes part, by the preposition that brings them in.
_PARTICIPANT_PREPOSITIONS = frozenset({"with", "between", "against", "by", "over", "from", "to", "among", "on"})
_NOUN_PREPOSITIONS = _PARTICIPANT_PREPOSITIONS | {"of", "into"}
# Words before a verb, or an infinitive's verb, that put the event ahead or make it only possible.
# ("said he would meet": the future of reported speech)
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "would"})
_POSSIBLE_AUXILIARIES = frozenset({"could", "might", "may", "should", "can"})
_PLANNING = frozenset({"plan", "intend", "expect", "hope", "want", "aim", "seek", "agree", "schedule", "prepare",
                       "propose", "promise", "pledge", "vow", "set", "due", "go", "wish", "try", "decide", "arrange",
                       "announce", "invite", "order", "await"})
# (what someone calls for may never happen: "demands a ceasefire", "urged talks")
_POSSIBILITY = frozenset({"threaten", "consider", "weigh", "mull", "explore", "risk", "face", "warn", "fear", "call",
                          "urge", "ask", "push", "press", "demand"})
_PLANNED_ADJECTIVES = frozenset({"planned", "proposed", "upcoming", "scheduled", "anticipated", "expected",
                                 "forthcoming", "future", "next", "impending", "imminent", "pending", "coming"})
_READY = frozenset({"ready", "willing", "prepared", "able", "eager", "keen", "happy", "open"})
_POSSIBLE_ADJECTIVES = frozenset({"potential", "possible", "likely", "mooted", "hypothetical"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "without"})
# What calls an event off, or says it did not happen.
_CALLING_OFF = frozenset({"cancel", "postpone", "scrap", "deny", "reject", "abandon", "refuse", "shelve", "veto"})
_FAILING = frozenset({"fail", "refuse", "decline"})
_CALLING_OFF_WITH = frozenset({("rule", "out"), ("call", "off"), ("put", "off")})
_DENYING = frozenset({"deny", "dismiss", "reject"})
_NO_ONE = frozenset({"nobody", "none", "neither", "noone", "nothing"})
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON", "his": "PERSON", "i": "PERSON",
             "me": "PERSON", "my": "PERSON", "it": "ORG", "its": "ORG", "we": "ORG", "us": "ORG", "our": "ORG",
             "they": "ORG", "them": "ORG", "their": "ORG"}
_RELATIVE = frozenset({"who", "whom", "which", "that"})
# What a dismissal, an arrest or a charge is done to, when the verb has other senses ("fired shots", "charged a
# fee", "released a statement"): a person, a body, or one of these.
_PEOPLE_NOUNS = frozenset({"hostage", "prisoner", "detainee", "captive", "suspect", "man", "woman", "worker",
                           "official", "journalist", "activist", "soldier", "manager", "coach", "director"})
# Whom a business hires by the hundred: "would hire 600 people".
_WORKFORCE = frozenset({"people", "staff", "employee", "worker"})
# What one signs, and what a court or a regulator is, when "sign" and "rule" have other senses.
_SIGNED = frozenset({"law", "bill", "deal", "agreement", "treaty", "contract", "order", "accord", "pact",
                     "memorandum", "declaration", "decree", "legislation", "act", "executive", "charter", "letter"})
_JUDGES = frozenset({"court", "judge", "tribunal", "justice", "panel", "bench", "regulator", "commission",
                     "authority", "jury", "magistrate", "coroner", "ombudsman", "arbitrator"})
# What one is called to do when summoned rather than rung ("would call Selwood to give evidence").
_SUMMONED_TO = frozenset({"give", "testify", "appear", "attend", "account", "answer", "resign", "return", "step",
                          "stand", "serve"})
# What one is charged with ("accused of fraud", "accused of killing nine people", "of passing off bottles").
_OFFENCES = frozenset({"fraud", "murder", "manslaughter", "corruption", "assault", "theft", "rape", "bribery",
                       "embezzlement", "terrorism", "espionage", "spying", "trafficking", "smuggling", "laundering",
                       "evasion", "perjury", "treason", "kidnapping", "abuse", "arson", "robbery", "burglary", "crime",
                       "offence", "offense", "misconduct", "massacre", "killing", "stabbing", "shooting", "attack",
                       "homicide", "extortion", "racketeering", "forgery", "doping", "insider", "war"})
_OFFENDING = frozenset({"kill", "murder", "steal", "defraud", "smuggle", "spy", "plot", "launder", "assault", "abuse",
                        "rape", "bribe", "embezzle", "traffic", "kidnap", "attack", "shoot", "stab", "rob", "pass",
                        "sell", "run", "possess", "supply", "import", "evade", "falsify", "forge", "leak", "hack"})
# What a business is called when the story has just named it: "the company".
_BUSINESSES = frozenset({"company", "firm", "business", "group"})
# What a regulator suspends by order.
_LICENCES = frozenset({"licence", "license", "permit", "registration", "accreditation", "certificate", "sale",
                       "trading", "operation", "authorisation", "authorization"})
# Who accuses someone of a crime in law.
_ACCUSERS = frozenset({"prosecutor", "prosecution", "police", "authority", "investigator", "regulator", "fbi",
                       "department", "attorney"})
# Reviews that investigate rather than judge a book or a play.
_INQUIRING = frozenset({"internal", "independent", "judicial", "official", "formal", "external", "safety",
                        "regulatory", "criminal", "disciplinary"})
# What is released to the public rather than freed: a work launched.
_WORKS = frozenset({"album", "single", "ep", "song", "memoir", "novel", "app", "documentary"})
# Of those, who judge whatever they are called to ("the authority", "the panel" may be anything's).
_JUDGING = _JUDGES - {"authority", "panel"}
# What makes an attack armed rather than one in words.
_ARMED = frozenset({"terror", "terrorist", "suicide", "bomb", "armed", "chemical", "knife", "gun", "rocket", "missile",
                    "drone", "air", "military", "militant", "insurgent", "artillery", "deadly", "fatal", "cyber",
                    "ransomware", "arson", "grenade", "mortar", "naval", "nuclear", "shark", "dog"})
_MILITARY = frozenset({"air", "drone", "missile", "military", "rocket", "artillery", "naval", "nuclear", "israeli",
                       "russian", "us", "u.s.", "american", "ukrainian", "retaliatory", "pre-emptive", "preemptive"})
# Posts, for the kinds that give one: "appointed Dmitriev as his special envoy for …".
_WITH_ROLE = frozenset({"appoint", "elect", "resign", "dismiss"})
# What a meeting or a visit is not of: "met its targets", "visited the idea".
_NOT_MET = frozenset({"target", "deadline", "demand", "criterion", "criteria", "standard", "need", "expectation",
                      "requirement", "goal", "cost", "obligation", "threshold", "condition", "challenge", "end",
                      "fate", "death", "approval", "test", "mark", "quota", "payroll", "bill"})
# What is won when someone is elected: "won the seat", "won 46% of the vote".
_ELECTIONS = frozenset({"election", "seat", "vote", "riding", "constituency", "by-election", "ward", "primary",
                        "presidency", "mayoralty", "runoff", "run-off", "ballot", "district", "nomination", "caucus",
                        "caucuses", "majority", "mandate"})
# What else is won as a contest: "won the case", "won the final".
_CONTESTS = frozenset({"case", "battle", "contest", "final", "semi-final", "semifinal", "series", "tournament",
                       "league", "bout", "fight", "tie", "appeal", "war", "point", "set", "stage", "round", "gold",
                       "silver", "bronze", "bid", "tender", "contract", "competition"})
# What is won, or shared, as a prize.
_PRIZES = frozenset({"prize", "award", "medal", "title", "trophy", "cup", "championship", "race", "match", "game"})
# Verbs that tell an event with a particle or an object ("stepped down", "took charge", "became mayor").
_TAKING_PRIZES = frozenset({"share", "collect", "receive", "accept", "sweep", "scoop", "claim", "pick", "take"})
_PHRASAL = frozenset({"step", "stand", "sit", "walk", "strike", "become", "join", "call", "leave", "enter"}) \
    | _TAKING_PRIZES
# What a person takes over when they take charge ("took over the reins in 2019").
_POSTS_TAKEN = frozenset({"helm", "reins", "role", "job", "post", "leadership", "presidency", "chairmanship"})
_POSTS_AT = frozenset({"join", "leave", "enter", "take"})
_LEGISLATURES = frozenset({"assembly", "parliament", "senate", "congress", "house", "legislature", "dáil", "bundestag",
                           "duma", "knesset", "chamber"})
# "just hours before the phone call": an event on the day of what it is counted from.
_HOURS = frozenset({"hour", "minute", "moment"})


class _Content(NamedTuple):
    """One piece of an attribution's content, for finding the attributions a word is inside."""

    start: int
    end: int
    attribution: Attribution


@dataclass
class FoundEvent:
    kind: str
    triggers: list[tuple[int, int]]  # character spans of the words that tell it
    participants: list[Cluster]
    when: str | None
    status: str
    role: str | None = None
    in_headline: bool = False


def _of_its_people(word: str, place: str) -> bool:
    """Whether ``word`` names the people of ``place``: by the lexicon, else by the place's name, all but perhaps its
    last letter, opening it ("russian", "ukrainian", "chinese"; not "austrian" for Australia)."""
    country = lexicons.people_of(word)
    if country is not None:
        return country == place.lower()
    stem = place.lower()[:-1]
    return len(stem) >= 3 and word.startswith(stem)


def _names_a_prize(noun: Token) -> bool:
    """ "the Nobel prize", "the lifetime achievement award", "the Northlight Music Awards", an award's category
    ("won best group"; not "took the best offer")."""
    return noun.lower_.rstrip("s") in _PRIZES or noun.lemma_.lower() in _PRIZES or noun.ent_type_ == "EVENT" \
        or any(c.lower_ == "best" for c in noun.children) and not any(c.dep_ == "det" for c in noun.children)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS and c.dep_ in ("det", "advmod", "neg") for c in token.children)


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _prep_objects(token: Token, prepositions: frozenset[str]) -> list[Token]:
    """The objects of ``token``'s prepositions of ``prepositions`` ("talks with Musk", "between Putin and Trump")."""
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in prepositions:
            found += [o for o in child.children if o.dep_ == "pobj"]
    return found


def _subject_is_relative(verb: Token) -> bool:
    return any(c.dep_.startswith("nsubj") and c.lower_ in _RELATIVE for c in verb.children)


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, or of the verb that controls it ("plans to meet", "arrived and met"); two where the
    parse made a description and a name both subjects ("A former developer, Lindell bought the Pioneers")."""
    for _ in range(6):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subjects:
            return subjects
        # ("called on her to resign", "urged Cruz to withdraw": whom the controlling verb addresses)
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            addressed = [c for c in verb.head.children if c.dep_ == "dobj"] + _prep_objects(
                verb.head, frozenset({"on", "upon"}))
            if addressed:
                return addressed
        # ("the union was ready to meet": through the adjective to the verb it completes)
        if verb.dep_ in ("xcomp", "conj", "acomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
            return [verb.head]
        return []
    return []


class EventFinder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.clusters: list[Cluster] = doc._.entity_clusters or []
        self.index = token_index(self.clusters)
        self.attributions: list[Attribution] = doc._.attributions or []
        self.sentences, self.sentence_of = sentence_index(doc)
        # Each sentence's time expressions: only those of its own sentence may date an event.
        self.times_in: dict[int, list[tuple[TimeExpression, Token]]] = {}
        for time in doc._.times or []:
            span = doc.char_span(time.start, time.end, alignment_mode="expand")
            if span is not None:
                self.times_in.setdefault(self.sentence_of[span.root.i], []).append((time, span.root))
        self.quoted = SpanIndex(doc._.quotations or [])
        self.by_source = {a.source_root: a for a in self.attributions if a.source_root is not None}
        self.contents = SpanIndex(_Content(s, e, a) for a in self.attributions for s, e in a.content)
        # Where each person or body is named, in text order, for the descriptions that stand for them.
        self.named_at = sorted(((m.start, c) for c in self.clusters if c.type in _ACTORS for m in c.mentions),
                               key=lambda named: named[0])
        self.verbs, self.nouns = lexicons.event_triggers()
        self.words = {*self.verbs, *self.nouns, *_PHRASAL, *_CLAIMS, "agree", "accuse", "speak", "talk", "find",
                      "decide", "appeal", "challenge"}
        headline = headline_line(doc_text(self.doc))
        self.headline_end = headline[1] if headline is not None else 0

    # -- what tells an event ------------------------------------------------------------------------

    def find(self) -> list[FoundEvent]:
        found = []
        for token in doc_tokens(self.doc):
            kind = self._kind(token)
            if kind is None or self._not_told_as_fact(token):
                continue
            event = self._event(token, kind)
            # (the headline's, with no one named yet, may be the body's)
            if event is not None and (event.participants or event.in_headline):
                found.append(event)
        return [e for e in _merged(found) if e.participants]

    def _kind(self, token: Token) -> str | None:
        lemma, lower = token.lemma_.lower(), token.lower_
        if lemma not in self.words and lower not in self.words:
            return None
        children = {c.lower_ for c in token.children if c.dep_ in ("prt", "compound", "amod")}
        if token.pos_ == "VERB":
            if lemma in ("step", "stand") and "down" in children:
                return "resign"
            if lemma == "take" and "over" in children:
                # ("Haller took over at Rheinau in 2025", "took over as chief executive": a post, not a business)
                # (not "took over at the front on lap 12")
                if not any(c.dep_ == "dobj" for c in token.children):
                    return "appoint" if any(c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "at" and any(
                        o.pos_ == "PROPN" or (at := self.index.get(o.i)) is not None and at.type in ("ORG", "GPE")
                        for o in c.children)) for c in token.children) else None
                # ("Vasilescu took over the company in 2019", "took over the reins": a person takes charge of a body
                # the article does not name, or of a post; "Musk took over Twitter" buys it, and "took over the lead"
                # is neither)
                subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
                if subject is None and token.dep_ == "conj":
                    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
                taken = next(c for c in token.children if c.dep_ == "dobj")
                if subject is not None and self._a_person(subject) and taken.i not in self.index:
                    if taken.lower_ in _POSTS_TAKEN or taken.lower_ in lexicons.words("org_nouns"):
                        return "appoint"
                    return "acquire" if taken.pos_ == "PROPN" else None
                return "acquire"
            if lemma == "sit" and "down" in children:
                return "meet" if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) else None
            # ("Dr Mutesi became regional director in 2024", "became one of its spokespeople")
            # (of a body's: "one of its spokespeople", not "one of the most famous authors")
            if lemma == "become" and any(c.dep_ == "attr" and (is_role_noun(c) or c.lower_ == "one" and any(
                    (is_role_noun(o) or o.lower_ == "spokespeople") and any(d.dep_ == "poss" for d in o.children)
                    for o in _prep_objects(c, frozenset({"of"})))) for c in token.children):
                return "appoint"
            if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ in ("charge", "office", "helm", "reins", "command")
                                       for c in token.children):
                return "appoint"
            # ("Hwang Tae-ho … left Starbloom in 2024": a person leaving a body leaves a post)
            # (dated to a month or a year, as a career is: not "Biden left the White House on Friday for Delaware")
            if lemma == "leave" and self._takes_a_body(token) \
                    and any(t.granularity in ("month", "year") for t in self._times_of(token)) \
                    and any(self._a_person(s) for s in _subjects(token)):
                return "resign"
            # ("Qureshi entered the National Assembly in 2018": a seat won)
            if lemma == "enter" and any(c.dep_ == "dobj" and c.lemma_.lower() in _LEGISLATURES
                                        for c in token.children):
                return "elect"
            # ("Hardaway joined CourtSide Network in 2019", "joined the band as a cornet player in 1951"; not
            # "joined the cruise as a passenger")
            if lemma == "join" and (self._takes_a_body(token) or any(
                    c.dep_ == "dobj" and c.lower_ in lexicons.words("org_nouns") for c in token.children) and any(
                    c.dep_ == "prep" and c.lower_ == "as" and any(is_role_noun(o) or is_occupation(o)
                                                                  for o in c.children if o.dep_ == "pobj")
                    for c in token.children)):
                return "appoint"
            # ("shared the Nobel prize", "collected the lifetime achievement award", "swept the Northlight Awards")
            if lemma in _TAKING_PRIZES and any(c.dep_ == "dobj" and _names_a_prize(c) for c in token.children):
                return "win"
            # ("Cruz and Kasich have agreed to divide the states", "agreed with the union on a deal": parties that
            # agree with one another; not "she agreed that …", a statement)
            if lemma == "agree" and (any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
                                     or any(s.conjuncts for s in _subjects(token))) \
                    and not any(c.dep_ == "ccomp" for c in token.children):
                return "deal"
            if lemma == "walk" and "out" in children:
                return "strike"
            # ("a developer accused of fraud", "who is accused of killing nine people": a charge; not "she accused
            # him of lying", "was accused of hypocrisy")
            if lemma == "accuse":
                passive = token.dep_ == "acl" and token.tag_ == "VBN" \
                    or any(c.dep_ == "auxpass" for c in token.children)
                # (what it is of, a noun or a gerund: "of a $40 million fraud", "of running a scheme")
                offence = any(t.lemma_.lower() in _OFFENCES or t.lemma_.lower() in _OFFENDING and t.pos_ == "VERB"
                              for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ in ("pobj", "pcomp") for t in o.subtree)
                # (or whoever accuses is the law: "is accused by prosecutors in New York of writing code that …")
                by_the_law = any(o.lemma_.lower() in _ACCUSERS for o in _prep_objects(token, frozenset({"by"})))
                return "charge" if passive and (offence or by_the_law) else None
            # ("had spoken to him by phone"; not "was speaking by satellite phone from base camp", nor "spoke to
            # reporters by phone", an interview)
            if lemma in ("speak", "talk"):
                return "phone call" if any(c.dep_ == "prep" and c.lower_ in ("by", "over") and any(
                    o.lower_ in ("phone", "telephone") for o in c.children) for c in token.children) and any(
                    self._is_person(o) and o.tag_ not in ("NNS", "NNPS")
                    for o in _prep_objects(token, frozenset({"to", "with"}))) else None
            if lemma == "call":
                return "phone call" if self._rang(token) else None
            # ("they would appeal", "appealed the ruling", "will appeal to the Supreme Court"; not "appealed for calm",
            # "appealed to voters")
            if lemma == "appeal":
                return None if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children) or any(
                    o.lemma_.lower() not in _JUDGES for o in _prep_objects(token, frozenset({"to"}))) else "sue"
            # ("would challenge any write-off in the Constitutional Court")
            if lemma == "challenge":
                # (however the parse hangs "in court": off the verb or off what is challenged)
                heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
                return "sue" if any(p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() == "court"
                                                                                 for o in p.children)
                                    for h in heads for p in h.children) else None
            # ("the coroner found that …", "The commission found that …", "the court decided that …": a finding of
            # those who judge; not "decided to take a short break")
            if lemma in ("find", "decide"):
                judged = any(c.dep_ == "ccomp" for c in token.children) \
                    and any(self._judges(s) for s in _subjects(token))
                return "ruling" if judged else None
            if lemma == "strike" and "down" in children:
                return "ruling"
            kind = self.verbs.get(lemma)
            if kind is None or "out" in children and lemma in ("rule", "sign"):
                return None
            return self._verb_sense(token, kind)
        if token.pos_ in ("NOUN", "PROPN") and not token.is_title and token.dep_ not in ("compound", "amod"):
            if lemma == "call" and (children & {"phone", "telephone", "video"} or any(
                    c.dep_ == "prep" and c.lower_ in ("between", "with") for c in token.children)):
                return "phone call"
            # ("filed a complaint against the critic", "a case brought by the Philippines": a claim taken to law)
            # ("The members' complaint, filed in June"; an appeal filed, not one launched for donations)
            filing = {t.lemma_.lower() for t in (token.head, *token.children) if t.dep_ == "acl" and t.tag_ == "VBN"
                      or t.i == token.head.i and token.dep_ in ("dobj", "nsubjpass")} & _FILING
            if lemma in _CLAIMS and filing \
                    and (lemma != "case" or any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children)
                         or token.head.lemma_.lower() == "bring") \
                    and not (lemma == "appeal" and (filing == {"launch"} or any(
                        c.dep_ == "prep" and c.lower_ == "for" for c in token.children))):
                return "sue"
            kind = self.nouns.get(lower) or self.nouns.get(lemma)
            if kind is None or lower == "talk":  # ("a talk at the university")
                return None
            return self._noun_sense(token, kind, children)
        return None

    def _takes_a_body(self, verb: Token) -> bool:
        """Whether ``verb``'s object is an organisation the article names ("joined CourtSide Network")."""
        return any(c.dep_ == "dobj" and (body := self.index.get(c.i)) is not None and body.type == "ORG"
                   for c in verb.children)

    def _rang(self, verb: Token) -> bool:
        """ "He called me on Wednesday to ask …": one person's call to another, not "called him a liar", "called the
        senator "the next George Washington"", "called on her to resign", "called for talks", "called the election"
        or a committee's "would call Selwood to give evidence"."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return len(objects) == 1 and self._is_person(objects[0]) \
            and not any(c.dep_ == "appos" for c in objects[0].children) and not _quotation_after(objects[0]) \
            and all(self._is_person(s) for s in _subjects(verb)) and not any(
                c.dep_ in ("oprd", "attr", "acomp", "ccomp", "dative", "prt") or c.dep_ == "prep"
                and (c.lower_ in ("for", "as", "off", "out", "into", "up", "over", "before")
                     or c.lower_ in ("on", "upon") and c.i == verb.i + 1
                     or c.lower_ == "to" and not any(self._is_person(o) for o in c.children))
                or c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _SUMMONED_TO for c in verb.children)

    def _judges(self, token: Token) -> bool:
        """Whether ``token`` is a court, a judge or a regulator ("the coroner", "The Care Quality Commission",
        "her" for a judge; not an authority or a panel, which may run water or pick a logo: "the authority's
        decision" to ration water is no ruling)."""
        if token.lemma_.lower() in _JUDGING:
            return True
        actor = self._actor(token)
        if actor is None:
            return False
        if actor.type == "ORG":
            return actor.name.split()[-1].lower() in _JUDGING
        return actor.type == "PERSON" and any(word in _JUDGING for role in actor.roles
                                              for word in role.title.lower().split())

    def _verb_sense(self, verb: Token, kind: str) -> str | None:
        """``kind``, or None where the verb has another sense here ("fired shots", "charged a fee", "released a
        statement", "met its targets", "ruled out")."""
        lemma = verb.lemma_.lower()
        # ("could shell out $449,400", "to win over swing voters", "beat up", "ruled out": a particle makes another
        # verb)
        if any(c.dep_ == "prt" for c in verb.children):
            return None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # ("the most stubborn group of people I have ever met", "a box they had hired": what a relative clause's
        # verb is done to is the noun it describes)
        if verb.dep_ == "relcl" and not objects and not _subject_is_relative(verb):
            objects = [verb.head]
        # ("suspends Vocalo nationwide": a body is banned, not dismissed)
        if lemma in ("fire", "suspend", "sack", "dismiss", "oust", "promote") \
                and not any(self._is_person(o) for o in objects):
            # ("The agency suspended the restaurant's licence", "justice suspends Vocalo": an order; not "suspended
            # bookings to Egypt", "suspended its meeting")
            ordered = any(o.lemma_.lower() in _LICENCES or (body := self._actor(o)) is not None and body.type == "ORG"
                          for o in objects)
            return "ruling" if lemma == "suspend" and ordered and any(
                self._judges(s) or s.lemma_.lower() in ("agency", "justice", "regulator") for s in _subjects(verb)) \
                else None
        # ("promoted Sanders on Twitter as the winner": a promotion is to a post)
        if lemma == "promote" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            return None
        # ("will retire this summer"; not "retired the debt", "retired his shirt")
        if lemma == "retire" and (objects or not any(self._a_person(s) for s in _subjects(verb))):
            return None
        # ("released her first album in 2022"; not "a series of images")
        if lemma == "release" and any(o.lemma_.lower() in _WORKS and not _prep_objects(o, frozenset({"of"}))
                                      for o in objects):
            return "launch"
        if lemma in ("charge", "release", "free", "detain") \
                and not (any(self._actor(o) or o.lemma_.lower() in _PEOPLE_NOUNS for o in objects)
                         or lemma == "charge" and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)):
            return None
        # ("a box they had hired for the day")
        if lemma in ("hire", "appoint", "nominate") and objects \
                and not any(self._actor(o) or self._is_person(o) or is_role_noun(o) or o.lemma_.lower() in
                            lexicons.words("org_nouns") | _WORKFORCE for o in objects):
            return None
        if lemma == "name" and not any(c.dep_ in ("oprd", "attr") or c.dep_ == "prep" and c.lower_ in ("as", "to")
                                       for c in verb.children):
            return None
        if lemma == "sign" and not any(o.lemma_.lower() in _SIGNED or self.index.get(o.i) is not None
                                       and self.index[o.i].type == "LAW" for o in objects):
            return None
        if lemma == "rule" and not (any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in ("in", "on", "against")
                                        for c in verb.children)
                                    and any(subject.lemma_.lower() in _JUDGES or self._actor(subject)
                                            for subject in _subjects(verb))):
            return None
        if lemma in ("meet", "visit", "tour") and any(o.lemma_.lower() in _NOT_MET for o in objects):
            return None
        # ("she had visited every Sunday for four years": a habit, not an occasion)
        if lemma == "visit" and not objects and any(d.lower_ in ("every", "each") for c in verb.children
                                                    if c.dep_ in ("npadvmod", "advmod") for d in c.subtree):
            return None
        # ("He just met a filly on the wrong day": one meets people or bodies)
        if lemma == "meet" and objects and not any(self._actor(o) or self._is_person(o) for o in objects):
            return None
        if lemma in ("beat", "defeat", "attack", "invade") and objects and not any(self._actor(o) for o in objects):
            return None
        # ("Trump attacked Clinton's record": in words; an attack is by or on a body, a country or a place)
        if lemma == "attack" and not any(self._body_or_place(t) for t in (*objects, *_subjects(verb))):
            return None
        # ("was struck at 5.40am": by falling ice, unless someone is named doing it)
        if lemma == "strike" and any(o.dep_ == "nsubjpass" for o in objects) \
                and not any(c.dep_ == "agent" for c in verb.children):
            return None
        if lemma == "strike":
            if any(o.lemma_.lower() in self.nouns for o in objects):
                return None  # "struck a deal": the deal is the event
            # ("Hurricane Ian struck Florida", "lightning struck the abbey": no one attacked)
            armed = any(self._actor(t) is not None or t.lemma_.lower() in _ARMED for t in _subjects(verb))
            return ("attack" if armed else None) if any(self._actor(o) for o in objects) \
                else "strike" if not objects else None
        if lemma == "win" and not objects:
            return None
        if lemma == "win" and any(o.lemma_.lower() in _ELECTIONS or any(
                p.lemma_.lower() in _ELECTIONS for p in _prep_objects(o, frozenset({"of"}))) for o in objects):
            return "elect"  # ("took the seat", "won 46.3% of the vote", "won his party's nomination")
        # ("won the endorsement", "won praise": what is won is a contest, a prize, or over someone)
        if lemma == "win" and not any(_names_a_prize(o) or o.lemma_.lower() in _CONTESTS or self._actor(o)
                                      for o in objects):
            return None
        # ("launched an investigation": the object is the event; but "signed the deal" is a signing of its own,
        # beside the deal)
        if lemma == "launch" and any(o.lemma_.lower() in self.nouns for o in objects):
            return None
        return kind

    def _noun_sense(self, noun: Token, kind: str, modifiers: set[str]) -> str | None:
        lemma = noun.lemma_.lower()
        # ("his caustic attacks on Islam": in words, unless armed, or on a body, a country or a place)
        if lemma in ("attack", "raid") and not (modifiers & _ARMED or any(
                self._body_or_place(t) for t in (*_prep_objects(noun, frozenset({"on", "against", "by"})),
                                                 *(c for c in noun.children if c.dep_ in ("poss", "compound"))))):
            return None
        # ("the Bush family rally": a campaign's; a protest rally is against something)
        if lemma == "rally" and not any(c.dep_ == "prep" and c.lower_ in ("against", "over") for c in noun.children):
            return None
        if lemma == "takeover" and modifiers & {"armed", "military", "forcible"}:
            return None
        # ("won his party's nomination", "won the presidential election": the winning tells it)
        if lemma in _ELECTIONS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("win", "secure", "clinch",
                                                                                         "lose"):
            return None
        if lemma == "deal" and modifiers & {"great", "good"}:
            return None
        if lemma == "strike":
            return "attack" if modifiers & _MILITARY or any(
                c.dep_ == "prep" and c.lower_ in ("on", "against") for c in noun.children) else "strike"
        if lemma == "release" and not any(self._actor(o) or o.lemma_.lower() in _PEOPLE_NOUNS
                                          for o in _prep_objects(noun, frozenset({"of"}))):
            return None
        if lemma in ("agreement", "judgment", "judgement") and noun.dep_ == "pobj" and noun.head.lower_ == "in":
            return None  # "in agreement", "in my judgment"
        if lemma == "march" and noun.is_title:
            return None
        if lemma == "review" and not modifiers & _INQUIRING:
            return None  # (a book's, a pay review, "under review")
        # ("her decision" of a judge, "the court would give its decision"; not "a decision to leave", nor the
        # commission's "decision to close the office")
        judged = any(self._judges(c) for c in noun.children if c.dep_ == "poss") \
            or noun.dep_ == "dobj" and any(self._judges(s) for s in _subjects(noun.head))
        if lemma == "decision" and (not judged or any(c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children)
                                                      for c in noun.children)):
            return None
        return kind

    def _not_told_as_fact(self, token: Token) -> bool:
        """Negated ("did not meet", "no deal", "without a deal", "would sell no shares", "failed to reach a deal"),
        called off or denied ("cancelled his meeting with Macron", "denied reports of a meeting", "ruled out talks")
        or asked ("Will they meet?", "whether he had been charged")."""
        governor = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
        # (but "would call off the strike if the government put an offer on the table" leaves it planned)
        hedged = any(c.dep_ == "aux" and c.lower_ in _POSSIBLE_AUXILIARIES | {"would"} or c.dep_ == "advcl"
                     for c in governor.children)
        if token.dep_ in ("dobj", "pobj", "nsubjpass") and not hedged and (
                governor.lemma_.lower() in _CALLING_OFF or governor.head.lemma_.lower() in _DENYING
                and governor.dep_ == "dobj" or any(c.dep_ == "prt" and (governor.lemma_.lower(), c.lower_)
                                                   in _CALLING_OFF_WITH for c in governor.children)):
            return True
        if _negated(token) or token.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj") and _negated(token.head):
            return True
        # ("failed to reach a decision", "refused to meet him")
        # (but "declined to discuss her meeting with Brandt" leaves the meeting told)
        doing = token if token.pos_ == "VERB" else self._carrier(token)
        if doing is not None and doing.dep_ == "xcomp" and doing.head.lemma_.lower() in _FAILING:
            return True
        # ("the most stubborn people I have ever met": one's whole life, not an occasion; but "the first time he
        # had ever met Lavrov" is one)
        if token.pos_ == "VERB" and token.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in token.children) \
                and any(c.dep_ == "advmod" and c.lower_ == "ever" for c in token.children):
            return True
        if token.pos_ == "VERB" and any(c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children)
                                        for c in token.children):
            return True
        # ("Nobody asked me to resign")
        verbs = [token, token.head] if token.dep_ in ("xcomp", "ccomp") else [token]
        if token.pos_ == "VERB" and any(c.dep_.startswith("nsubj") and c.lower_ in _NO_ONE
                                        for v in verbs for c in v.children):
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "without":
            return True
        # ("declined to say whether Aaskov had been charged", "asked if they would meet")
        verb = token if token.pos_ == "VERB" else token.head
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") and verb.dep_ == "ccomp" for c in verb.children):
            return True
        # ("Marburg kills up to half of those it infects": a present habit, save in a headline's present)
        if token.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
                and self.sentence_of[token.i] > 0 and not self._times_of(token):
            return True
        sentence = self.sentences[self.sentence_of[token.i]]
        return sentence.text.rstrip().rstrip("\u201d\"'\u2019").endswith("?")

    # -- who, when, how sure -------------------------------------------------------------------------

    def _event(self, trigger: Token, kind: str) -> FoundEvent | None:
        carrier = self._carrier(trigger)
        heads = [trigger] if carrier is None else [trigger, carrier]
        people: list[Cluster] = []
        people_named: list[Cluster] = []  # by the word for their people
        phrases: list[Token] = []
        if trigger.pos_ == "VERB":
            phrases += _subjects(trigger)
            # (the body one joins or leaves, enters or takes over at is where the post is, not a party to it)
            phrases += [c for c in trigger.children if c.dep_ in ("dative", "nsubjpass", "attr") or c.dep_ == "dobj"
                        and not (kind in ("appoint", "resign", "elect") and trigger.lemma_.lower() in _POSTS_AT)]
            phrases += _prep_objects(trigger, _PARTICIPANT_PREPOSITIONS)
            # ("Dmitriev, appointed by Putin": the one a participle describes)
            if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
                phrases.append(trigger.head)
        else:
            # (not the town where it happened, "the Paris attacks"; but a country is a party: "the US strike")
            phrases += [c for c in trigger.children if c.dep_ == "poss" or c.dep_ == "compound" and not (
                kind in _PLACED and (place := self.index.get(c.i)) is not None and place.type == "GPE"
                and place.name.lower() not in lexicons.places())]
            # ("the Russian invasion": the country of the people the adjective names, when the article names it)
            for adjective in (c for c in trigger.children if c.dep_ == "amod" and c.ent_type_ == "NORP"):
                named = next((c for c in self.clusters if c.type == "GPE" and _of_its_people(adjective.lower_, c.name)),
                             None)
                if named is not None and named not in people_named:
                    people_named.append(named)
            phrases += _prep_objects(trigger, _NOUN_PREPOSITIONS)
            if carrier is not None:
                phrases += _subjects(carrier)
                phrases += _prep_objects(carrier, frozenset({"with", "between", "against", "by"}))
        people += people_named
        for phrase in phrases:
            for cluster in self._named_by(phrase):
                # ("swept the Northlight Music Awards": what is won takes no part)
                if kind == "win" and cluster.name.split()[-1].lower().rstrip("s") in _PRIZES | {"award"}:
                    continue
                if cluster not in people:
                    people.append(cluster)
        # ("I walked out to the mound", "the pitcher struck out": a walkout is a union's or a workforce's)
        if kind == "strike" and trigger.pos_ == "VERB" and not any(c.type == "ORG" for c in people):
            return None
        start, end = trigger.idx, trigger.idx + len(trigger.text)
        if kind == "phone call" and trigger.lemma_.lower() == "call":
            first = min((c for c in trigger.children if c.dep_ == "compound"), default=trigger, key=lambda c: c.i)
            start = first.idx
        status = self._status(heads)
        when = self._when(trigger, heads, status)
        # ("The board meets June 16", published in May: a timetable's present is planned)
        if status == HAPPENED and (when == "future" or self._after_publication(when)):
            status = PLANNED
        role = self._role(trigger) if kind in _WITH_ROLE else None
        triggers = [(start, end)]
        # ("filed a complaint", "the complaint, filed in June": the filing tells the claim too)
        if kind == "sue" and trigger.pos_ != "VERB":
            triggers += [(v.idx, v.idx + len(v.text)) for v in (trigger.head, *trigger.children)
                         if v.lemma_.lower() in _FILING and v.pos_ == "VERB" and v.i != trigger.i]
        return FoundEvent(kind, triggers, people, when, status, role, in_headline=trigger.idx < self.headline_end)

    def _carrier(self, noun: Token) -> Token | None:
        """The verb that only carries the event ``noun`` tells ("held talks", "took part in the talks")."""
        if noun.pos_ == "VERB":
            return None
        head = noun.head
        # ("told a packed council meeting", "told members at a meeting in the club's stand": who speaks to a meeting
        # takes part in it)
        if noun.lemma_.lower() == "meeting":
            verb = head.head if noun.dep_ == "pobj" and head.lower_ == "at" else head if noun.dep_ == "dobj" else None
            if verb is not None and verb.lemma_.lower() in _ADDRESSING:
                return verb
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            # (only the verbs that take part through a preposition: not "since the invasion", "takes the bus to
            # hospital appointments")
            verb = head.head.head if head.head.dep_ == "dobj" and head.head.lower_ == "part" else head.head
            taking_part = head.lower_ == "in" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
            return verb if (verb.lemma_.lower(), head.lower_) in _CARRIED_BY_PREPOSITION or taking_part else None
        # ("The invasion began in 2022", "The strike came on Sunday": what dates its subject)
        if noun.dep_ == "nsubj" and head.lemma_.lower() in _HAPPENING:
            return head
        if noun.dep_ not in ("dobj", "nsubjpass", "attr", "conj"):
            return None
        return head if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _CARRIERS else None

    def _named_by(self, phrase: Token) -> list[Cluster]:
        """The people and bodies a phrase names, through its conjuncts ("Putin and Trump")."""
        found = []
        for token in _conjuncts(phrase):
            cluster = self._actor(token)
            if cluster is not None:
                found.append(cluster)
        return found

    def _a_person(self, token: Token) -> bool:
        """Whether ``token`` is a person, by its word or by whom it names or stands for ("who", "Lindell")."""
        return self._is_person(token) or (actor := self._actor(token)) is not None and actor.type == "PERSON"

    def _body_or_place(self, token: Token) -> bool:
        """Whether ``token`` names an organisation, a country or city, or a place: what an armed attack is by or on."""
        actor = self._actor(token)
        return actor is not None and actor.type in ("ORG", "GPE") or token.ent_type_ in ("FAC", "LOC")

    def _is_person(self, token: Token) -> bool:
        cluster = self.index.get(token.i)
        return cluster.type == "PERSON" if cluster is not None else (
            token.lower_ in _PRONOUNS and _PRONOUNS[token.lower_] == "PERSON"
            or token.lemma_.lower() in _PEOPLE_NOUNS or is_role_noun(token))

    def _actor(self, token: Token, depth: int = 0) -> Cluster | None:
        """The person, body or place acting as one that ``token`` names or stands for."""
        cluster = self.index.get(token.i)
        if cluster is not None:
            return cluster if cluster.type in _ACTORS else None
        if depth > 2:
            return None
        if token.lower_ in _RELATIVE and token.dep_.startswith("nsubj") and token.head.dep_ == "relcl":
            antecedent = self._actor(token.head.head, depth + 1)
            # ("members at the trust who took part": "who" is people, whatever the parse hung it off)
            return antecedent if token.lower_ != "who" or antecedent is None or antecedent.type == "PERSON" else None
        # ("Feng Bo, a lawyer hired by the family": the name the description is in apposition to, or gives)
        if token.dep_ == "appos":
            return self._actor(token.head, depth + 1)
        named = next((c for c in token.children if c.dep_ == "appos" and self.index.get(c.i) is not None), None)
        if named is not None:
            return self._actor(named, depth + 1)
        # ("Hallbrook's board of trustees is expected to meet": the body whose board it is)
        # (or "the AFL-CIO general board" named before it, or "The association's board" described)
        if token.is_lower and token.lemma_.lower() in lexicons.words("org_nouns"):
            for child in token.children:
                if child.dep_ in ("poss", "compound"):
                    owner = self.index.get(child.i) or (self._described(child) if child.pos_ == "NOUN"
                                                        and determined(child, "the") else None)
                    if owner is not None and owner.type == "ORG":
                        return owner
        wanted = _PRONOUNS.get(token.lower_)
        if wanted is not None or token.pos_ == "NOUN":
            return self._stood_for(token, wanted)
        return None

    def _stood_for(self, token: Token, wanted: str | None) -> Cluster | None:
        """Whom a pronoun or a description stands for: the speaker of the attribution it is the source of, or
        whose indirect speech it is the subject in ("Dmitriev said he had …"), or for a pronoun the person (or
        body) last named before it as a subject."""
        if token.i in self.by_source:
            speaker = self.by_source[token.i].speaker
            return speaker if speaker is not None and speaker.type in _ACTORS else None
        if wanted is None:
            return self._described(token) if token.pos_ == "NOUN" and determined(token, "the") else None
        for piece in self.contents.overlapping(token.idx, token.idx):
            a = piece.attribution
            if a.speaker is None or a.speaker.type not in _ACTORS:
                continue
            first_person = token.lower_ in ("i", "me", "my", "we", "us", "our")
            if first_person == self._in_quotation(token.idx) and (a.speaker.type == "PERSON") == (wanted == "PERSON"):
                return a.speaker
        sentence = self.sentence_of[token.i]
        # ("She married Tomas Marwood in 1962; he died in 2012": the sentence's own person first, when the
        # pronoun starts a clause of its own after them)
        starts_clause = token.dep_.startswith("nsubj") and (
            token.head.dep_ in ("conj", "ccomp", "advcl") or token.i > 0 and self.doc[token.i - 1].text == ";")
        if wanted == "PERSON" and starts_clause:
            own = [self.index[t.i] for t in self.doc[self.sentences[sentence].start : token.i]
                   if t.i in self.index and self.index[t.i].type == "PERSON" and not self._in_quotation(t.idx)]
            if own:
                return own[-1]
        window = self.doc[self.sentences[max(0, sentence - 2)].start : token.i]
        for earlier in reversed(window):
            cluster = self.index.get(earlier.i)
            if cluster is not None and earlier.dep_.startswith("nsubj") and not self._in_quotation(earlier.idx) \
                    and (cluster.type == "PERSON") == (wanted == "PERSON") and cluster.type in _ACTORS:
                return cluster
        return None

    def _described(self, noun: Token) -> Cluster | None:
        """The body or person a definite description stands for: "the union" the last organisation named before
        it whose name ends in "union", "the judge" the last person the article gave that role."""
        word = noun.lemma_.lower()
        organisation = word in lexicons.words("org_nouns")
        if not organisation and not is_role_noun(noun):
            return None
        before = self.named_at[: bisect.bisect_left(self.named_at, noun.i, key=lambda x: x[0])]
        for _, cluster in reversed(before):
            # ("the union" of "the Small Miners' Union of Ghana")
            if organisation and cluster.type == "ORG" and {word, word + "s"} & set(cluster.name.lower().split()):
                return cluster
            if not organisation and cluster.type == "PERSON" and any(
                    word in role.title.lower().split() for role in cluster.roles):
                return cluster
        # ("A FarmLoop spokeswoman said the company would hire 600 people": the one business just named, whatever it
        # is called; not "the governing party", which says which, nor the paper told it: "told Reuters the company
        # would", nor a body something was done to or at: "broke into a Calder Bank branch")
        if word in _BUSINESSES and not any(c.dep_ in ("amod", "compound", "nmod") for c in noun.children):
            since = self.sentences[max(0, self.sentence_of[noun.i] - 1)].start
            named = {c.id: c for at, c in before if at >= since and c.type == "ORG"
                     and self.doc[at].dep_ not in ("dative", "dobj", "pobj", "poss")
                     and self.doc[at].head.dep_ not in ("dobj", "pobj")
                     and c.name.split()[-1].lower() not in NEWSPAPER_TITLES}
            return next(iter(named.values())) if len(named) == 1 else None
        return None

    def _in_quotation(self, offset: int) -> bool:
        return bool(self.quoted.overlapping(offset, offset))

    def _status(self, heads: list[Token]) -> str:
        # ("Putin to meet Trump in Alaska": a headline's infinitive is what is to come)
        if heads[0].idx < self.headline_end and heads[0].dep_ == "ROOT" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in heads[0].children):
            return PLANNED
        for head in heads:
            words = [head] + ([head.head] if head.dep_ in ("xcomp", "ccomp") else [])
            for verb in words:
                auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
                if auxiliaries & _POSSIBLE_AUXILIARIES:
                    return POSSIBLE
                if auxiliaries & _FUTURE_AUXILIARIES or "going" in auxiliaries:
                    return PLANNED
                if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
                    return POSSIBLE
            if head.dep_ == "xcomp":
                governor = head.head.lemma_.lower()
                if governor in _READY:  # ("ready to meet the trust")
                    return POSSIBLE
                # ("The students want Hallbrook to sell": what others want done may not be)
                if governor in _POSSIBILITY or any(c.dep_ == "dobj" for c in head.head.children):
                    return POSSIBLE
                if governor in _PLANNING or head.head.lower_ in ("set", "due", "scheduled", "expected"):
                    return PLANNED
            if head.pos_ == "NOUN":
                modifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
                if modifiers & _POSSIBLE_ADJECTIVES:
                    return POSSIBLE
                if modifiers & _PLANNED_ADJECTIVES:
                    return PLANNED
                governor = head.head.head if head.dep_ == "pobj" else head.head
                if head.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in _PLANNING | {"demand", "want"}:
                    return PLANNED
                if head.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in _POSSIBILITY:
                    return POSSIBLE
        return HAPPENED

    def _when(self, trigger: Token, heads: list[Token], status: str) -> str | None:
        """The value of the time expression of the event's own clause, "future" or "past" for a vague one."""
        for head in heads:
            found = self._times_of(head)
            if found:
                time = min(found, key=lambda t: abs(t.start - trigger.idx))
                if time.value is not None:
                    return time.value
                if time.relation in ("future", "past"):
                    return time.relation
        # ("just hours before a phone call": the same day as what it is counted from, else the publication day)
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("before", "after") \
                and any(c.lemma_.lower() in _HOURS for c in trigger.head.children):
            verb = trigger.head.head
            dated = [t for t in self._times_of(verb) if t.value and t.granularity in ("day", "time")]
            if dated:
                return dated[0].value[:10]
            published = self.doc._.published
            return published.isoformat() if published is not None else None
        # (undated: to come, or done at some time the article does not give)
        return "past" if status == HAPPENED else "future"

    def _after_publication(self, when: str | None) -> bool:
        published = self.doc._.published
        if published is None or when is None or not _CALENDAR_VALUE.fullmatch(when):
            return False
        return when > published.isoformat()[: len(when)]

    def _times_of(self, head: Token) -> list[TimeExpression]:
        """The time expressions in ``head``'s own phrase: under it in the parse with no other verb between."""
        return [time for time, root in self.times_in.get(self.sentence_of[head.i], ()) if _dates(root, head)]

    def _role(self, trigger: Token) -> str | None:
        """The post an appointment, election, resignation or dismissal is to or from ("as his special envoy for
        …", "named chief executive")."""
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                objects = [o for o in child.children if o.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0])
            if child.dep_ in ("oprd",) or child.dep_ == "attr" and trigger.pos_ == "VERB":
                return _phrase(child)
        return None


def _dates(token: Token, head: Token) -> bool:
    """Whether the time expression whose root is ``token`` is in ``head``'s phrase (for a verb, with no other verb
    between them in the parse)."""
    verb = head.pos_ in ("VERB", "AUX")
    while token.i != head.i and token.head.i != token.i:
        token = token.head
        if verb and token.i != head.i and token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return False
    return token.i == head.i


def _quotation_after(token: Token) -> bool:
    """Whether a quotation opens right after ``token``'s phrase ("calling Mike Pence "my partner""): a name given."""
    after = token.right_edge.i + 1
    return after < len(token.doc) and token.doc[after].is_quote


def _phrase(token: Token) -> str:
    """The words of ``token``'s phrase, up to a clause, a comma or a time hung off it ("her special envoy for Arctic
    affairs on Monday")."""
    end = token.right_edge.i
    for child in token.subtree:
        if child.i > token.i and (child.dep_ in ("relcl", "acl", "appos") or child.is_punct or child.dep_ == "prep"
                                  and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)):
            end = min(end, child.left_edge.i - 1)
    span: Span = token.doc[token.left_edge.i : end + 1]
    return span.text.strip(" ,.;:")


def _merged(events: list[FoundEvent]) -> list[FoundEvent]:
    """Each event told more than once as one: the same kind, some of the same people (a headline's with no one named
    yet: the body's first of its kind), not two dates, and not one done and one to come (a headline's tense aside)."""
    merged: list[FoundEvent] = []
    by_kind: dict[str, list[FoundEvent]] = {}
    for event in events:
        ids = {c.id for c in event.participants}
        same = next((m for m in by_kind.get(event.kind, ()) if _compatible(m, event)
                     and (ids <= (told := {c.id for c in m.participants}) or told <= ids)), None)
        if same is None:
            merged.append(event)
            by_kind.setdefault(event.kind, []).append(event)
            continue
        same.triggers += event.triggers
        same.participants += [c for c in event.participants if c not in same.participants]
        if same.when in _UNDATED and event.when not in _UNDATED:
            same.when = event.when
        if same.in_headline and not event.in_headline:  # (the body's tense, not the headline's present)
            same.status, same.when = event.status, event.when if same.when in _UNDATED else same.when
        same.in_headline = same.in_headline and event.in_headline
        same.role = same.role or event.role
    return merged


_UNDATED = (None, "future", "past")
# A day, a month or a year, which compare with a date as strings do (not a week or a season).
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d\d){0,2}")


def _compatible(a: FoundEvent, b: FoundEvent) -> bool:
    """Whether two mentions may tell one event: not two different dates, nor one done and one to come."""
    dated = {a.when, b.when} - set(_UNDATED)
    if len(dated) > 1 and not any(x.startswith(y) or y.startswith(x) for x in dated for y in dated if x != y):
        return False
    return a.in_headline or b.in_headline or {a.status, b.status} != {HAPPENED, PLANNED}


@Language.factory("newsgraph_events", requires=["doc._.attributions", "doc._.entity_clusters", "doc._.times"],
                  assigns=["doc._.events"])
def make_events(nlp: Language, name: str) -> EventComponent:
    return EventComponent()


class EventComponent:
    version = "17"

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = EventFinder(doc).find()
        return doc
