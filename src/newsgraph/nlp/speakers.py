"""Who each attribution's source is, what it is about, and when it was said.

No offline coreference model exists for spaCy 3.8, so this is an attribution-focused resolver:

* a source that names an entity is that entity ("Kirill Dmitriev", "Dmitriev");
* "he"/"she" is the person most recently named as a subject of the narration before it (within three
  sentences; not a subject inside what someone was reported to say), else the last speaker, else a
  person reported on, else the person last named, skipping people the article shows to take the
  other pronoun (an honorific, a gendered title or role, a common given name); "who" is the noun its
  clause modifies;
* "it" and a definite organisation noun ("the company", "the union") are the organisation the noun
  names part of (anywhere before), else the one most recently named as a subject within three
  sentences, else the previous speaker if an organisation, else (for "it" only) the last one named
  within three sentences; a source with a name in apposition ("the head of X, Ivo Marek,") is that name;
* a role-only source ("the head of Russia's Direct Investment Fund", "the minister") is the entity the
  article gives that role (at the place the source names, if it names one: "the South Korean
  minister", "the Newcastle boss"), or, in the lede, the person who speaks by name in the next
  paragraphs, in which case that role is recorded for them; past the lede, a definite description no
  one holds ("the Spaniard") is found like "he"; an indefinite one ("a minister") is no one named;
* a follow-on quotation with no cue keeps the previous attribution's speaker;
* ``about``: "said of Musk", and entities named or referred to by pronoun inside the content, other
  than the speaker;
* ``when``: a dated expression in the cue's sentence outside the content that dates the saying (in the
  cue's clause, or one about speaking: not "asked about reports that the hinges failed in March"),
  else the date of the same speaker's statement just before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import NamedTuple

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.layout import datelines, headline_line, lede_line
from newsgraph.nlp.attribution import QUESTION_LINE, TRANSCRIPT_TURN, Attribution, sentence_index
from newsgraph.nlp.cues import subject_of
from newsgraph.nlp.entities import HONORIFICS, KINSHIP, NEWSPAPER_TITLES, Cluster, is_club_name, token_index
from newsgraph.nlp.quote_types import OTHER
from newsgraph.nlp.quotemarks import find_quotations
from newsgraph.nlp.roles import is_occupation, is_role_noun
from newsgraph.nlp.spanindex import SpanIndex
from newsgraph.nlp.syntax import determined, doc_text, doc_tokens, governing_verb, what_it_is_according_to

_PERSONAL = {"he", "she", "him", "her", "his"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_NEUTER = {"it", "its"}
_GENDERED_NOUNS = {"man": "m", "boy": "m", "woman": "f", "girl": "f"}
# Who someone is in a contest, whatever their trade or office ("the winner" may be the new councillor), and the
# verb the article tells it by ("Rachel Dunmore won 1,146 votes").
_CONTESTANTS = {"winner": "win", "victor": "win", "loser": "lose", "challenger": "challenge", "runner-up": None,
                "incumbent": None, "newcomer": None}
# "Vantrell's lead lawyer": a role held for someone, and whose.
_OWNED_ROLE = re.compile(r"(.+?)['\u2019]s\b")
# Words for a person that say neither a job nor a kinship: found as a role is, not held as one.
_PERSON_NOUNS = {"man", "woman", "boy", "girl", "teenager", "youngster", "pensioner", "resident", "passenger",
                 "victim", "survivor", "neighbour", "neighbor", "shopper", "commuter", "motorist", "pupil", "student",
                 "choice", "champion", "skier", "rower", "swimmer", "runner", "sprinter", "cyclist", "golfer",
                 "climber", "boxer", "skater", "jockey"} | set(_CONTESTANTS)
# The word before a father's name in a Malay or Arabic name, which says whose son or daughter the person is.
_CHILD_OF = {"bin": "m", "ibn": "m", "binti": "f", "bte": "f", "bt": "f"}
# What makes a document its agent's ("data compiled by …", "The email, signed by …"); not what handles one
# ("figures obtained by the BBC", "a review commissioned by the department").
_AUTHORING = {"compile", "publish", "prepare", "write", "conduct", "sign", "issue", "release", "produce", "author",
              "draft", "gather", "collect", "carry", "file", "post", "submit", "table", "lodge", "deliver", "start",
              "launch"}
# What hands over a document someone else may have made: "figures the insurer gave to this newspaper".
_HANDING = {"give", "provide", "send", "share", "supply"}
# Offices anyone of any trade may hold: "the head of the observatory" may be "the scientist".
_OFFICES = {"head", "chief", "director", "president", "chair", "chairman", "chairwoman", "leader", "executive",
            "ceo", "founder", "co-founder", "cofounder", "boss", "manager", "member", "official", "officer", "deputy",
            "secretary", "spokesman", "spokeswoman", "spokesperson", "partner", "owner", "adviser", "advisor",
            "choice", "pick", "nominee", "candidate"}
# Posts anyone of any trade may stand for: "the candidate" may be "a retired geography teacher".
_OPEN_TO_ANYONE = {"candidate", "nominee"}
# Trades that comment on an organisation from outside it, and offices of a government.
# Posts that head an institution under their own name: "the head of the University of Wexcombe", named next, may be
# its vice-chancellor.
_HEADS = frozenset({"vice-chancellor", "chancellor", "principal", "rector", "provost", "headteacher", "headmaster",
                    "headmistress", "superintendent", "commissioner", "warden"})
_OUTSIDE_VOICES = {"analyst", "economist", "strategist", "expert", "professor", "researcher", "consultant", "critic"}
_GOVERNMENT_POSTS = {"minister", "secretary", "senator", "governor", "mayor", "premier", "chancellor", "president"}
# Posts only a government or a legislature gives, and bodies outside both that no such post heads.
_POLITICAL_POSTS = {"minister", "senator", "mayor", "premier", "lawmaker", "legislator", "congressman",
                    "congresswoman", "mp"}
_BODIES_OUTSIDE_GOVERNMENT = {"bank", "company", "firm", "corporation", "airline", "club", "university", "college",
                              "school", "hospital", "charity", "foundation", "union", "newspaper", "broadcaster",
                              "museum", "maker", "carmaker", "automaker", "chipmaker", "supermarket", "startup"}
# What a source's own words say when the story keeps them unnamed.
# (About the source itself, in a clause of its own: not "who declined to be named as interim manager", "who
# campaigned to protect the anonymity of whistleblowers", "who said officers were not authorised to speak".)
_ANONYMOUS = re.compile(r"\b(?:who\s+(?:asked|requested|spoke|was|were|is|are|did|does|declined|wished)|speaking)\s+"
                        r"(?:not to be (?:named|identified)|(?:on|under) (?:the )?conditions? of anonymity|anonymity"
                        r"|anonymously|not authori[sz]ed to (?:speak|comment|discuss)|to be (?:named|identified)"
                        r"|not want to be (?:named|identified)|on background)\b(?!\s+as\b)"
                        # ("who gave evidence under a pseudonym")
                        r"|\bwho\s+(?:gave evidence|testified|spoke|appeared|wrote)\s+"
                        r"(?:under a pseudonym|anonymously)\b",
                        re.I)
# Who an article leaves unnamed when it calls them "an aide", "a source" (or "a senior official").
_UNNAMED_SOURCES = {"source", "insider", "aide"}
# ("a Chinese official said" in an abstract may be the minister named below; "a senior official" is not.)
_RANKS = {"senior", "top", "high-ranking", "high-level", "mid-level", "junior"}
# Titles cut short before a name ("Capt. Didier Ouko"), by the word a description uses for them.
_TITLES = {"capt": "captain", "sgt": "sergeant", "gen": "general", "col": "colonel", "lt": "lieutenant",
           "det": "detective", "insp": "inspector", "supt": "superintendent", "cllr": "councillor",
           "prof": "professor", "sen": "senator", "gov": "governor", "atty": "attorney", "adm": "admiral",
           "maj": "major", "cmdr": "commander", "rep": "representative", "coun": "councillor", "ald": "alderman"}
# What a frontbench post covers ("the Opposition's energy spokesman", "Labour's foreign affairs spokeswoman").
_POLICY_AREAS = {"energy", "health", "education", "defence", "defense", "finance", "treasury", "justice", "transport",
                 "housing", "environment", "environmental", "immigration", "trade", "agriculture", "security",
                 "affairs", "foreign", "climate", "economy", "economic", "welfare", "culture", "tourism", "employment",
                 "industry", "infrastructure", "policing", "communities", "veterans", "pensions", "budget", "fiscal",
                 "tax"}
# Adjectives that name a portfolio ("the prime minister", "the foreign secretary"), unlike "the young minister".
_PORTFOLIO_ADJECTIVES = {"prime", "foreign", "financial", "economic", "environmental", "agricultural", "cultural",
                         "digital", "judicial", "military", "medical", "industrial", "social", "interior"}
# Words for a kind of work that any trade of the kind may be called ("the scientist" for a volcanologist).
_KINDS_OF_WORK = {"scientist", "expert", "researcher", "specialist", "academic", "official", "professional",
                  "worker", "veteran", "star"}
# Determiners of a noun that picks out no one ("a single pilot", "any driver").
_ANY_ONE = {"a", "an", "any", "every", "each", "no", "another"}
# Nouns that name an organisation only as part of its name ("the Link Centre"; a rugby centre is a player).
_NAMED_ONLY = {"centre", "center", "band", "label"}
_READ_OUT = {"statement", "letter", "message", "tribute", "note", "poem"}
_PRESSING = {"press", "question", "quiz", "grill", "challenge"}
_RELATIVE = {"who", "whom", "which", "that"}
# Words that pick some of a group: "most of the economists", "one of the analysts".
_PARTITIVES = frozenset({"most", "some", "many", "one", "several", "few", "all", "half", "majority", "none", "each",
                         "both", "either", "neither", "any", "minority"})
_LEDE_REACH = 4  # sentences after the lede in which the named speaker is looked for
# A role and what its holder does: "the leader of the council" is the one "who has led the council".
_ROLE_VERBS = {"leader": "lead", "chair": "chair", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
               "head": "head", "owner": "own", "manager": "manage", "coach": "coach", "founder": "found",
               "director": "direct", "editor": "edit", "organiser": "organise", "organizer": "organize",
               "presenter": "present", "host": "host", "captain": "captain", "governor": "govern",
               "commander": "command", "designer": "design", "author": "write"}
# A founder is whoever the article says founded something, whatever their trade ("Feld, a former oncologist who
# co-founded Corvex"): roles held by doing what ``_ROLE_VERBS`` names.
_DOERS = {"founder"}
_PRONOUN_REACH = 3
# Who works for a state body and stands for it as a group: "Canada's air-accident investigators".
_STATE_BODIES_STAFF = frozenset({"investigator", "regulator", "inspector", "auditor", "prosecutor"})
# A trade the lexicons do not list, given as a person's whole role ("Kyle Rourke, 31, a scaffolder,").
_AGENT_NOUN = re.compile(r"[a-z]+(?:er|or|ist|ian)")
_CLEAR_MARGIN = 0.05  # of cosine similarity between two people's stories and what is said
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "our", "us"})
# Words the narration uses of anyone who speaks or is dated.
_TOLD_OF_ANYONE = frozenset({"say", "tell", "add", "speak", "ask", "year", "day", "week", "month", "time",
                             "today", "people", "old", "go", "come", "get", "make", "take", "like", "want",
                             "know", "think", "need", "thing"})
_INTRODUCTION_REACH = 2  # sentences after a role no one holds in which its holder is named as a speaker
_ANAPHOR_REACH = 4  # sentences over which "the spokeswoman" is the "a spokeswoman" brought in before
_POSITIONS = {"striker", "midfielder", "defender", "goalkeeper", "winger", "captain", "skipper", "substitute",
              "batsman", "bowler"}
_SAME_JOB = {"skipper": {"captain"}, "captain": {"skipper"}, "boss": {"manager", "coach"}, "gaffer": {"manager"},
             "manager": {"boss"}, "coach": {"boss"}, "monarch": {"king", "queen"}, "player": _POSITIONS,
             "footballer": _POSITIONS, "athlete": {"sprinter", "swimmer", "cyclist", "jockey", "boxer", "golfer"}}
# Trades under several words, though not one office: "the general counsel" may be "the lawyer" the article
# named (but the company's counsel is not the plaintiffs' lawyer), "the top diplomat" its foreign minister.
_SAME_TRADE = ({"counsel", "lawyer", "attorney", "solicitor", "barrister"},
               {"diplomat", "minister", "secretary", "ambassador", "envoy"})
_ELECTED = {"mp", "member", "senator", "congressman", "congresswoman", "representative", "councillor", "councilor",
            "td", "msp", "mep", "mla", "assemblyman", "assemblywoman", "legislator", "lawmaker", "minister", "mayor",
            "governor", "president", "premier"}
# Posts by their initials, as the role is printed in full.
_SPELLED_OUT = {"ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
                "cto": "chief technology officer", "cmo": "chief medical officer"}
# Words before a title that make it another office ("Shadow Treasurer", "General manager" is no baseball manager).
_OTHER_OFFICE = {"shadow", "deputy", "assistant", "vice", "former", "acting", "ex", "junior", "associate", "general"}
_SURVEYS = {"poll", "survey", "study"}
# Papers an author writes ("the study's lead author", "lead author of the paper").
_PAPERS = {"study", "paper", "trial", "research"}
# What a news agency does in a story ("Reuters reported", "Reuters, citing two sources, said").
_REPORTING = {"say", "tell", "report", "add", "write", "cite", "quote", "note", "reveal"}
_LINE_BREAKS = re.compile(r"\n+")
_QUESTION_OPENING = re.compile(r"(whether|if|why|what|how|when|where|who|which)\b", re.I)
# "put it to Mrs Adeyemi that …", "suggested to her that …": what is put to someone, who replies.
_PUTTING = {"put", "ask", "suggest", "press", "challenge", "question", "accuse"}
_REPLYING = {"reply", "answer", "respond", "retort"}
# Verbs of saying itself, not of an act a statement may report ("was inside, arguing about prices", "has
# presented the budget").
_SPEAKING = {"say", "tell", "add", "explain", "insist", "write", "reply", "answer", "recall", "note"}
# Nouns for several people under one name ("the Aasland family", "the Holloway camp").
_GROUPS_OF_PEOPLE = {"family", "household", "camp", "clan", "couple"}
# Who is questioned by the role the questioning gives them ("the witness replied"; "the prosecutor replied"
# is the one asking).
_QUESTIONED = {"witness", "defendant", "accused", "nominee", "applicant", "claimant", "interviewee"}
# Words before a role that say whose or where it is, not which portfolio ("the party leader", "the city mayor").
_GENERIC_MODIFIERS = {"party", "opposition", "city", "government", "state", "club", "team", "federal", "national",
                      "local", "regional", "county", "provincial", "country", "town", "council", "cabinet", "junior",
                      "former", "acting", "interim", "senior", "deputy", "assistant", "chief", "general", "new", "top",
                      "current", "incoming", "outgoing", "longtime", "veteran"}
# Who works for one person and speaks in their name ("her team", "the governor's office", "his campaign").
_STAFF = {"team", "office", "aides", "staff", "campaign"}
_SPEAKS_FOR = {"spokesperson", "spokesman", "spokeswoman", "representative", "lawyer", "attorney", "solicitor"}
_DOCUMENTS = {"figure", "data", "report", "study", "survey", "poll", "analysis", "research", "estimate",
              "statistic", "forecast", "filing", "document", "statement", "letter", "memo", "review", "audit",
              "assessment", "projection", "paper", "calculation", "count", "ranking", "index", "timeline", "datum",
              "decision", "ruling", "record", "log", "email", "advisory", "bulletin", "notice", "alert", "guidance",
              "warning", "complaint", "map", "chart", "affidavit", "indictment", "post", "judgment", "judgement",
              "order", "directive", "website", "register", "database", "prospectus", "licence", "license",
              "permit", "answer", "petition", "guideline", "presentation", "submission", "handbook", "manual",
              "rulebook", "circular", "resolution", "finding", "sheet"}
# What a body decides, and how it does ("The council voted 9-4 to approve the cap. The decision says …").
_DECISIONS = {"decision", "resolution", "motion"}
_DECIDING = {"vote", "decide", "approve", "adopt", "pass", "agree", "endorse"}
# What a party to a suit files (of the documents that speak), and what is filed to bring one.
_PLEADINGS = {"complaint", "petition"}
_SUITS_FILED = {"complaint", "petition", "lawsuit", "suit", "case", "claim"}
_RULING_VERBS = {"rule", "judge", "strike", "overturn", "quash", "uphold"}
# Documents named only in the plural, the singular being something else ("a slide in the polls", "by all
# accounts", "a rule of thumb").
_DOCUMENTS_IN_THE_PLURAL = {"slides", "minutes", "accounts", "rules"}
# What only a business issues: "the prospectus" of a listing is the listing company's.
_BUSINESS_DOCUMENTS = {"prospectus"}
_MARKET_FILINGS = {"regulatory", "exchange", "securities", "sec"}
_COURTS = {"court", "tribunal"}
# Who run a body and speak for it together ("officials at the association").
_OFFICERS = {"official", "officer", "executive", "director", "trustee"}
# Boards that are bodies of their own, whatever they are named with ("the school board").
_BOARDS_OF_THEIR_OWN = {"school", "health", "library", "parole", "planning", "zoning", "education", "water",
                        "tourist", "tourism", "film", "medical", "transit", "election", "elections"}
# Those of a body's people who speak for themselves, not for it.
_RANK_AND_FILE = {"employee", "worker", "staffer", "user", "customer", "member", "volunteer", "shareholder"}
# Who speaks for a country abroad.
_ENVOYS = {"representative", "envoy", "ambassador", "delegate", "delegation"}
# What a court hands down.
_JUDGMENTS = {"judgment", "judgement", "ruling", "verdict", "decision"}
_ANSWER_LABELS = {"a", "answer"}  # an interview printed as "Q: … A: …"
# The last word of a name that makes it a public body or an association, not a business.
_PUBLIC_BODIES = {"council", "ministry", "police", "union", "party", "court", "agency", "department", "committee",
                  "commission", "university", "school", "hospital", "government", "parliament", "assembly",
                  "authority", "office", "board", "association", "federation", "society", "trust", "charity",
                  "guild"}
_PLACE_ENTITIES = {"GPE", "NORP", "LOC"}
# A business of any kind ("a company spokesperson"), unlike "a bank spokesperson", which says which kind.
_ANY_BUSINESS = {"company", "firm", "business", "group"}
# Organisation nouns that a business story uses for the company it is about, whatever it describes it as.
_BUSINESS_NOUNS = {"group", "company", "firm", "maker", "giant", "bank", "conglomerate", "operator", "manufacturer",
                   "startup", "retailer", "lender", "carrier", "insurer", "chain", "airline", "developer",
                   "publisher", "broadcaster", "supermarket", "carmaker", "automaker", "chipmaker", "supplier",
                   "provider", "club"}
_SPEECH_EVENTS = {"speak", "talk", "address", "interview", "brief", "appear"}


class _Piece(NamedTuple):
    start: int
    end: int


def _is_subject(token: Token) -> bool:
    """A clause's subject, or a name in apposition to it or to its phrase ("The finance director, Marcus
    Webb, told …"), or the source of "according to" ("According to Priya Raman, … “…,” she said")."""
    # Up a name to its last word ("Kirill" in "Kirill Dmitriev"), not from a name to the noun it modifies:
    # "The Lisbon night was …" has no person for a subject.
    while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
        token = token.head
    if token.dep_ in ("compound", "flat"):
        return False
    if what_it_is_according_to(token):
        return True
    if token.dep_ == "appos":
        # "The curator of Aberdeen Art Gallery, Fiona Grant, called …": the parse may hang the name off the
        # last noun of the subject's phrase.
        token = token.head
        # ("Fire and Emergency's regional manager, Grant Whitlow, said": a conjunct of the subject, as parsed.)
        while token.dep_ in ("pobj", "prep", "compound", "conj"):
            token = token.head
    # "The volunteer is Ellie Marsh, 16": the name a description of the subject is said to be.
    if token.dep_ == "attr" and token.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and is_role_noun(c) for c in token.head.children):
        return True
    return token.dep_ in ("nsubj", "nsubjpass")


# What a son or daughter calls a parent.
_PARENT_WORDS = frozenset({"mother", "mum", "mom", "mam", "mama", "mummy", "father", "dad", "daddy", "papa"})


def _earlier_within_reach(a: Attribution, attributions: list[Attribution]) -> Iterator[Attribution]:
    """The attributions before ``a``, nearest first, as far back as a pronoun reaches."""
    position = next(k for k, b in enumerate(attributions) if b is a)
    for earlier in reversed(attributions[:position]):
        if a.sentence - earlier.sentence > _PRONOUN_REACH:
            return
        yield earlier


def _sues(verb: Token) -> bool:
    """ "sued the maker", "filed a complaint", "filed suit" (not "filed for bankruptcy")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma == "sue" or lemma == "file" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SUITS_FILED for c in verb.children))


def _named_with(name: str, members: str, kind: str) -> bool:
    """Whether a body's name has both words, ``kind`` as its own noun ("Western Ports Employers Association",
    "Association of Valley Employers"; not the "Farmers' Union Insurance Company")."""
    words = re.sub(r"['\u2019]", "", name.lower()).split()
    return members in words and (words[-1] == kind or len(words) > 2 and words[0] == kind and words[1] == "of")


def _holds(cluster: Cluster, role_word: str, qualifiers: frozenset[str] = frozenset()) -> bool:
    """Whether one of the cluster's roles is ``role_word`` (or a word for the same job: a skipper is a
    captain; or the post its initials stand for: the CEO is the chief executive), not qualified as another
    office ("Shadow Treasurer" is not the Treasurer) unless by one of the description's own ``qualifiers``
    ("the general secretary")."""
    words = {role_word} | _SAME_JOB.get(role_word, set())
    other = _OTHER_OFFICE - qualifiers
    spelled_out = _SPELLED_OUT.get(role_word)
    for role in cluster.roles:
        # (the word before the post only: "chief executive of General Motors" is the CEO)
        printed = role.title.lower()
        if spelled_out is not None and spelled_out in printed:
            before = printed[: printed.index(spelled_out)].split()
            if not (before and before[-1] in other):
                return True
        title = re.findall(r"[\w'\u2019.-]+", role.title.lower())
        if any(w in words and not (k > 0 and title[k - 1] in other) for k, w in enumerate(title)):
            return True
    return False


def _hyphenated(token: Token) -> tuple[str, int]:
    """The whole word ``token`` ends, in lower case, where the tokenizer cut it at hyphens ("pro-vice-chancellor"),
    and the index of its first token."""
    first = token.i
    doc = token.doc
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha:
        first -= 2
    return doc[first : token.i + 1].text.lower(), first


def _title_word(token: Token) -> str:
    """The title ``token`` prints, written out ("Capt." is "captain")."""
    return _TITLES.get(token.lower_.rstrip("."), token.lower_)


def _qualifiers(noun: Token) -> frozenset[str]:
    """The words before a description's noun ("general" of "the general manager")."""
    return frozenset(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod"))


def _trade_words(person: Cluster, *, also: Iterable[str] = (), past: bool = True) -> set[str]:
    """The words of the person's roles that name a trade or post (and any of ``also``), offices anyone may hold
    ("director", "partner") and general kinds of work ("specialist") aside; without ``past``, what they no longer
    do aside too."""
    trades = lexicons.words("person_roles") | lexicons.words("occupations") | set(also)
    return {w for r in person.roles if past or not re.match(r"(former|ex-|retired)\b", r.title.lower())
            for w in (w.split("-in-")[0] for w in re.findall(r"[\w-]+", r.title.lower()))  # "editor-in-chief"
            if w in trades and w not in _OFFICES and w not in _KINDS_OF_WORK}


def _words_for_the_job(noun: Token) -> set[str]:
    """ "the skipper": the words for the job it names ("skipper", "captain"), with those for the same trade
    ("the lawyer": "counsel", "attorney", …)."""
    words = {noun.lower_, noun.lemma_.lower()} | _SAME_JOB.get(noun.lower_, set())
    for trade in _SAME_TRADE:
        if words & trade:
            words |= trade
    return words


def _owner_word(noun: Token) -> str | None:
    """Whose post ``noun`` is, as the possessive before it prints it ("association" in "The association's chair")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner.lower_ if owner is not None else None


def _described_as(name: Token) -> Token | None:
    """The noun a name is in apposition to ("the judge" in "the judge, Mrs Justice Eleanor Harcourt,"), if any."""
    while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN":
        name = name.head
    return name.head if name.dep_ == "appos" and name.head.pos_ == "NOUN" else None


def _closest_in_meaning(said: list[Token], told: dict[str, list[Token]]) -> str | None:
    """Of the people whose stories ``told`` gives (id -> the narration's words about them), the one the words
    ``said`` come closest to in meaning ("My clients were fully confident" to "a fund manager whose portfolio
    …"): by the words' vectors, as a whole and word by word, when both ways pick that person by a clear
    margin (none without word vectors)."""
    def centroid(tokens: list[Token]) -> numpy.ndarray | None:
        vectors = [t.vector / t.vector_norm for t in tokens if t.has_vector and t.vector_norm]
        return numpy.mean(vectors, axis=0) if vectors else None

    words = [t for t in said if t.has_vector and t.vector_norm]
    mean = centroid(words)
    if mean is None or not told:
        return None
    wholes: dict[str, float] = {}
    by_word: dict[str, float] = {}
    for pid, tokens in told.items():
        theirs = centroid(tokens)
        if theirs is None:
            continue
        wholes[pid] = float(numpy.dot(mean, theirs) / (numpy.linalg.norm(mean) * numpy.linalg.norm(theirs)))
        known = [t for t in tokens if t.has_vector and t.vector_norm]
        by_word[pid] = float(numpy.mean([max(w.similarity(t) for t in known) for w in words]))
    ranked = sorted(wholes, key=wholes.get, reverse=True)
    if not ranked or ranked[0] != max(by_word, key=by_word.get):
        return None
    if len(ranked) > 1 and wholes[ranked[0]] - wholes[ranked[1]] < _CLEAR_MARGIN:
        return None
    return ranked[0]


#: Short words for what a name spells out: "the lab" of "Tri-State Analytical Laboratories".
_SHORT_NAME_WORDS = {"lab": "laboratory", "labs": "laboratory", "uni": "university"}


def _name_word(word: str) -> str:
    """A word of an organisation's name as a description may say it: "laboratories" as "the lab" does."""
    if word in _SHORT_NAME_WORDS:
        return _SHORT_NAME_WORDS[word]
    return word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else word


def _telling(token: Token) -> bool:
    """Whether ``token`` is a word that tells one person's story from another's (not "say", "year", "the")."""
    return token.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM") and not token.is_stop \
        and token.lemma_.lower() not in _TOLD_OF_ANYONE and len(token.text) > 1


def _age_described(root: Token) -> str | None:
    """The age in "the 34-year-old said", "said the 61-year-old former schoolteacher" (as its digits), when
    the source is one."""
    old = root if root.lower_ == "old" else next((c for c in root.children if c.dep_ == "amod" and c.lower_ == "old"),
                                                None)
    if old is None or not determined(root, "the"):
        return None
    year = next((c for c in old.children if c.lower_ in ("year", "years")), None)
    number = next((c for c in year.children if c.like_num), None) if year is not None else None
    return number.text if number is not None else None


def _capital_initials(title: str) -> str:
    """ "Dhemaji Deputy Commissioner" -> "DDC": the initials of a role's capitalised words, in which "DC" is
    ("US Senator" -> "S": an acronym in it is no word of the role's own)."""
    return "".join(w[0] for w in title.split() if w[:1].isupper() and not w.isupper())


def _names_a_force(name: str) -> bool:
    """ "South Wales Police", "Police Scotland", "the South African Police Service": a force by its name (not the
    "Independent Office for Police Conduct" or the "Police Federation")."""
    words = name.lower().split()
    if "police" not in words:
        return False
    after = words[words.index("police") + 1 :]
    return not after or after in (["service"], ["force"], ["department"]) or words[0] == "police" and len(words) == 2


def _names_a_people(name: str) -> bool:
    """ "Catalan", "Kurdish", "Chinese", "Republicans": a word for a people, a faith or a party by its form or
    the list of demonyms, not a brand the model mistook for one ("Tallyline")."""
    word = name.lower()
    return word in lexicons.places() or lexicons.people_of(word) is not None \
        or re.search(r"(an|ans|ish|ese|ic|ics|i|is|ch|ian|ians|ist|ists)$", word) is not None


def _same_place(a: str, b: str) -> bool:
    """ "korea" and "korean", "japan" and "japanese": a place and its people's word share their start."""
    if a == b:
        return True
    shared = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared >= 4 and shared >= min(len(a), len(b)) - 3


class SpeakerResolver:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.clusters: list[Cluster] = doc._.entity_clusters or []
        self.index = token_index(self.clusters)
        self.sentences, self.sentence_of = sentence_index(doc)
        self.direct_quotes = SpanIndex(a for a in doc._.attributions or [] if a.kind == "direct")
        self.datelines = [m.span() for m in datelines(doc_text(doc))]
        # What was said, and what was asked ("Asked whether the mayor, Colin Fraser-Hunt, had been right …,
        # he said"): people in either are talked about, not the ones a pronoun after them means first.
        ask = doc.vocab.strings.add("ask")  # (compared as a number: every token is looked at)
        asked = [(clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)) for token in doc_tokens(doc)
                 if token.lemma == ask for clause in token.children
                 if clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                                   for c in clause.children)]
        self.reported = SpanIndex([_Piece(start, end) for a in doc._.attributions or [] for start, end in a.content]
                                  + [_Piece(*span) for span in asked])
        self._genders: dict[str, str | None] = {}
        self._described: dict[str, set[str]] = {}  # person id -> the description a later name was found for
        self.lede_end = lede_line(doc_text(doc))[1]

    @cached_property
    def _quotations(self) -> SpanIndex:
        """Every stretch in quotation marks, a statement's own or a fragment of one."""
        quotations = self.doc._.quotations
        return SpanIndex(quotations if quotations is not None else find_quotations(doc_text(self.doc)))

    @cached_property
    def _organisation_mentions(self) -> list[tuple[int, Cluster]]:
        """(token index, organisation) of every word of an organisation's name outside direct quotes, in
        order: made once, when a description first asks which organisations were named before it."""
        return sorted(((i, c) for c in self.clusters if c.type == "ORG" for m in c.mentions
                       for i in range(m.start, m.end) if not self._in_quote(self.doc[i])), key=lambda pair: pair[0])

    def resolve(self, attributions: list[Attribution]) -> None:
        previous: Attribution | None = None
        # "He said … they should criticize him. He also suggested …": a pronoun looks back past statements
        # whose speaker is unknown to the last one that has one.
        last_known: Attribution | None = None
        prior: Attribution | None = None  # the one before ``previous``'s turn
        for a in attributions:
            if a.source_root is not None and previous is not None and previous.source_root == a.source_root:
                # "…, she said, adding that …": one subject, one speaker.
                a.speaker = previous.speaker
            elif a.source_root is not None:
                a.speaker = self._speaker(a, attributions, last_known)
                # ("“Are you cutting?” asked Mats Berg. / “A little,” said Per Østby. / “Which more?” he asked. /
                # “Ask me in May,” he said.": two men's exchange goes on by turns, whom "he" cannot tell apart.)
                if prior is not None and previous is not None and self._turn_by_pronoun(a, prior, previous):
                    a.speaker = prior.speaker
                # "Kingi said … “…,” she said": the pronoun the article gave her, for the pronouns after.
                said_as = _PRONOUN_GENDER.get(self.doc[a.source_root].lower_)
                if said_as and a.speaker is not None and a.speaker.type == "PERSON" and self._gender(a.speaker) is None:
                    self._genders[a.speaker.id] = said_as
            elif a.cue is None and (read_for := self._read_for(a)) is not None:
                a.speaker = read_for
            elif a.cue is None and previous is not None and self._close(previous, a):
                a.speaker = previous.speaker
                if prior is not None and self._exchange(prior, previous, a):
                    a.speaker = prior.speaker
            # (A turn of two quotations by one speaker, "“I read the summary,” Whitlow replied. “I relied on my
            # team.”", is one turn: the turn before it is the question.)
            if previous is None or a.speaker is not previous.speaker:
                prior = previous
            previous = a
            if a.speaker is not None:
                last_known = a
        # Roles are complete once every speaker is known (a lede role is recorded on the way).
        in_roles = [(r.start, r.end, c) for c in self.clusters for r in c.roles]
        for previous, a in zip([None, *attributions], attributions, strict=False):  # one longer
            a.about = self._about(a, in_roles, previous)
        self._dates(attributions)

    def _close(self, previous: Attribution, current: Attribution) -> bool:
        """Whether ``current`` starts within two sentences of where ``previous`` ends (a quotation that runs
        over several paragraphs is one turn)."""
        return 0 <= current.sentence - previous.sentence \
            and current.sentence - max(previous.sentence, self._last_sentence(previous)) <= 2

    def _read_for(self, a: Attribution) -> Cluster | None:
        """ "The Rev. Thomas Greer read a statement on behalf of Caleb's mother, Marisol Ortiz. / “Caleb was
        14. …”": a quotation right after someone read out another's words is theirs, not the reader's."""
        sentence = self.sentence_of.get(self.doc.char_span(a.start, a.end, alignment_mode="expand").start)
        if not sentence:
            return None
        for token in self.sentences[sentence - 1]:
            if token.lemma_.lower() != "read" or token.pos_ != "VERB":
                continue
            for document in (c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _READ_OUT):
                for by in (c for c in (*document.children, *token.children) if c.dep_ == "prep"):
                    # "on behalf of X" (on → behalf → of → X), "from X"
                    owner = next((p for p in by.children if p.dep_ == "pobj"), None)
                    if owner is not None and owner.lower_ == "behalf":
                        of = next((c for c in owner.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                        owner = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
                    if owner is None or by.lower_ not in ("on", "from"):
                        continue
                    named = [self.index[t.i] for t in owner.subtree if t.i in self.index
                             and self.index[t.i].type in ("PERSON", "ORG")]
                    if named:
                        return named[-1]
        return None

    def _turn_by_pronoun(self, a: Attribution, prior: Attribution, previous: Attribution) -> bool:
        """Whether ``a``, said by "he" or "she", is the next turn of an exchange between two people that the
        pronoun fits both of."""
        wanted = _PRONOUN_GENDER.get(self.doc[a.source_root].lower_)
        people = (prior.speaker, previous.speaker)
        return wanted is not None and all(p is not None and p.type == "PERSON" and self._gender(p) in (None, wanted)
                                          for p in people) and self._exchange(prior, previous, a)

    def _exchange(self, prior: Attribution, previous: Attribution, current: Attribution) -> bool:
        """Whether ``current``, a quotation in a paragraph of its own with no cue, is the next turn of a
        question-and-answer exchange ("“You didn't see a plate, did you?” Whitfield asked. / “No,” Delgado
        said. / “You didn't see a face?” / “No.”"), and so spoken by whoever spoke the turn before last."""
        text = doc_text(self.doc)

        def opens_its_paragraph(a: Attribution) -> bool:
            return not text[text.rfind("\n", 0, a.start) + 1 : a.start].strip(" \t\"'\u201c\u2018\u00ab")

        def asks(a: Attribution) -> bool:
            return text[a.start : a.end].rstrip("\"'\u201d\u2019\u00bb ").endswith("?")

        # (An unnamed questioner is a turn too: "“What went wrong?” one reporter asked.")
        if prior.speaker is None and prior.source is None \
                or previous.speaker is None and (previous.cue is not None or previous.source is not None) \
                or prior.speaker is previous.speaker \
                or not self._close(prior, previous) or not opens_its_paragraph(current):
            return False
        # (Once the turns go uncued, a question and what follows it alternate, whatever the reply ends with:
        # "“Will you stay on the farm?” / “Where would I go?”")
        alternating = previous.cue is None and previous.source is None and asks(previous) \
            and opens_its_paragraph(previous)
        return alternating or asks(prior) != asks(previous) and asks(current) == asks(prior)

    def _speaker(self, a: Attribution, attributions: list[Attribution], previous: Attribution | None):
        root = self.doc[a.source_root]
        # "The minister responsible for hospitals in England has promised": the parse made the adjective the
        # head, and the minister its subject.
        if root.pos_ == "ADJ":
            root = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i
                         and c.pos_ in ("NOUN", "PROPN")), root)
        start, end = a.source
        source = self.doc.char_span(start, end, alignment_mode="expand") or ()
        # ("One senior jockey, who asked not to be named because he rides for Sir Gerald's owners,": one whose
        # people a relative clause on the source names is not who speaks)
        relative = {t.i for c in root.children if c.dep_ == "relcl" for p in c.subtree if p.dep_ == "poss"
                    for t in p.subtree}
        named = [self.index[t.i] for t in source if t.i in self.index and t.i not in relative]
        people = [c for c in named if c.type == "PERSON"]
        if root.i in self.index and self.index[root.i].type == "WORK_OF_ART" and people:
            return people[0]  # "Dr Voss, who wrote “Walk Yourself Well”, said": the parse took the title for her
        # "Janice Morrow, whose son Tom, 24, was hurt in the fire, said": a parse that made the relative
        # clause's verb the source's head; the person the source opens with speaks.
        if root.pos_ in ("VERB", "AUX") and root.i not in self.index and people:
            # (after an honorific the name does not cover: "Mr Lim Boon Huat, who co-founded …")
            opening = next((t for t in source if t.lower_ not in HONORIFICS), source[0])
            if opening.i in self.index and self.index[opening.i] is people[0] \
                    and any(t.lower_ in ("who", "whose") for t in source):
                return people[0]
        # ("CAPCOM: Kestrel, Tucson. You are go …": a transcript's label that is no one's name)
        labelled = self.index.get(root.i)
        if root.is_upper and len(root) > 2 and end - start == len(root.text) \
                and doc_text(self.doc)[slice(*a.cue)] == ":" \
                and (labelled is None or labelled.type != "PERSON" or labelled.name.isupper()):
            holder = self._call_sign_holder(root)
            if holder is not None:
                return holder
        if root.i in self.index:
            cluster = self.index[root.i]
            # "Sen. Wade Harlan, R-Texas, said": the parse made the state the head; the senator speaks.
            if cluster.type in ("GPE", "LOC") and len({c.id for c in people}) == 1 and root.i >= 2 \
                    and self.doc[root.i - 1].text in ("-", "\u2013") and self.doc[root.i - 2].text in ("R", "D", "I"):
                return people[0]
            # "“We lost,” the Spaniard said": one of a people, described, not the people speaking (and "The
            # ranking Republican on the committee, Sen. Mark Olufsen, said": the one named).
            if cluster.type == "NORP" and root.tag_ in ("NN", "NNP") and determined(root, "the"):
                return self._in_apposition(root) or self._role_holder(a, root, attributions, previous)
            return cluster
        # ("The Dane, now a television commentator, said", the word for a people the model did not mark)
        if determined(root, "the") and root.tag_ in ("NN", "NNP") and lexicons.people_of(root.lower_) is not None:
            return self._role_holder(a, root, attributions, previous)
        if (appositive := self._in_apposition(root)) is not None:
            return appositive
        # "Garside, a former headteacher, has campaigned …": the parse made the description the subject and
        # left the name before it hanging off the verb.
        opening = root.left_edge.i
        if opening >= 2 and self.doc[opening - 1].text == "," and self.doc[opening - 2].i in self.index \
                and self.index[opening - 2].type == "PERSON" and self.doc[opening - 2].head.i == root.head.i \
                and self.doc[opening - 2].dep_ in ("npadvmod", "dep") and self._is_role(root):
            return self.index[opening - 2]
        lower = root.lower_
        if lower in _ANSWER_LABELS and end - start == len(root.text) and doc_text(self.doc)[slice(*a.cue)] == ":":
            return self._interviewee(start)
        if lower in ("q.", "a.") and a.cue == a.source:  # a court transcript's turn
            examiner, witness = self._transcript_parties(start, attributions)
            if lower == "a.":
                return witness
            return examiner if examiner is not witness else None
        if lower in _PERSONAL:
            asked = self._asked(a, root)
            if asked is not None:
                return asked
            wanted = _PRONOUN_GENDER.get(lower)
            # The statement just before, if someone unnamed made it ("A nurse at the centre said …").
            before_it = next((x for x in reversed(attributions) if x.start < a.start), None)
            unnamed = before_it.source_root if before_it is not None and before_it.speaker is None else None
            if unnamed is not None and not self._unnamed_person(self.doc[unnamed]):
                unnamed = None
            # "A midwife, who asked not to be named, said … “…,” she said": the unnamed speaker just before.
            if unnamed is not None and a.sentence - before_it.sentence <= 1 \
                    and determined(self.doc[unnamed], "a", "an") \
                    and "\n" not in doc_text(self.doc)[before_it.start : a.start]:
                return None
            # (Whom the statement is about is passed over only if someone else can be meant.)
            talked_about = self._talked_about(a, wanted)
            meant = self._antecedent(root, previous, talked_about=talked_about, statement_start=a.start)
            # "She said the group would … [Oakes speaks twice] … The chair had made up her mind, she said": past
            # the pronoun's reach, the last one who spoke that the statement is not about.
            # (but after "Brennan was more blunt.", "The captain had to take the blame, she said" is Brennan's own)
            before = self.sentences[max(0, a.sentence - 1)]
            narrated = any(self.index[t.i].id in talked_about and t.head.lemma_ == "be"
                           and any(c.dep_ == "acomp" for c in t.head.children)
                           for t in before if t.i in self.index and _is_subject(t))
            if talked_about and not narrated:
                # (however far back: a chairman who spoke six paragraphs before may close the session; and
                # before one who has said nothing yet: "Aasland" in others' statements is not who goes on)
                spoke = self._last_to_speak(a, attributions, lambda c: c.id not in talked_about
                                            and self._gender(c) in (None, wanted), reach=None)
                if meant is None or spoke is not None and not any(
                        x.speaker is meant for x in attributions if x.start < a.start):
                    meant = spoke or meant
                spoken = {x.speaker.id for x in attributions if x.start < a.start and x.speaker is not None}
                meant = self._told_by_their_own_story(a, lambda c: c.id in spoken and c.id not in talked_about
                                                      and self._gender(c) in (None, wanted)) or meant
            if meant is None and talked_about:
                meant = self._antecedent(root, previous)
            unnamed_near = unnamed is not None and a.sentence - before_it.sentence <= 2
            if meant is None and wanted is not None and not unnamed_near and not self._unnamed_subject_before(root):
                # "On Tuesday night, she said, she will …" in a profile, past every name within reach: the
                # one the article is about, if it is about one person of that gender (not when the statement
                # before was an unnamed "nurse at the centre"'s).
                meant = self._protagonist(lambda c: self._gender(c) in (None, wanted) and c.id not in talked_about,
                                          wanted)
            return meant
        # "Q: You've said the book began as something private.": the interviewer quotes the interviewee.
        if lower == "you" and QUESTION_LINE.match(doc_text(self.doc), doc_text(self.doc).rfind("\n", 0, start) + 1):
            return self._interviewee(start)
        # Whose the source is ("Acme's board", "Karen Holt's spokesman"), and the others it names.
        owners = [self.index[c.i] for c in root.children if c.dep_ == "poss" and c.i in self.index]
        # ("the tribunal, chaired by retired judge Rosemary Tait, said", "economists polled by Pacific Markets
        # Survey": whoever a participle names beside what speaks is not it, but for the name it is given: "a
        # passenger, later identified by police as Maria Lopez,".)
        # (also of those the source counts among: "Most of the 18 economists polled by the Nordic Ledger")
        among = [g for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"] if root.lower_ in _PARTITIVES or root.like_num else []
        led_by = {self.index[t.i].id for n in (root, *among) for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  for t in c.subtree if t.i in self.index
                  and not any(p.dep_ == "prep" and p.lower_ == "as" for p in t.ancestors if p.i > c.i)}
        # ("A minister in Castaing's government": whose government it is, not who speaks; but "a report by the
        # council's planning officers" is the council's)
        owning = {self.index[t.i].id for t in source
                  if t.dep_ == "poss" and t.i in self.index and t.head.dep_ == "pobj" and t.head.head.lower_ != "by"}
        # ("The son of the painter Edwin Saltash": whose relative speaks is not who speaks)
        # (everything printed after the "of", the parse may hang the name off the relative, up to a comma: "The
        # daughter of the late senator, Ann Lowe, said" is Ann Lowe)
        kin_of: set[str] = set()
        of = next((p for p in root.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        if lower in KINSHIP and of is not None:
            comma = next((t.i for t in source if t.i > of.i and t.text == ","), len(self.doc))
            kin_of = {self.index[t.i].id for t in source if of.i < t.i < comma and t.i in self.index}
        others = [c for c in {id(c): c for c in named}.values()
                  if c not in owners and c.id not in led_by | owning | kin_of]
        named_people = [c for c in others if c.type == "PERSON"]
        # "Acme's board said": the organisation it belongs to.
        if owners and owners[0].type == "ORG" and root.lower_ in lexicons.words("org_nouns"):
            return owners[0]
        # "the opposition charged that …": the one organisation the article calls the opposition ("the main
        # opposition Peoples Democratic Party").
        if lower == "opposition" and determined(root, "the"):
            parties = {c.id: c for c in self.clusters if c.type == "ORG" and any(
                t.lower_ == "opposition" for m in c.mentions for t in self.doc[max(0, m.start - 2) : m.start])}
            return next(iter(parties.values())) if len(parties) == 1 else None
        # "Brannigan's team said", "her team said", "The governor's office said": a person's staff speaks for
        # them, as their spokesman does.
        if lower in _STAFF and (owner := next((c for c in root.children if c.dep_ == "poss"), None)):
            if owner.i in self.index and self.index[owner.i].type == "PERSON":
                return self.index[owner.i]
            # (but "her team" of a cyclist is the team she rides for)
            if owner.lower_ in ("his", "her") and lower != "team":
                return self._antecedent(owner, previous)
            if owner.i not in self.index and determined(owner, "the") and self._is_role(owner):
                # (but "the sheriff's office" is the Dorrance County Sheriff's Office the article names)
                office = next((c for c in self.clusters if c.type == "ORG" and f"{owner.lower_}'s {lower}"
                               in c.name.lower().replace("\u2019", "'")), None)
                if office is not None:
                    return office
                described = self._described_by(owner)
                if len(described) == 1:
                    return described[0]
        # "Ruiz's office said", "the office of Senator Ann Ruiz": a person's office speaks for her.
        if lower == "office":
            holders = owners + [self.index[p.i] for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children if p.dep_ == "pobj" and p.i in self.index]
            if holders and holders[0].type == "PERSON":
                return holders[0]
            # ("The bank's head office said": the bank's.)
            owner = next((c for c in root.children if c.dep_ == "poss" and self._is_organisation_noun(c)), None)
            if owner is not None:
                return self._organisation(owner, previous, attributions)
        # "The Pilotenbund union said", "The developer behind the largest parcel, Northgate Urban Partners,": the
        # organisation its description names.
        described_as = [self.index[c.i] for c in root.children if c.dep_ == "compound" and c.i in self.index
                        and self.index[c.i].type == "ORG"] + [
            c for c in others if c.type == "ORG" and any(
                m.start > root.i and start <= self.doc[m.start].idx < end and self.doc[m.start - 1].text == ","
                for m in c.mentions)]
        if described_as and self._is_organisation_noun(root):
            return described_as[0]
        # "The employers' association", "the farmers' union": whose it is names it, when the article names one body
        # with both words ("the Western Ports Employers Association", "the National Farmers Union").
        members = next((c for c in root.children if c.dep_ == "poss" and c.tag_ == "NNS"), None)
        if members is not None and lower in lexicons.words("org_nouns"):
            named_both = {c.id: c for c in self.clusters
                          if c.type == "ORG" and _named_with(c.name, members.lower_, lower)}
            if len(named_both) == 1:
                return next(iter(named_both.values()))
        # "The government said" after "talks with the UK government": the government the story names, if one.
        if lower == "government" and determined(root, "the") and not any(
                c.dep_ in ("amod", "compound", "poss") for c in root.children):
            return self._named_so(root)
        if lower in _NEUTER or self._is_organisation_noun(root):
            # ("Bus drivers will strike, their union said": the union the story names, or none it can tell)
            if any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in root.children):
                return self._named_so(root)
            return self._organisation(root, previous, attributions)
        # "A parliamentary committee has recommended …" in the lede, then "The Joint Select Committee on Online
        # Harms, which took evidence …": the body the next sentences name with that word.
        if root.idx < self.lede_end and determined(root, "a", "an") and root.tag_ == "NN" \
                and lower in lexicons.words("org_nouns"):
            return self._body_named_next(a, root)
        # "Europe's highest court ruled …" in the lede: the court the next sentences let speak by name (not just
        # any organisation: "Iran's state media said … The IAEA said"); else the one the article names with every
        # word of the description ("Brazil's central bank" … "the Central Bank of Brazil").
        if root.idx < self.lede_end and lower in lexicons.words("org_nouns") and any(
                c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC") for c in root.children):
            owner = next(c for c in root.children if c.dep_ == "poss")
            return next((c for c in self._introduced_next(root, attributions) if lower in c.name.lower().split()
                         and all(_same_place(owner.lower_, w) for w in {"european", "international", "world"}
                                 & set(c.name.lower().split()))), None) or self._named_with_its_compounds(root)
        if lower in _RELATIVE and root.head.dep_ == "relcl":
            noun = root.head.head
            # "said Robert Kline, dean of Halvorsen's College of …, who noted": "who" is the person the
            # phrase the clause closes is about.
            if lower == "who" and (noun.i not in self.index or self.index[noun.i].type != "PERSON"):
                above = noun
                for _ in range(8):
                    if above.dep_ not in ("pobj", "prep", "appos", "compound", "conj") or above.head.i == above.i:
                        break
                    above = above.head
                    if above.i in self.index and self.index[above.i].type == "PERSON":
                        return self.index[above.i]
            if noun.i in self.index:
                return self.index[noun.i]
            # "she clashed with the leader of the opposition, who called …": whoever holds that role.
            if lower == "who":
                role = noun
                while not self._is_role(role) and role.dep_ in ("pobj", "prep") and role.head.i < role.i:
                    role = role.head
                # (but "A nurse who treated the injured said" is a nurse, not the one the article names)
                if self._is_role(role) and not determined(role, "a", "an", "another"):
                    return self._role_holder(a, role, attributions, previous)
            # ("upheld by the panel, which said": the organisation named so.)
            if lower in ("which", "that") and self._is_organisation_noun(noun):
                return self._named_so(noun)
            return self._antecedent(noun, previous) if noun.lower_ in _PERSONAL else None
        # "A spokesperson for Meridian Holdings (for the company) said": the organisation's statement (but
        # "The WHO's representative in Zambia, Dr. Adaeze Nwosu, said" names who speaks).
        if root.lemma_.lower() in _SPEAKS_FOR and len(named_people) == 1:
            return named_people[0]
        # "A spokeswoman for Mr Keogh said … The spokeswoman said": the one the article brought in by that word.
        if determined(root, "the") and all(c.dep_ == "det" for c in root.children) and self._is_role(root):
            brought_in = next((x for x in reversed(attributions) if x.end <= a.start and x.source_root is not None
                               and self.doc[x.source_root].lemma_ == root.lemma_
                               and determined(self.doc[x.source_root], "a", "an")), None)
            # (not past another brought in by the word: "Mary Ellison, a spokeswoman for Citizens Advice, said")
            if brought_in is not None and a.sentence - brought_in.sentence <= _ANAPHOR_REACH and not any(
                    brought_in.end <= x.start < a.start and x.source is not None
                    and root.lower_ in doc_text(self.doc)[slice(*x.source)].lower() for x in attributions):
                return brought_in.speaker
        # "The Opposition's energy spokesman", "Labour's health spokeswoman": a frontbench post, held by the person
        # the article names in it, not the party speaking.
        if root.lemma_.lower() in _SPEAKS_FOR and any(c.dep_ == "poss" for c in root.children) and any(
                c.dep_ in ("compound", "amod") and c.lower_ in _POLICY_AREAS for c in root.children):
            return self._role_holder(a, root, attributions, previous)
        if root.lemma_.lower() in _SPEAKS_FOR:
            # "A spokeswoman for Tavaria's trade ministry said … “…,” the spokeswoman, Dana Rusu, told": the one
            # the next sentences name in that role.
            if determined(root, "a", "an"):
                named_next = self._holder_named_next(a, root.lemma_.lower())
                if named_next is not None:
                    return named_next
            principals = [p for c in root.children if c.dep_ == "prep" and c.lower_ == "for"
                          for p in c.children if p.dep_ == "pobj"]
            # ("A spokesman for the bookmaker Sable Bet", however the parse split it: the one it names)
            principal = next((t for p in principals for t in (p, *(x for x in p.children if x.dep_ == "appos"))
                              if t.i in self.index), principals[0] if principals else None)
            if principal is not None:
                cluster = self.index.get(principal.i)
                # ("A spokesman for the force said": the one police force the article names.)
                if cluster is None and principal.lower_ in ("force", "police") and determined(principal, "the") \
                        and not any(c.type == "ORG" and c.name.lower().endswith(" force") for c in self.clusters):
                    cluster = self._police_force
                if cluster is None and self._is_organisation_noun(principal):
                    cluster = self._organisation(principal, previous)
                if cluster is not None and cluster.type == "ORG":
                    return cluster
                # ("A spokesman for the minister said": the minister the article has named, for whom he speaks)
                if cluster is None and self._is_role(principal) and determined(principal, "the"):
                    holder = self._role_holder(a, principal, attributions, previous)
                    if holder is not None and holder.type == "PERSON":
                        return holder
            # "A Hartwell spokeswoman", "a Kessler spokesman": the company named before, by its first word.
            for modifier in (c for c in root.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN"):
                if modifier.i in self.index and self.index[modifier.i].type == "ORG":
                    return self.index[modifier.i]
                # (but "The Vatican's chief spokesman" is no spokesman of the Vatican Museums: a name of another
                # kind is no company's first word)
                if modifier.i in self.index:
                    continue
                # (Of "Northbridge City" and "Northbridge City Supporters' Trust", the club is the shorter.)
                companies = sorted({c.id: c for c in self.clusters if c.type == "ORG"
                                    and c.name.split()[0].lower() == modifier.lower_}.values(),
                                   key=lambda c: len(c.name))
                if companies and all(c is companies[0] or c.name.startswith(companies[0].name + " ")
                                     for c in companies):
                    return companies[0]
            # "The Environment Agency said … A spokesperson said": whoever spoke just before, if an organisation.
            if not any(c.dep_ in ("compound", "poss", "amod", "prep") for c in root.children) and previous is not None \
                    and previous.speaker is not None and previous.speaker.type == "ORG" \
                    and 0 <= a.sentence - previous.sentence <= 1:
                return previous.speaker
            # "A council spokesperson", "a ministry spokesman": the one council the article has named.
            for modifier in (c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                             and c.lower_ in lexicons.words("org_nouns")):
                bodies = [c for c in self.clusters if c.type == "ORG" and modifier.lower_ in c.name.lower().split()
                          and any(self.doc[m.start].idx < start for m in c.mentions)]
                if len(bodies) == 1:
                    return bodies[0]
                # ("Dorrance Regional Medical Center said … , a hospital spokesperson said": the organisation that
                # spoke just before, where none is named with the word.)
                if not bodies and previous is not None and previous.speaker is not None \
                        and previous.speaker.type == "ORG" and 0 <= a.sentence - previous.sentence <= 1:
                    return previous.speaker
                # ("Asked whether Tessaline would compensate customers, a company spokesperson said": the business
                # the story is about.)
                if not bodies and modifier.lower_ in _ANY_BUSINESS:
                    business = self._business_of_the_story(root)
                    if business is not None:
                        return business
        # "Police said …" after "South Wales Police", "The force urged …": the one police force the article names.
        if self._police_force is not None and (
                lower == "police" and not any(c.dep_ == "det" for c in root.children)
                or lower == "force" and determined(root, "the") and all(c.dep_ == "det" for c in root.children)):
            return self._police_force
        # "agency data", "ministry figures": a body's documents named by its kind are the body's (not "court
        # filings", which the parties make).
        body = next((c for c in root.children if c.dep_ == "compound" and c.i not in self.index
                     and c.lower_ in lexicons.words("org_nouns") and c.lower_ not in _COURTS), None)
        if root.tag_ == "NNS" and root.lemma_.lower() in _DOCUMENTS and body is not None \
                and (named := self._named_so(body)) is not None:
            return named
        # "according to figures from the European Heat Pump Association", "a report by Moody's": a document
        # speaks for whoever produced it.
        if root.lemma_.lower() in _DOCUMENTS or root.lower_ in _DOCUMENTS_IN_THE_PLURAL:
            # ("data compiled by Tessaract Analytics": the agent of the participle that describes it.)
            described = [root, *(c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                 and c.lemma_.lower() in _AUTHORING)]
            # ("A forecast issued that morning by the weather service predicted …", parsed as "a forecast
            # issued" with "predicted" its verb's conjunct: the participle is still what describes it)
            if root.dep_ == "nsubj" and root.head.tag_ == "VBN" and root.head.lemma_.lower() in _AUTHORING \
                    and not any(c.dep_ in ("aux", "auxpass") for c in root.head.children):
                described.append(root.head)
            # ("by the polling firm Instituto Cénit": or the name given to what the agent is.)
            agents = [p for d in described for c in d.children if c.dep_ in ("prep", "agent")
                      and c.lower_ in ("from", "by", "of") for p in c.children if p.dep_ == "pobj"]
            author = next((self.index[n.i] for p in agents for n in (p, *(a for a in p.children if a.dep_ == "appos"))
                           if n.i in self.index), None)
            # ("An emergency warning issued by the service": the body the article named so; "a situation report
            # issued by the governor's office": the one person who holds that office)
            if author is None:
                author = next((named for p in agents if determined(p, "the") and self._is_organisation_noun(p)
                               and (named := self._named_so(p)) is not None), None)
            # ("figures published by the company after the meeting": the business the story is about)
            if author is None:
                author = next((business for p in agents if determined(p, "the") and p.lower_ in _ANY_BUSINESS
                               and (business := self._business_of_the_story(p)) is not None), None)
            if author is None:
                author = self._one_role_holder(owner for p in agents if p.lower_ == "office"
                                               for owner in p.children if owner.dep_ == "poss")
            # ("a notice the bank filed with the regulator", "figures the insurer gave to this newspaper": the
            # subject of the clause that made or handed it over; "the university's annual accounts": its owner)
            if author is None:
                makers = [s for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in _AUTHORING | _HANDING
                          for s in c.children if s.dep_ == "nsubj"]
                makers += [c for c in root.children if c.dep_ == "poss"]
                # ("The chair umpire's report": the one person the article gives that role; not what is reported of
                # them: "the goalkeeper's medical report")
                if not any(c.dep_ in ("amod", "compound") for c in root.children):
                    author = self._one_role_holder(s for s in makers if s.i not in self.index)
                if author is None:
                    author = next((self.index[s.i] if s.i in self.index
                                   else self._named_so(s) or self._named_with_its_compounds(s) for s in makers
                                   if s.i in self.index or determined(s, "the") and self._is_organisation_noun(s)),
                                  None) or next((business for s in makers if determined(s, "the")
                                                 and s.lower_ in _BUSINESS_NOUNS
                                                 and (business := self._business_of_the_story(s)) is not None), None)
            if author is not None and author.type in ("PERSON", "ORG"):
                return author
            producer = self._producer(root)
            if producer is not None:
                return producer
            # "The study's lead author, Katharina Brenner, … according to the paper": the paper the article has
            # named an author of is that author's (but "according to a study published on Tuesday" in a lede
            # brings in a paper as no one's).
            # (not where "the paper" may be a newspaper: "According to the paper, which obtained the contracts")
            if root.lemma_.lower() in _PAPERS and determined(root, "the") and not (
                    root.lower_ == "paper" and self._names_a_newspaper()):
                authors = [c for c in self.clusters if c.type == "PERSON" and _holds(c, "author")]
                if len(authors) == 1:
                    return authors[0]
            # "… according to a new poll. The Northfield Research survey of 1,012 residents found …": a
            # document of that kind the next sentences name with its producer.
            if root.lemma_.lower() in _SURVEYS:
                last = min(self.sentence_of[root.i] + 2, len(self.sentences) - 1)
                for token in self.doc[self.sentences[self.sentence_of[root.i]].end : self.sentences[last].end]:
                    if token.lemma_.lower() in _SURVEYS and (producer := self._producer(token)) is not None:
                        return producer
            # "Kindred said in a statement that … “…,” the statement said": whoever issued it just before; "The
            # Office … published an advisory … The advisory said": whoever the story says put it out.
            if determined(root, "the"):
                issuer = self._issuer(a, root, attributions) or self._published_by(root) or self._decided_by(root) \
                    or self._filed_by(a, root, attributions)
                if issuer is not None:
                    return issuer
                # ("the judgment said": the one court or tribunal the article names, and no other: not "the appeals
                # court" of a story that names the Supreme Court too)
                if root.lemma_.lower() in _JUDGMENTS:
                    court = self._only_court()
                    if court is not None:
                        return court
            # ("the prospectus", "a regulatory filing", "a stock exchange filing": what only a business files is the
            # business the story is about)
            # (but "according to regulatory filings" may be anyone's)
            if determined(root, "the") and root.lower_ in _BUSINESS_DOCUMENTS or root.lower_ == "filing" \
                    and any(c.lower_ in _MARKET_FILINGS for c in root.subtree if c.i < root.i):
                return self._business_of_the_story(root)
        # "a person close to the Aurelis board", "people familiar with Acme's plans": unnamed, and not Aurelis.
        if any(c.lower_ in ("close", "familiar", "near") for c in root.children if c.dep_ == "amod"):
            return None
        # ("One of Rhenara's 20 largest shareholders": someone among a body's many, unnamed, and not the body; but
        # "one of the ministry's officials" speaks for it)
        among = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.tag_ == "NNS"]
        # ("One of South Korea's best-known television actors bowed …" in the lede is the one the story is about,
        # named next)
        if lower == "one" and not named_people and among and root.idx < self.lede_end and is_role_noun(among[0]) \
                and any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in among[0].children):
            return self._subject_named_next(a, attributions)
        if (lower == "one" or root.like_num) and not named_people and any(
                not is_role_noun(g) or is_occupation(g) for g in among):
            return None
        # "Karen Holt's spokesman" speaks for her, but is not her (nor are "the Aldridge judges" Aldridge, nor
        # is "the Aasland family" Aasland).
        plural_of_a_name = (root.tag_ in ("NNS", "NNPS") or root.lower_ in _GROUPS_OF_PEOPLE) and any(
            c.dep_ == "compound" and c.i in self.index for c in root.children)
        if len(named_people) == 1 and not plural_of_a_name:  # "The only board member to vote no, Felix Romero,"
            return named_people[0]
        # "said the 34-year-old former nurse": the person printed with that age; not one printed with another.
        age = _age_described(root)
        aged = self._aged(age, a.source[0]) if age is not None else None
        if aged is not None:
            return aged
        if self._is_role(root):
            return self._role_holder(a, root, attributions, previous)
        # "New Zealand's fastest woman over 200 metres said …" in the lede: the person the next paragraphs
        # name; "the woman said" further on: one the article has named, as with a role.
        if root.lemma_.lower() in _PERSON_NOUNS and root.tag_ == "NN" and (root.lower_ != "choice" or any(
                c.dep_ in ("acl", "relcl") and any(g.lower_ == "to" for g in c.children) for c in root.children)):
            if a.source[0] < self.lede_end:
                # (not "A woman whose home was flooded twice said …": someone the story need not name; unless
                # the next sentences introduce her with her age, "Thea Bjørnstad, 22, told reporters …")
                if determined(root, "a", "an") or any(c.dep_ == "relcl" for c in root.children):
                    last = self.sentences[min(a.sentence + _LEDE_REACH, len(self.sentences) - 1)].end
                    aged = {person.id for offset, person, _ in self._ages
                            if self.sentences[a.sentence].end_char <= offset < self.doc[last - 1].idx}
                    holder = self._subject_named_next(a, attributions, described=root) if aged else None
                    return holder if holder is not None and holder.id in aged else None
                return self._subject_named_next(a, attributions, described=root)
            if determined(root, "the"):
                return self._role_holder(a, root, attributions, previous)
        # "Her husband, Derek, stayed. … Her husband said": the one person the article gave that relation.
        if lower in KINSHIP:
            relatives = [c for c in self.clusters if c.type == "PERSON" and _holds(c, lower)]
            # (a lede's "The son of the painter Edwin Saltash": one of his name, named next; not "The father of a
            # teenager stabbed …", whose next sentence names the teenager)
            if len(relatives) != 1 and kin_of and a.source[0] < self.lede_end and determined(root, "the"):
                named_next = self._subject_named_next(a, attributions, described=root)
                kin = [c for c in self.clusters if c.id in kin_of]
                return named_next if named_next is not None and named_next.id not in kin_of and any(
                    c.name.split()[-1] == named_next.name.split()[-1] for c in kin) else None
            return relatives[0] if len(relatives) == 1 else None
        if age is not None:
            other_ages = {c.id for c, ages in self._printed_ages(a.source[0]).values() if age not in ages}
            return self._described_speaker(a, root, previous, other_ages, attributions)
        # "A Pentagon official" may speak for the Pentagon; "a German outlet" is not Germany speaking, nor
        # are "nurses at Northgate hospitals" the hospitals (but "officials at the ministry" speak for it).
        # "…, Canada's air-accident investigators said on Tuesday." in the lede, then "the Transportation Safety Board
        # of Canada said": a country's investigators or regulators are the body that speaks by name next.
        if root.tag_ == "NNS" and root.lemma_.lower() in _STATE_BODIES_STAFF and root.idx < self.lede_end \
                and any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in root.children):
            return next(self._introduced_next(root, attributions), None)
        if root.tag_ == "NNS" and not others:
            officers_of = self._officers_of(root)
            if officers_of is not None:
                return officers_of
        if root.tag_ in ("NNS", "NNPS") and (not is_role_noun(root) or is_occupation(root)):
            return None
        # ("A Vocalo employee in São Paulo, who asked not to be named, said": one of its staff, not the company,
        # which speaks through its officials and spokespeople)
        if lower in _RANK_AND_FILE and determined(root, "a", "an", "one"):
            return None
        speaking = [c for c in others if c.type in ("PERSON", "ORG")]
        # (whose it is, when a person's or anyone "her" may mean, says it is not one body the story names)
        if not speaking and root.tag_ == "NN" and lower not in _DOCUMENTS \
                and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in root.children) \
                and all(c.dep_ in ("det", "amod", "compound", "case") or c.dep_ == "poss" and (
                    c.pos_ == "NOUN" or c.i in self.index and self.index[c.i].type in ("ORG", "GPE"))
                    for c in root.children):
            # ("the division said" after "the Australian Antarctic Division", "the European Union's naval force"
            # before "EU Naval Force Operation Atalanta": the one body named with the noun and every word that
            # describes it; not "the research" of the Institute for Climate Impact Research.)
            # (whose it is too, when it is a word: "the nurses' union" is no farmers' union)
            return self._one_body_named_with({lower} | {c.lower_ for c in root.children
                                                      if c.dep_ in ("amod", "compound")
                                                      or c.dep_ == "poss" and c.pos_ == "NOUN"})
        return speaking[0] if len(speaking) == 1 and not (plural_of_a_name and speaking[0].type == "PERSON") else None

    def _in_apposition(self, root: Token) -> Cluster | None:
        """ "The head of the Steel Producers Association, Ivo Marek,": the name in apposition (or in apposition
        to that: "Cross-examining, Tate's barrister, Giles Pemberton KC, suggested")."""
        for child in root.children:
            # (not a name printed straight after another noun, whose it is: "The son of the painter Edwin Saltash")
            before = self.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
            if before is not None and before.i != root.i and not before.is_punct:
                continue
            for named_by in (child, *child.children) if child.dep_ == "appos" else ():
                # (not a name in the quotation the parse hung off the source: "One user wrote: “Goodbye Vocalo, …”")
                if (named_by is child or named_by.dep_ == "appos") and named_by.i in self.index \
                        and self.index[named_by.i].type in ("PERSON", "ORG") and not self._in_quote(named_by):
                    return self.index[named_by.i]
        # ("The member for Saint-Aurèle—Les Battures, Nathalie Gauvreau, asked": the parse may hang the name off
        # the place the role is for)
        if self._is_role(root):
            for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    for named_by in place.subtree:
                        person = self.index.get(named_by.i)
                        if named_by.dep_ == "appos" and person is not None and person.type == "PERSON" \
                                and self.doc[named_by.left_edge.i - 1].text == "," \
                                and self.index.get(place.i) is not person:
                            return person
        return None

    def _only_court(self) -> Cluster | None:
        """The court or tribunal the article names, where it names one and speaks of no other ("the district
        court")."""
        courts = [c for c in self.clusters if c.type == "ORG" and c.name.lower().rsplit(" ", 1)[-1] in _COURTS]
        if len(courts) != 1:
            return None
        named = {t.i for m in courts[0].mentions for t in self.doc[m.start : m.end]}
        # (not "the Milimani law courts", a building, nor "said outside court")
        others = [t for t in doc_tokens(self.doc) if t.lower_ in _COURTS and t.i not in named
                  and any(c.dep_ in ("compound", "amod", "nmod") for c in t.children)
                  and any(c.dep_ in ("det", "poss") for c in t.children)
                  and not any(c.lower_ == "law" for c in t.children)]
        return None if others else courts[0]

    def _producer(self, document: Token) -> Cluster | None:
        """ "The Northfield Research survey", "Gallup's poll", "the department's timeline", "its annual report":
        the organisation a document is named by, or whose it is."""
        # (A name the model took for a people's that no people has: "a Tallyline poll", "Tallyline data"; not "a
        # Catalan survey".)
        named_by = next((self.index[c.i] for c in document.children if c.dep_ in ("compound", "poss")
                         and c.i in self.index and (self.index[c.i].type == "ORG" or self.index[c.i].type == "NORP"
                                                    and not _names_a_people(self.index[c.i].name))), None)
        # ("A Pollwise survey", where the model tagged only a later "Pollwise's research director": the
        # organisation the article names so elsewhere)
        if named_by is None:
            named_by = next((c for t in document.children if t.dep_ == "compound" and t.is_title
                             for c in self.clusters if c.type == "ORG" and c.name == t.text), None)
        owner = next((c for c in document.children if c.dep_ == "poss"), None)
        if named_by is None and owner is not None:
            if owner.lower_ in _NEUTER or owner.lower_ in _BUSINESS_NOUNS and self._is_organisation_noun(owner):
                named_by = self._organisation(owner, None)
            elif determined(owner, "the"):  # ("the review's report" after "the Integrity Review")
                named_by = self._named_so(owner)
        return named_by

    def _names_a_newspaper(self) -> bool:
        """Whether the article names a newspaper ("the Eastvale Courier") or says "newspaper"."""
        return any(c.type == "ORG" and c.name.split()[-1].lower() in NEWSPAPER_TITLES for c in self.clusters) \
            or any(t.lower_ in ("newspaper", "newspapers") for t in doc_tokens(self.doc))

    def _one_role_holder(self, nouns: Iterable[Token]) -> Cluster | None:
        """The one person the article gives the role one of ``nouns`` names ("the premier's office", "the chair
        umpire's report"): where one of them, a role after "the", names exactly one person."""
        holders = [self._described_by(noun) for noun in nouns if determined(noun, "the") and self._is_role(noun)]
        return holders[0][0] if len(holders) == 1 and len(holders[0]) == 1 else None

    def _issuer(self, a: Attribution, document: Token, attributions: list[Attribution]) -> Cluster | None:
        """The speaker of the last attribution, within reach before ``a``, that names the same kind of
        document in its sentence ("said in a statement")."""
        for earlier in _earlier_within_reach(a, attributions):
            sentence = self.sentences[earlier.sentence]
            named = [t for t in sentence if t.lemma_.lower() == document.lemma_.lower()]
            if earlier.speaker is not None and named:
                return self._author_named_with(named[0]) or self._body_whose_document(named[0]) or earlier.speaker
        return None

    def _author_named_with(self, document: Token) -> Cluster | None:
        """ "The report of the fire department's chief, Dale Hruska, … was read into the record by coroner's
        counsel": the one whose document it is, named with it as a body or by a role ("of" them, or theirs), not
        who read it out; not the person a report is of ("the post-mortem report of Mary Okafor")."""
        named = [p for c in document.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"] + [c for c in document.children if c.dep_ == "poss"]
        bodies = [self.index[p.i] for p in named if p.i in self.index and self.index[p.i].type == "ORG"]
        holders = [self.index[c.i] for p in named if p.i not in self.index and self._is_role(p) for c in p.children
                   if c.dep_ == "appos" and c.i in self.index and self.index[c.i].type == "PERSON"]
        return next(iter(bodies + holders), None)

    def _body_whose_document(self, document: Token) -> Cluster | None:
        """ "… told reporters that the committee had sent its 212-page report to the chief minister": the body that
        made or handed over the document as its own, not the one telling of it."""
        owner = next((c for c in document.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in ("its", "their") or document.dep_ != "dobj" \
                or document.head.lemma_.lower() not in _AUTHORING | _HANDING:
            return None
        subject = subject_of(document.head)
        if subject is None:
            return None
        if subject.i in self.index:
            return self.index[subject.i] if self.index[subject.i].type == "ORG" else None
        if not determined(subject, "the") or not self._is_organisation_noun(subject):
            return None
        return self._named_so(subject) or self._one_body_named_with({subject.lower_})

    def _filed_by(self, a: Attribution, document: Token, attributions: list[Attribution]) -> Cluster | None:
        """ "Oregon's attorney general sued the maker of the app on Tuesday, saying … The complaint alleges …": a
        suit's papers are the speaker's whom an attribution within reach before says sued or filed."""
        # (not one that names who brought it: "The complaint, brought by 40 tenants, alleges")
        if document.lemma_.lower() not in _PLEADINGS or any(
                c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in document.children):
            return None
        for earlier in _earlier_within_reach(a, attributions):
            start, end = earlier.source or (0, 0)
            if earlier.speaker is not None and any(
                    _sues(t) and (subject := subject_of(t)) is not None and start <= subject.idx < end
                    for t in self.sentences[earlier.sentence]):
                return earlier.speaker
        return None

    def _decided_by(self, document: Token) -> Cluster | None:
        """The body the sentence just before a decision says voted, decided or approved ("The Harbour Board voted
        9-4 to approve the cap late on Monday. The decision says …"); not past a court or a ruling between them
        ("Congress passed the law in 2020. Last week the Supreme Court struck it down. The decision says …")."""
        if document.lemma_.lower() not in _DECISIONS:
            return None
        sentence = self.sentence_of[document.i]
        if sentence == 0:
            return None
        for token in reversed(self.doc[self.sentences[sentence - 1].start : document.i]):
            lemma = token.lemma_.lower()
            if lemma in _COURTS or lemma in _RULING_VERBS or lemma in _JUDGMENTS - _DECISIONS:
                return None
            if token.pos_ == "VERB" and lemma in _DECIDING:
                subject = subject_of(token)
                deciding = self.index.get(subject.i) if subject is not None else None
                return deciding if deciding is not None and deciding.type == "ORG" else None
        return None

    def _published_by(self, document: Token) -> Cluster | None:
        """Who the sentences within reach before ``document`` say issued, published or released one of its
        kind ("The Infrastructure Cyber Defense Office … published an advisory late Tuesday")."""
        first = self.sentences[max(0, self.sentence_of[document.i] - _PRONOUN_REACH)].start
        for token in reversed(self.doc[first : document.i]):
            if token.lemma_.lower() == document.lemma_.lower() and token.dep_ == "dobj" \
                    and token.head.lemma_.lower() in _AUTHORING:
                subject = subject_of(token.head)
                if subject is not None and subject.i in self.index:
                    return self.index[subject.i]
        return None

    def _lead_in(self, label_start: int) -> tuple[int, int]:
        """The paragraph before the transcript whose turn is labelled at ``label_start``."""
        text = doc_text(self.doc)
        first = label_start
        for turn in reversed(list(TRANSCRIPT_TURN.finditer(text, 0, label_start))):
            line_end = text.find("\n", turn.start(1))
            if line_end < 0 or text[line_end:first].strip():
                break
            first = turn.start(1)
        end = len(text[:first].rstrip())
        return text.rfind("\n", 0, end) + 1, end

    def _people_in(self, start: int, end: int) -> list[tuple[Token, Cluster]]:
        span = self.doc.char_span(start, end, alignment_mode="expand") or []
        return [(t, self.index[t.i]) for t in span if t.i in self.index and self.index[t.i].type == "PERSON"]

    def _transcript_parties(self, label_start: int,
                            attributions: list[Attribution]) -> tuple[Cluster | None, Cluster | None]:
        """Who asks and who answers the transcript whose turn is labelled at ``label_start``.

        The examiner is the person its lead-in has examine ("Renata Solberg, a trial attorney, began her
        cross-examination", "was questioned by counsel to the inquiry, Saoirse Achterberg"), else the one it
        names ("The transcript … shows lawyer Bartholomew Quince pressing"). The witness is the other person the
        lead-in names ("cross-examined Delacorte"), else the last to speak before it, else the person the
        article names first."""
        lead_start, lead_end = self._lead_in(label_start)
        people = self._people_in(lead_start, lead_end)
        questioned = {c.id for t, c in people if t.dep_ == "nsubjpass"}
        asking = [c for t, c in people if c.id not in questioned
                  and (_is_subject(t) or any(h.dep_ == "agent" for h in t.ancestors))]
        examiner = next(iter(asking), None) or next((c for _, c in people if c.id not in questioned), None)
        witness = next((c for _, c in people if c is not examiner), None)
        if witness is None:
            before = [x.speaker for x in attributions if x.end <= lead_end and x.speaker is not None
                      and x.speaker.type == "PERSON" and x.speaker is not examiner]
            witness = before[-1] if before else self._interviewee(label_start)
        return examiner, witness

    def _call_sign_holder(self, label: Token) -> Cluster | None:
        """ "CAPCOM: Kestrel, Tucson. You are go …" under "The capsule communicator, or CAPCOM, was the astronaut
        Tobias Lindqvist": whom the narration gives a transcript's label that is no one's name; the person
        named after it in that sentence, else the last person or body named before it."""
        for token in doc_tokens(self.doc):
            if token.text != label.text or token.i == label.i or self.doc[token.i + 1 : token.i + 2].text == ":":
                continue
            sentence = token.sent
            after = [self.index[t.i] for t in self.doc[token.i + 1 : sentence.end]
                     if t.i in self.index and self.index[t.i].type == "PERSON"]
            if after:
                return after[0]
            before = [self.index[t.i] for t in self.doc[sentence.start : token.i]
                      if t.i in self.index and self.index[t.i].type in ("PERSON", "ORG")]
            return before[-1] if before else None
        return None

    def _interviewee(self, label_start: int) -> Cluster | None:
        """Who answers an interview printed as "Q: … A: …": the person the headline and introduction
        name first, before the answers begin."""
        named = [(m.start, c) for c in self.clusters if c.type == "PERSON" for m in c.mentions
                 if self.doc[m.start].idx < label_start]
        return min(named, key=lambda pair: pair[0])[1] if named else None

    def _antecedent(self, pronoun: Token, previous: Attribution | None,
                    fits: Callable[[Cluster], bool] | None = None,
                    talked_about: frozenset[str] = frozenset(), statement_start: int | None = None) -> Cluster | None:
        """The person ``pronoun`` (or a description standing for one) refers to, of those that ``fits``
        (by default, those the pronoun's gender does not rule out) and the statement (which begins at
        character ``statement_start``) is not about (``talked_about``: cluster ids)."""
        sentence = self.sentence_of[pronoun.i]
        first = max(0, sentence - _PRONOUN_REACH)
        window = self.doc[self.sentences[first].start : pronoun.i]
        wanted = _PRONOUN_GENDER.get(pronoun.lower_)
        if fits is None:
            def fits(cluster: Cluster) -> bool:
                return (wanted is None or self._gender(cluster) in (None, wanted)) and cluster.id not in talked_about

        replier = self._replier(pronoun, previous, fits)
        if replier is not None:
            return replier
        candidates = [t for t in window if t.i in self.index and self.index[t.i].type == "PERSON"
                      and _is_subject(t) and not self._in_quote(t)]
        # "Prosecutor Nadia Rahman told the court that Pettifer had lied. “…,” she said": a person in what
        # was reported is talked about; the narration's subjects, and the last speaker, come first.
        subjects = [t for t in candidates if not self.reported.overlapping(t.idx, t.idx)]
        reported = [self.index[t.i] for t in candidates if t not in subjects and fits(self.index[t.i])]
        if subjects and not fits(self.index[subjects[-1].i]) and self.index[subjects[-1].i].id not in talked_about:
            # "Karen Holt met Nils Dahl. He said …": the last subject cannot be meant, so the person
            # named after her is, before anyone named earlier (but not one the statement itself names).
            after = [self.index[t.i] for t in window[subjects[-1].i - window.start + 1 :]
                     if t.i in self.index and self.index[t.i].type == "PERSON" and fits(self.index[t.i])
                     and (statement_start is None or t.idx < statement_start)]
            if after:
                return after[-1]
        subjects = [self.index[t.i] for t in subjects if fits(self.index[t.i])]
        if subjects:
            return subjects[-1]
        # Counted from where the previous statement ends: a quotation over several paragraphs is one turn.
        # (Counted from the paragraph, and one more, when the one before it goes on about the same "she": "I ask
        # whether she still has the bag. She laughs. / “It's under my bed. Still packed,” she said.")
        line_start = pronoun
        while line_start.i > 0 and "\n" not in self.doc[line_start.i - 1].text_with_ws:
            line_start = self.doc[line_start.i - 1]
        opening = self.sentence_of[line_start.i]
        same_she = wanted is not None and opening > 0 and any(
            _PRONOUN_GENDER.get(t.lower_) == wanted and t.dep_ == "nsubj" and not self._in_quote(t)
            for t in self.sentences[opening - 1])
        # (but not past someone else the article has brought in meanwhile: "Joan Pike, 91, has lived there since
        # 2019. She is not impressed.")
        if same_she and previous is not None and previous.speaker is not None:
            between = self.doc[self.sentences[self._last_sentence(previous)].end : self.sentences[opening - 1].end]
            same_she = not any(t.i in self.index and self.index[t.i].type == "PERSON" and _is_subject(t)
                               and self.index[t.i] is not previous.speaker for t in between)
        # (A quotation of several sentences before its "she said" is one turn, counted from its start.)
        began = self.doc.char_span(statement_start, statement_start + 1, alignment_mode="expand") \
            if statement_start is not None else None
        turn = opening - 1 if same_she else min(sentence, self.sentence_of[began.start]) if began else sentence
        if previous is not None and previous.speaker is not None and previous.speaker.type == "PERSON" \
                and turn - self._last_sentence(previous) <= 2 and fits(previous.speaker):
            return previous.speaker
        if reported:
            return reported[-1]
        # ("“I have never trusted the night,” said Lemarpe. [The conservancy: three sentences and a caption] He still
        # remembers …": further back, the last speaker, when the article names no one at all in between.)
        if previous is not None and previous.speaker is not None and previous.speaker.type == "PERSON" \
                and fits(previous.speaker) and turn - self._last_sentence(previous) <= 2 * _PRONOUN_REACH \
                and not self._someone_between(self.sentences[self._last_sentence(previous)].end, pronoun.i):
            return previous.speaker
        persons = [self.index[t.i] for t in window if t.i in self.index and self.index[t.i].type == "PERSON"
                   and fits(self.index[t.i])]
        return persons[-1] if persons else None

    def _someone_between(self, start: int, end: int) -> bool:
        """Whether the tokens ``start`` to ``end`` bring in anyone "he" or "she" could mean: a person or body the
        article names (the model types some people as bodies), or one person it describes ("rescued a
        grandmother"; not "four officers")."""
        return any(t.i in self.index and self.index[t.i].type in ("PERSON", "ORG")
                   or (self._unnamed_person(t) or t.lower_ in KINSHIP) and t.tag_ == "NN"
                   for t in self.doc[start:end] if not self._in_quote(t))

    def _replier(self, source: Token, previous: Attribution | None,
                 fits: Callable[[Cluster], bool]) -> Cluster | None:
        """ "“You told him, didn't you?” he asked. “Absolutely not,” she replied": the one who replies to a
        question (or to what was put to them) is the one it was put to, last named in the exchange, not
        whoever spoke before."""
        if previous is None or previous.speaker is None:
            return None
        sentence = self.sentence_of[source.i]
        window = self.doc[self.sentences[max(0, sentence - _PRONOUN_REACH)].start : source.i]
        put = previous.cue_token is not None and self.doc[previous.cue_token].lemma_.lower()
        asked = doc_text(self.doc)[previous.start : previous.end].rstrip("\u201d\"' ").endswith("?") \
            or put == "ask" and _QUESTION_OPENING.match(doc_text(self.doc), previous.content[0][0]) is not None
        # ("Mr Mercer asked him whether an accelerant had been used. “In my opinion, yes,” he said.", but not
        # "May asked Rudd to lead the review. “…,” she said": a request is not a question.)
        if not (source.head.lemma_.lower() in _REPLYING and (put in _PUTTING or asked)
                or asked and put == "ask" and 0 < sentence - self._last_sentence(previous) <= 2):
            return None
        # (not a name that only modifies a noun: "representing the Trevail family")
        addressed = [t for t in window if t.i in self.index and self.index[t.i].type == "PERSON"
                     and self.index[t.i] is not previous.speaker and fits(self.index[t.i])
                     and not (t.dep_ == "compound" and t.head.i not in self.index)]
        # (Whom the questioner's own statements were about comes before anyone the narration names.)
        questioned = [t for t in addressed if self.reported.overlapping(t.idx, t.idx)] or addressed
        return self.index[questioned[-1].i] if questioned else None

    def _nationality(self, person: Cluster) -> set[str]:
        """The countries the article puts just before a person's name ("Spain's Carlos Ruiz", "Danish striker
        Kasper Holm"; not "Villa manager Unai Emery")."""
        countries = set(lexicons.places().values())
        return {place for m in person.mentions if m.start > 0
                for place in self._places(self.doc[max(0, m.start - 3)].idx, self.doc[m.start - 1].idx
                                          + len(self.doc[m.start - 1].text)) if place in countries}

    def _unnamed_subject_before(self, pronoun: Token) -> bool:
        """Whether the two sentences before ``pronoun`` (and its own) have an unnamed person for a subject
        ("Her daughter, now 40, remembers …", "One regular customer comes in every day"), whom it may mean."""
        first = self.sentences[max(0, self.sentence_of[pronoun.i] - 2)].start
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.i not in self.index and not self._in_quote(t)
                   and (self._unnamed_person(t) or t.lower_ in KINSHIP) and t.lower_ not in _PERSONAL
                   and not any(c.dep_ == "appos" and c.i in self.index for c in t.children)
                   for t in self.doc[first : pronoun.i])

    def _unnamed_person(self, root: Token) -> bool:
        """ "A nurse at the centre", "one resident", "she": someone a pronoun after may stand for unnamed."""
        return self._is_role(root) or root.lemma_.lower() in _PERSON_NOUNS or root.lower_ in _PERSONAL \
            or root.lower_ == "one"

    def _protagonist(self, fits: Callable[[Cluster], bool], gender: str) -> Cluster | None:
        """The person, of those that ``fits``, the article names far more often than anyone else (three times
        at least, and twice as often as the next; or, known to be of ``gender``, twice as often as anyone
        else known to be and more often than anyone whose gender is unknown)."""
        named = sorted((len(c.mentions), c.id, c) for c in self.clusters if c.type == "PERSON" and fits(c))
        if not named or named[-1][0] < 3:
            return None
        count, _, top = named[-1]
        if len(named) == 1 or count >= 2 * named[-2][0]:
            return top
        same = [n for n, _, c in named[:-1] if self._gender(c) == gender]
        unknown = [n for n, _, c in named[:-1] if self._gender(c) is None]
        if self._gender(top) == gender and all(count >= 2 * n for n in same) and all(count > n for n in unknown):
            return top
        return None

    def _talked_about(self, a: Attribution, gender: str | None = None) -> frozenset[str]:
        """ "The Hawks coach had done “a better job than I did”, he said": whom the statement describes as its
        subject by a role the article gave them, or names while its speaker says "I", is not who says it (but
        "Mr Starmer was not going anywhere, he said" may be Starmer)."""
        ids = set()
        tokens = [t for start, end in a.content for t in self.doc.char_span(start, end, alignment_mode="expand") or ()]
        first_person = any(t.lower_ in _FIRST_PERSON for t in tokens)
        for token in tokens:
            cluster = self.index.get(token.i)
            if cluster is not None and cluster.type == "PERSON":
                if first_person:
                    ids.add(cluster.id)
            # ("His agent will tell you he was frustrated, she said": so is someone's by a role)
            # (and "Our MP has been out in those storms, he said": the speaker's MP is someone else; so is "Rimal's
            # investment chief")
            elif token.dep_ in ("nsubj", "nsubjpass") and (determined(token, "the") or any(
                    c.dep_ == "poss" and (c.pos_ in ("PROPN", "NOUN") and determined(c, "the")
                                          or (c.lower_ in ("his", "her", "their", "our", "my")
                                              or c.i in self.index and self.index[c.i].type in ("ORG", "GPE"))
                                          and self._is_role(token))
                    for c in token.children)):
                # ("The economist's figures were “honest”, she said": the one whose thing it is is described.)
                owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                              and determined(c, "the") and self._is_role(c)), None)
                noun = owner if owner is not None and not self._is_role(token) \
                    and token.lemma_.lower() not in _PERSON_NOUNS else token
                role = self._is_role(noun)
                described = self._described_by(noun) if role or noun.is_upper and 2 <= len(noun) <= 4 else []
                # (and "The Italian had ridden like a champion, she said": one of a people, described)
                person_noun = noun.lemma_.lower() in _PERSON_NOUNS or noun.ent_type_ == "NORP" and noun.tag_ in (
                    "NN", "NNP")
                if not described and (role or person_noun) and (role or not noun.is_upper) \
                        and token.head.dep_ not in ("advcl", "relcl", "acl", "pcomp", "csubj") \
                        and not any(c.dep_ in ("relcl", "acl") for c in noun.children):
                    # "Brenner had not replied. The co-founder had ignored every chance, he said": a description
                    # the article gave no one takes up the person named last before the statement.
                    described = [c for c in self._last_named_before(a) if self._may_be_described(c, noun)]
                ids.update(c.id for c in described)
        if gender is not None and (spoken_of := self._spoken_of(a, tokens, gender)) is not None:
            ids.add(spoken_of.id)
        # "„Mother could not read a note …“, she said", "“Dad would have loved this”": a son or daughter speaks,
        # the article's only ones, not the parent or anyone else.
        if any(t.lower_ in _PARENT_WORDS and (t.is_title or t.i > 0 and self.doc[t.i - 1].lower_ == "my")
               for t in tokens):
            children = {c.id for c in self.clusters if c.type == "PERSON"
                        and (_holds(c, "daughter") or _holds(c, "son"))}
            if children:
                ids.update(c.id for c in self.clusters if c.type == "PERSON" and c.id not in children)
        # ("My son is going to give him one he won't forget," he said: a father or mother speaks, the article's only
        # ones.)
        if any(t.lower_ in ("son", "daughter") and t.i > 0 and self.doc[t.i - 1].lower_ == "my" for t in tokens):
            parents = {c.id for c in self.clusters
                       if c.type == "PERSON" and (_holds(c, "father") or _holds(c, "mother"))}
            if parents:
                ids.update(c.id for c in self.clusters if c.type == "PERSON" and c.id not in parents)
        return frozenset(ids)

    def _told_by_their_own_story(self, a: Attribution, fits: Callable[[Cluster], bool]) -> Cluster | None:
        """ "At a bus station, Ferreira, who sells coffee from a cart, said … [the director speaks] … “The
        director says services are stubborn. I have stood at this bus station for eleven years,” he said": a
        statement that answers someone it names by role ("The director says …") is told, in its other "I"
        sentences, by the person whose own story the narration told in those words (or, where the words pick out
        no one, in their meaning), when that is one person clearly (of those that ``fits`` and that it does not
        name)."""
        content = {t.i: t for start, end in a.content
                   for t in self.doc.char_span(start, end, alignment_mode="expand") or ()}
        sentences = {self.sentence_of[i] for i in content}
        answering = {k for k in sentences for t in self.sentences[k]
                     if t.i in content and t.dep_ == "nsubj" and t.i not in self.index
                     and (self._is_role(t) or t.lemma_.lower() in _PERSON_NOUNS
                          or t.head.lemma_.lower() in lexicons.words("reporting_verbs"))
                     and (determined(t, "the") or any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their")
                                                       for c in t.children))}
        # ("The general manager says he will feel at home here. His home is in Gifu, …": or, where the speaker
        # never says "I", a place the statement names that the narration says someone came from: "Takeda Michiko,
        # who flew in from Gifu"; not the story's own city)
        by_origin = not any(t.lower_ in _FIRST_PERSON for t in content.values())
        mine = [t for k in sentences - answering for t in self.sentences[k] if t.i in content and (
            t.i in self.index and self.index[t.i].type == "GPE" if by_origin
            else _telling(t) and any(w.lower_ in _FIRST_PERSON for w in self.sentences[k] if w.i in content))]
        if not answering or not mine:
            return None
        named = {self.index[i].id for i in content if i in self.index}
        done = {t.lemma_.lower() for t in mine if t.pos_ == "VERB"
                and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.children)}
        told: dict[str, list[Token]] = {}
        people: dict[str, Cluster] = {}
        # ("I was at Gate C at twenty to seven" to "the queue for Gate C": a place or body both name tells too,
        # and more than a word does: "the Rang du Lac" over "the government".)
        places: dict[str, set[str]] = {}
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.id in named or not fits(cluster):
                continue
            for mention in cluster.mentions:
                if self.doc[mention.start].idx >= a.start or self._in_quote(self.doc[mention.start]):
                    continue
                people[cluster.id] = cluster
                # (not where someone else did to the person what the statement's "I" did: "I caught about 4,000 of
                # them" is Ishikawa Ren's, "who caught Takeda for six seasons", not Takeda's)
                if self._done_to_by_another(self.doc[mention.start : mention.end].root, done):
                    continue
                sentence = [t for t in self.sentences[self.sentence_of[mention.start]] if not self._in_quote(t)]
                told.setdefault(cluster.id, []).extend(t for t in sentence if _telling(t) and t.i not in self.index)
                places.setdefault(cluster.id, set()).update(
                    self.index[t.i].id for t in sentence if t.i in self.index and self.index[t.i].type != "PERSON"
                    and (not by_origin or t.dep_ == "pobj" and t.head.lower_ == "from"))
        said = {self.index[t.i].id if t.i in self.index else t.lemma_.lower() for t in mine}
        lemmas = {pid: places.get(pid, set()) | (set() if by_origin else {t.lemma_.lower() for t in tokens})
                  for pid, tokens in told.items()}
        # (a word told of several of them tells none apart)
        counts: dict[str, int] = {}
        for words in lemmas.values():
            for word in words & said:
                counts[word] = counts.get(word, 0) + 1
        named_places = set().union(*places.values())
        scores = sorted(((sum((2 if w in named_places else 1) / counts[w] for w in words & said), pid)
                         for pid, words in lemmas.items()), reverse=True)
        if scores and scores[0][0] >= 1 and (len(scores) == 1 or scores[1][0] * 2 <= scores[0][0]):
            return people[scores[0][1]]
        if by_origin:
            return None
        closest = _closest_in_meaning(mine, told)
        return people[closest] if closest is not None else None

    def _done_to_by_another(self, name: Token, acts: set[str]) -> bool:
        """Whether ``name`` is the object of a verb of ``acts`` (lemmas) whose subject is another person the article
        names ("who caught Takeda", of "Ishikawa Ren, who caught Takeda")."""
        if name.dep_ not in ("dobj", "pobj") or name.i not in self.index:
            return False
        verb = name.head.head if name.dep_ == "pobj" else name.head
        if verb.lemma_.lower() not in acts:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head
        return subject is not None and subject.i in self.index and self.index[subject.i].type == "PERSON" \
            and self.index[subject.i] is not self.index[name.i]

    def _spoken_of(self, a: Attribution, tokens: list[Token], gender: str) -> Cluster | None:
        """ "Krenz won the first case in Minden. „I have a great deal of respect for him …“, he said": the person
        last named before the statement (outside quotation marks, in the two sentences before it), whom its
        quoted words call "him" (for a "he said") before naming anyone, is spoken of, not speaking; unless
        that person made the statement just before ("Declan said the branch would carry the coffin. “He walked
        through those gates for 50 years,” he said")."""
        pronoun = next((k for k, t in enumerate(tokens) if _PRONOUN_GENDER.get(t.lower_) == gender
                        and self._quotations.overlapping(t.idx, t.idx)), None)
        # ("“My brother? He left in 2010,” he said", "she wanted people to remember her daughter's laugh, “not the
        # way she died”": the statement says whom it means.)
        if pronoun is None or any(t.i in self.index or t.lower_ in KINSHIP or t.lower_ in _GENDERED_NOUNS
                                  or t.lemma_.lower() in _PERSON_NOUNS or self._is_role(t) for t in tokens[:pronoun]):
            return None
        first_sentence = self._opening_sentence(a)
        window = self.doc[self.sentences[max(0, first_sentence - 2)].start : self.sentences[first_sentence].start]
        named = [self.index[t.i] for t in window if t.i in self.index and self.index[t.i].type == "PERSON"
                 and not self._in_quote(t) and self._gender(self.index[t.i]) in (None, gender)]
        before = next((x for x in reversed(self.doc._.attributions or []) if x.end <= a.start), None)
        # (Not an act told of them: "Pugh has tabled a bill. ‘I have told him it would not survive’, he said.")
        if not named or before is not None and before.speaker is named[-1] and before.type != OTHER \
                and before.end >= window.start_char:
            return None
        return named[-1]

    def _opening_sentence(self, a: Attribution) -> int:
        """The sentence ``a``'s content opens in (for a quotation over several, its first)."""
        opening = self.doc.char_span(a.start, a.start + 1, alignment_mode="expand")
        return self.sentence_of[opening.start] if opening is not None else a.sentence

    def _last_named_before(self, a: Attribution) -> list[Cluster]:
        """The person named last in the two sentences before ``a``'s, outside quotation marks, unless that is
        who spoke in the sentence right before ("Lanza said the strategy was wrong. The Norwegian had been
        unlucky, he said": Lanza goes on)."""
        # (counted from where the statement opens: "“The CEO is right. But somebody chose that chip,” he said")
        sentence = min(a.sentence, self._opening_sentence(a))
        first = self.sentences[max(0, sentence - 2)].start
        before = self.sentences[sentence].start
        named = [self.index[t.i] for t in self.doc[first:before] if t.i in self.index
                 and self.index[t.i].type == "PERSON" and not self._in_quote(t)]
        spoke = {x.speaker.id for x in self.doc._.attributions or []
                 if x.speaker is not None and x.sentence == sentence - 1 and x.cue_token is not None
                 and (x.kind != "indirect" or self.doc[x.cue_token].lemma_.lower() in _SPEAKING)}
        return [c for c in named[-1:] if c.id not in spoke]

    def _described_by(self, noun: Token) -> list[Cluster]:
        """The people (one, or two between whom the article does not choose) ``noun`` ("the Hawks coach", "the
        queen", "the DC", "the captain") describes by a role the article gave them (its modifiers among that
        role's words), a title in or before their name ("Capt. Didier Ouko"), a role's initials ("Deputy
        Commissioner") or a firm of that trade ("principal at Tellford Brink Lawyers")."""
        # ("The Commission's spokeswoman": an owner's name counts as a modifier.)
        # ("the pro-vice-chancellor": the tokenizer cut the word at its hyphens; it is one post, not a chancellor)
        word, first = _hyphenated(noun)
        modifiers = [c.lower_ for c in noun.children if (c.dep_ in ("compound", "amod")
                     or c.dep_ == "poss" and c.pos_ == "PROPN") and not first <= c.i < noun.i]
        if noun.is_upper and not self._is_role(noun):  # "the DC": by initials only ("the US" is no senator)
            holders = [c for c in self.clusters if c.type == "PERSON"
                       and any(_capital_initials(r.title).endswith(noun.text) for r in c.roles)]
        else:
            holders = [c for c in self.clusters if c.type == "PERSON" and (
                _holds(c, word, _qualifiers(noun)) or word in c.name.lower().split()
                or self._titled(c, word, _qualifiers(noun))
                or any(r.title.lower().split()[-1] == word + "s" and " at " in r.title for r in c.roles))]
        if modifiers:
            holders = [c for c in holders if all(any(m in r.title.lower() for r in c.roles) for m in modifiers)]
        # ("The government's lawyer" is not "Vantrell's lead lawyer, Warren Tisdale": someone else's.)
        owner = next((c.lower_ for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if owner is not None:
            holders = [c for c in holders if not self._someone_elses(c, noun.lower_, owner)]
        return holders if len(holders) <= 2 else []

    @staticmethod
    def _someone_elses(person: Cluster, role: str, owner: str) -> bool:
        """Whether every role of ``person``'s that names ``role`` is held for another than ``owner`` ("Vantrell's
        lead lawyer", when "the government's lawyer" is wanted)."""
        owned = [_OWNED_ROLE.match(r.title.lower()) for r in person.roles if role in r.title.lower().split()]
        return bool(owned) and all(m is not None and owner not in m.group(1).split() for m in owned)

    def _post_words(self, a: Attribution, role: Token) -> set[str]:
        """The ``role`` word and every word of ``a``'s source that says which post it means ("bill" of "The
        bill's sponsor", "hospitals" of "The minister responsible for hospitals"); empty when none does."""
        source = self.doc.char_span(*a.source, alignment_mode="expand") or ()
        which = {t.lower_ for t in source if t.is_alpha and not t.is_stop and t.i != role.i
                 and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and t.lower_ not in _GENERIC_MODIFIERS
                 and t.lower_ != "responsible"}
        return which | {role.lower_} if which else set()

    def _printed_post(self, person: Cluster) -> set[str]:
        """The words of the person's roles and of the title printed right before their name ("Minister for
        Hospitals Ruth Agnew", not "The Democratic senator told Stumpf")."""
        printed = {w for r in person.roles for w in re.findall(r"[a-z]+", r.title.lower())}
        for m in person.mentions:
            k = m.start - 1
            while k >= max(0, m.start - 4) and (self.doc[k].is_title or self.doc[k].lower_ in ("for", "of")):
                printed.add(self.doc[k].lower_)
                k -= 1
        return printed

    def _titled(self, person: Cluster, word: str, qualifiers: frozenset[str] = frozenset()) -> bool:
        """Whether a mention of ``person`` comes after ``word`` as a title, written out or cut short ("Capt."), not
        made another office by the word before it ("General manager Alicia Tran" is no manager) unless the
        description has that word among its ``qualifiers``."""
        before = [self.doc[m.start - 2 if m.start > 1 and self.doc[m.start - 1].text == "." else m.start - 1]
                  for m in person.mentions if m.start > 0]
        # (or the first word of the mention, where the model took the title into the name: "Gov. Ray Kessling")
        before += [self.doc[m.start] for m in person.mentions if m.end - m.start > 2]
        return any(_title_word(t) == word
                   and not (t.i > 0 and self.doc[t.i - 1].lower_ in _OTHER_OFFICE - qualifiers) for t in before)

    def _titled_as(self, person: Cluster, description: Token) -> bool:
        """Whether a mention of ``person`` comes after the title ``description`` names, with no word the
        description lacks ("District Judge Rosalind Achebe" is "a district judge"; "Shadow Treasurer Jenny Lau" is
        not "South Australia's Treasurer")."""
        modifiers = _qualifiers(description)
        for mention in person.mentions:
            title = mention.start - 1
            if title < 0 or _title_word(self.doc[title]) != description.lower_:
                continue
            words = set()
            k = title - 1
            while k >= 0 and self.doc[k].is_title and self.doc[k].dep_ in ("compound", "amod"):
                words.add(self.doc[k].lower_)
                if self.doc[k].is_sent_start:
                    break
                k -= 1
            if words <= modifiers:
                return True
        return False

    def _asked(self, a: Attribution, pronoun: Token) -> Cluster | None:
        """ "A reporter asked Vuković whether she had thought of quitting. ‘Every week,’ she replied.", "Whitcomb
        pressed Stanhope on his pay. The board had set it, he said.": whoever the sentence before (or this one)
        asked replies, and whoever it pressed or questioned answers, if the pronoun fits."""
        cue = self.doc[a.cue_token].lemma_.lower() if a.cue_token is not None else None
        if cue not in _REPLYING and cue != "say":
            return None
        sentence = self.sentence_of[pronoun.i]
        for token in self.doc[self.sentences[max(0, sentence - 1)].start : pronoun.i]:
            lemma = token.lemma_.lower()
            if token.pos_ != "VERB" or not (lemma == "ask" and cue in _REPLYING or lemma in _PRESSING):
                continue
            asked = next((self.index[c.i] for c in token.children if c.dep_ in ("dobj", "dative")
                          and c.i in self.index and self.index[c.i].type == "PERSON"), None)
            # (After "Labour MP Tom Price grilled Sir James Holt", "he said" may be either man.)
            presser = next((self.index[c.i] for c in token.children if c.dep_ == "nsubj" and c.i in self.index
                            and self.index[c.i].type == "PERSON"), None)
            if lemma in _PRESSING and cue not in _REPLYING and presser is not None \
                    and self._gender(presser) in (None, _PRONOUN_GENDER[pronoun.lower_]):
                continue
            if asked is not None and self._gender(asked) in (None, _PRONOUN_GENDER[pronoun.lower_]):
                return asked
        return None

    def _gender(self, cluster: Cluster) -> str | None:
        """The pronoun the article gives a person by its honorifics, titles and roles ("Ms. Holt",
        "the chairwoman"), else by a common given name; None when it does not say, or says both."""
        if cluster.id not in self._genders:
            words = lexicons.genders("gendered_words")
            seen = set()
            for m in cluster.mentions:
                # The word before the name ("Ms. Holt", "chairwoman Holt") or a title the name opens with;
                # never the name's own last word ("Gayle King", "Jane Prince").
                for token in self.doc[max(0, m.start - 1) : m.end - 1]:
                    if token.lower_ in words:
                        seen.add(words[token.lower_])
                    # ("Suraya binti Ahmad": "daughter of", inside the name)
                    elif token.i >= m.start and token.is_lower and token.lower_ in _CHILD_OF:
                        seen.add(_CHILD_OF[token.lower_])
            # (the role's own words, not those of what it is for: "a detective leading the search for a boy")
            for role in cluster.roles:
                own = re.split(r"\b(?:of|for|at|in|on|with|to|from|who|whose|which|that|leading|running)\b",
                               role.title.lower(), maxsplit=1)[0]
                seen.update(words[w] for w in own.split() if w in words)
            # ("Seán" is "sean"; a person the article names by a given name alone, "his partner, Gemma,", by it)
            given = cluster.name.split()
            first = given[0] if len(given) >= 2 or not any(
                c is not cluster and c.type == "PERSON" and c.name.endswith(" " + cluster.name)
                for c in self.clusters) else None
            # (or by the last, a given name printed after the family name: "Ueda Mariko")
            if not seen and first is not None and (gender := lexicons.given_name_gender(first) or (
                    lexicons.given_name_gender(given[-1]) if len(given) >= 2 else None)) is not None:
                seen.add(gender)
            self._genders[cluster.id] = seen.pop() if len(seen) == 1 else None
        return self._genders[cluster.id]

    @staticmethod
    def _is_organisation_noun(root: Token) -> bool:
        # ("the ministry", "the country's consumer watchdog"; "the nurses' union" is theirs, not one named)
        # (A developer or a publisher may be a person's trade too, so those are organisations only here.)
        # ("The auction house", "the fashion house": a house of some trade is a firm.)
        return root.pos_ == "NOUN" and root.tag_ == "NN" and (
            root.lower_ in lexicons.words("org_nouns") or root.lower_ in _BUSINESS_NOUNS
            or root.lower_ == "house" and any(c.dep_ == "compound" for c in root.children)) \
            and (determined(root, "the") or any(c.dep_ == "poss" and (c.tag_ == "NN" or c.lower_ in ("their", "its"))
                                                 for c in root.children))

    def _named_so(self, root: Token) -> Cluster | None:
        """ "the ministry" after "the Health Ministry": the organisation named before whose name (or role) it is;
        failing that, the first named in the sentences right after whose name it is ("The panel rejected the
        federation's argument. … The International Canoe Slalom Federation had banned her")."""
        split = bisect_left(self._organisation_mentions, (root.i,))
        word = _name_word(root.lower_)
        named_so = [c for _, c in self._organisation_mentions[:split] if word in map(_name_word, c.name.lower().split())
                    or any(root.lower_ in r.title.lower().split() for r in c.roles)]
        if named_so:
            return named_so[-1]
        reach = self.sentence_of[root.i] + _PRONOUN_REACH
        return next((c for i, c in self._organisation_mentions[split:] if self.sentence_of[i] <= reach
                     and word in map(_name_word, c.name.lower().split())), None)

    def _named_with_its_compounds(self, root: Token) -> Cluster | None:
        """ "Brazil's central bank said", "the Central Bank of Brazil" further on: the one organisation the
        article names with the description's noun and every word that describes it, wherever it names it;
        failing that, with the noun and the words compounded with it ("the regional warning service",
        "Westalpen Avalanche Warning Service")."""
        if root.lower_ in _NEUTER:
            return None
        compounded = {c.lower_ for c in root.children if c.dep_ == "compound"}
        described = compounded | {c.lower_ for c in root.children if c.dep_ == "amod"
                                  or c.dep_ == "poss" and c.pos_ == "PROPN"}
        for words in (described, compounded):
            if words and (named := self._one_body_named_with(words | {root.lower_})) is not None:
                return named
        return None

    def _officers_of(self, root: Token) -> Cluster | None:
        """ "Officials at the association said", "Trust board members said": a body's officers together speak for
        the one body the article names with the word that says whose they are (not its members, who are many)."""
        lemma = root.lemma_.lower()
        compounds = {t.lower_ for t in root.subtree if t.i < root.i and t.dep_ == "compound"}
        if lemma == "member" and "board" in compounds:
            words = compounds - {"board"}
            # ("School board members": a school board is a body of its own, not the school's)
            if words & _BOARDS_OF_THEIR_OWN:
                return None
            return self._one_body_named_with(words) if words and words <= lexicons.words("org_nouns") else None
        if lemma not in _OFFICERS:
            return None
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("at", "of", "from")):
            for body in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NN" and c.i not in self.index):
                if determined(body, "the") and body.lower_ in lexicons.words("org_nouns"):
                    return self._one_body_named_with({body.lower_} | {c.lower_ for c in body.children
                                                                      if c.dep_ in ("amod", "compound")})
        return None

    def _one_body_named_with(self, words: set[str]) -> Cluster | None:
        """The one organisation the article names with every one of ``words``, as a description may say them
        ("the lab" of "Tri-State Analytical Laboratories")."""
        wanted = {_name_word(w) for w in words}
        named = [c for c in self.clusters
                 if c.type == "ORG" and wanted <= {_name_word(w) for w in c.name.lower().split()}]
        return named[0] if len(named) == 1 else None

    def _organisation(self, root: Token, previous: Attribution | None,
                      attributions: list[Attribution] = ()) -> Cluster | None:
        sentence = self.sentence_of[root.i]
        # ("…, according to the memo. It also says: …": "it" goes on with the document just quoted, whoever's it is;
        # not "It said it would appeal", the body fined)
        if root.lower_ == "it" and root.head.tag_ == "VBZ" and previous is not None and previous.speaker is not None \
                and previous.source_root is not None and self.doc[previous.source_root].lemma_.lower() in _DOCUMENTS \
                and sentence - previous.sentence <= 1:
            return previous.speaker
        named_so = self._named_so(root) if root.lower_ not in _NEUTER else None
        if named_so is not None:
            return named_so
        if root.lower_ in _NAMED_ONLY:
            # ("The Hollow Pines, from Stockport, won best group. In a joint statement, the band said": or the body
            # the sentence just before, in its paragraph, is about.)
            before = self.sentences[sentence - 1] if sentence > 0 else None
            if before is None or "\n" in doc_text(self.doc)[before.end_char : root.idx]:
                return None
            subjects = [self.index[t.i] for t in before if _is_subject(t) and t.i in self.index
                        and t.head.i == before.root.i and not self._in_quote(t)]
            return subjects[0] if len(subjects) == 1 and subjects[0].type == "ORG" else None
        # "The operator of Australia's main electricity grid warned … The Australian Energy Market Operator
        # said": in the lede, a description whose noun is in the name of the organisation the next sentences
        # let speak is that organisation.
        if root.idx < self.lede_end and root.lower_ not in _NEUTER:
            named = next((c for c in self._introduced_next(root, attributions)
                          if root.lower_ in c.name.lower().split()), None)
            if named is not None:
                return named
        named = self._named_with_its_compounds(root)
        if named is not None:
            return named
        # "The country's consumer watchdog on Monday fined …" in the lede: the organisation the next
        # sentences introduce as a speaker by name, as with a person's role.
        if root.idx < self.lede_end and root.lower_ not in _NEUTER | _BUSINESS_NOUNS and not any(
                self.index[t.i].type == "ORG" for t in self.doc[self.sentences[sentence].start : root.i]
                if t.i in self.index):
            named = next(self._introduced_next(root, attributions), None)
            if named is not None:
                return named
        if root.lower_ not in _NEUTER:
            # "The German economy ministry", "the transport ministry": a described organisation that no
            # named one is called is itself, not the company last mentioned (but "the consumer goods
            # group" describes the company the story is about).
            described = any(c.dep_ in ("compound", "amod", "nmod") for c in root.children)
            if described and root.lower_ not in _BUSINESS_NOUNS:
                return None
            # ("the English club", "the Lisbon club": of the clubs a transfer story names, the one placed by the
            # description, which no name says; but "the German carmaker" is the one the story is about)
            if root.lower_ == "club" and any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("NORP", "GPE")
                                             for c in root.children):
                return None
        # "The club said" after "Fenbridge Town striker Kofi Marsh … in Saturday's win over Ashby Rovers", or in a
        # story about its sponsor: the club the story is about, not the last one named.
        if root.lower_ == "club" and (club := self._business_of_the_story(root)) is not None \
                and is_club_name(club.name):
            return club
        first = self.sentences[max(0, self.sentence_of[root.i] - _PRONOUN_REACH)].start
        # (The agency in a dateline, "OSLO (Reuters) -", reports the story; it is no one's subject.)
        subjects = []
        for t in self.doc[first : root.i]:
            # (A body is not the company a statement was about: "ruled that Harlow Logistics had unfairly dismissed
            # her. The tribunal ordered …"; "the company", "it" may well be.)
            if not _is_subject(t) or self._in_quote(t) or any(s <= t.idx < e for s, e in self.datelines) \
                    or root.lower_ not in _BUSINESS_NOUNS | _NEUTER and self.reported.overlapping(t.idx, t.idx):
                continue
            if t.i in self.index:
                if self.index[t.i].type == "ORG" and not (root.lower_ in _BUSINESS_NOUNS
                                                          and self._public_body(self.index[t.i])):
                    subjects.append(self.index[t.i])
            # "The observatory raised its alert level. It said …": "it" is the one the description names.
            elif root.lower_ in _NEUTER and self._is_organisation_noun(t) and (named := self._named_so(t)) is not None:
                subjects.append(named)
        if subjects:
            return subjects[-1]
        if previous is not None and previous.speaker is not None and previous.speaker.type == "ORG" \
                and not (root.lower_ in _BUSINESS_NOUNS and self._public_body(previous.speaker)):
            return previous.speaker
        nearby = [self.index[t.i] for t in self.doc[first : root.i] if t.i in self.index
                  and self.index[t.i].type == "ORG" and not self._in_quote(t)]
        if root.lower_ in _BUSINESS_NOUNS:
            # "… plans by the ferry operator Westerly Isles Shipping. The company said …": the business
            # last named, subject or not (a council or a ministry is no company).
            businesses = [c for c in nearby if not self._public_body(c)]
            if businesses:
                return businesses[-1]
            if not any(c.dep_ in ("compound", "amod", "nmod") for c in root.children):
                business = self._business_of_the_story(root)
                if business is not None:
                    return business
            # ("The company that runs the only car ferry to Pettigrew Island filed for creditor protection, saying
            # …" in the lede, then "Fundy Isles Ferries Ltd. owed $14.2 million": the business the next sentences
            # name first, when none was named before)
            if root.idx < self.lede_end and determined(root, "the") and not nearby and not any(
                    c.type == "ORG" and any(m.start < root.i for m in c.mentions) for c in self.clusters):
                after = self.doc[root.i : self.sentences[min(len(self.sentences) - 1, sentence + _LEDE_REACH)].end]
                # (not another source's employer: "Analysts at Goldman Sachs said …")
                sources = [x.source for x in attributions if x.source is not None]
                named = next((self.index[t.i] for t in after if t.i in self.index and self.index[t.i].type == "ORG"
                              and not self._public_body(self.index[t.i]) and not self._in_quote(t)
                              and not any(s <= t.idx < e for s, e in sources)
                              and not (t.dep_ == "pobj" and t.head.lower_ in ("at", "from", "with"))), None)
                if named is not None:
                    return named
        if root.lower_ not in _NEUTER:  # "the authority" that no named organisation is called stays unnamed
            return None
        return nearby[-1] if nearby else None

    def _introduced_next(self, root: Token, attributions: list[Attribution]) -> Iterator[Cluster]:
        """The organisations that speak by name, for the first time, in the sentences after ``root``'s (within
        the lede's reach), in order."""
        sentence = self.sentence_of[root.i]
        for later in attributions:
            if later.source_root is None or later.sentence <= sentence:
                continue
            if later.sentence - sentence > _LEDE_REACH:
                return
            named = self.index.get(later.source_root)
            if named is not None and named.type == "ORG" and all(m.start > root.i for m in named.mentions):
                yield named

    def _body_named_next(self, a: Attribution, noun: Token) -> Cluster | None:
        """The first organisation the sentences after ``a``'s (within the lede's reach) name with ``noun`` in its
        name, for the first time there."""
        sentences = self.sentences[a.sentence + 1 : a.sentence + 1 + _LEDE_REACH]
        if not sentences:
            return None
        start, end = sentences[0].start, sentences[-1].end
        for i in range(start, end):
            body = self.index.get(i)
            if body is not None and body.type == "ORG" and len(body.name.split()) > 1 \
                    and noun.lower_ in body.name.lower().split() and not self._in_quote(self.doc[i]) \
                    and min(m.start for m in body.mentions) >= start:
                return body
        return None

    @staticmethod
    def _public_body(organisation: Cluster) -> bool:
        """ "Northgate City Council", "the Society of Authors": an organisation its name says is no business."""
        return any(word.lower() in _PUBLIC_BODIES for word in organisation.name.split())

    def _business_of_the_story(self, root: Token) -> Cluster | None:
        """ "Melbourne-based Harlow Home Appliances recalled … (its chief executive's apology) … the company
        said": further back than any subject, the business the story has named most before ``root`` (of
        equals, the last named) of those that acted in it (not a news agency that only reported), else the only
        one named, if no one's reporter ("the shaft run by Thaba Minerals … according to the company"); none
        if an unnamed one came in since ("… voted to form a campaign group. The group said")."""
        acted, unreported = [], []
        clubs = root.lower_ == "club" and any(c.type == "ORG" and is_club_name(c.name) for c in self.clusters)
        headline = headline_line(doc_text(self.doc))
        for c in self.clusters:
            if c.type != "ORG" or self._public_body(c) or clubs and not is_club_name(c.name):
                continue
            starts = [m.start for m in c.mentions if m.start < root.i and not self._in_quote(self.doc[m.start])]
            if not starts:
                continue
            # (a headline's first word has its capital whether or not it is a name: "Kettle maker recalls …")
            headlined = headline is not None and any(
                self.doc[m.start].idx < headline[1] and (m.end - m.start > 1 or self.doc[m.start].idx > headline[0])
                for m in c.mentions)
            kind = self._acted(c, root.i)
            if kind:
                acted.append((len(starts), headlined, max(starts), c))
            elif kind is None:
                unreported.append((len(starts), headlined, max(starts), c))
        chosen = acted or (unreported if len(unreported) == 1 else [])
        if not chosen:
            return None
        # (of equals, the one the headline names, then the last named)
        *_, last, business = max(chosen, key=lambda found: found[:3])
        if any(t.lemma_ == root.lemma_ and determined(t, "a", "an") for t in self.doc[last : root.i]):
            return None
        return business

    def _unnamed_worker(self, root: Token, a: Attribution) -> bool:
        """ "Bus driver Mark Evans … Its driver, a 19-year-old man, was arrested. The driver told officers":
        an occupation many hold, printed once for someone the article does not name, is not the named one's."""
        if not is_occupation(root) or not determined(root, "the"):
            return False
        named = {i for c in self.clusters if c.type == "PERSON" for r in c.roles
                 for i in range(r.start, r.end)}
        # (not the same description said again of the one it stands for, "the chef" after "The celebrity chef
        # behind one of Singapore's best-known restaurants said …": an unnamed one is brought in before, or with
        # a description of their own)
        return any(t.lemma_ == root.lemma_ and t.tag_ == "NN" and t.idx not in named and t.i != root.i
                   and not a.source[0] <= t.idx < a.source[1] and any(
                       c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in _ANY_ONE for c in t.children)
                   and (t.i < root.i or any(c.dep_ in ("appos", "poss") for c in t.children))
                   for t in self.doc)

    def _acted(self, organisation: Cluster, before: int) -> bool | None:
        """True if the organisation, before token ``before``, is the subject of a verb other than a speech
        verb ("Harlow Home Appliances recalled its kettle"); False if it is only a reporter's source
        ("Reuters reported", "according to Reuters"); None if neither ("the shaft run by Thaba Minerals")."""
        reported = False
        for m in organisation.mentions:
            token = self.doc[m.start]
            while token.dep_ in ("compound", "flat") and token.head.i != token.i:
                token = token.head
            if m.start >= before:
                continue
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() not in _REPORTING:
                return True
            # ("Brackenridge Homes chair promises pay rethink", "Acme spokesman Tom Hale said": its own people
            # act or speak for it, as no news agency's reporter does)
            if token.dep_ in ("nsubj", "nsubjpass") and token.i != m.start and self._is_role(token):
                return True
            reported |= token.dep_ in ("nsubj", "nsubjpass") or _is_subject(token)
        return False if reported else None

    def _last_sentence(self, a: Attribution) -> int:
        last = self.doc.char_span(a.end - 1, a.end, alignment_mode="expand")
        return self.sentence_of[last.start] if last is not None else a.sentence

    def _in_quote(self, token: Token) -> bool:
        return bool(self.direct_quotes.overlapping(token.idx, token.idx))

    @staticmethod
    def _is_role(root: Token) -> bool:
        """ "the minister", "the MEP" (which the tagger takes for a name): one person's role."""
        return root.pos_ in ("NOUN", "PROPN") and root.tag_ not in ("NNS", "NNPS") and is_role_noun(root)

    def _kept_unnamed(self, a: Attribution, root: Token, attributions: list[Attribution]) -> bool:
        """Whether the source is someone the story keeps unnamed: "One firefighter, who asked not to be named";
        or, by the same word, an unnamed source before ("a company official who asked not to be named said
        … The official said", "According to a senior diplomat, … The diplomat said")."""
        if _ANONYMOUS.search(doc_text(self.doc), *a.source):
            return True
        if not determined(root, "the"):
            return False
        lemma = root.lemma_.lower()
        for earlier in attributions:
            if earlier is a or earlier.start > a.start:
                break
            # (by its own word: "A source close to the minister said … The minister said" is the minister; and
            # "…, say archaeologists" in the headline is a field speaking, not one of it kept unnamed)
            if earlier.source_root is not None and earlier.speaker is None \
                    and self.doc[earlier.source_root].lemma_.lower() == lemma \
                    and self.doc[earlier.source_root].tag_ not in ("NNS", "NNPS"):
                return True
        return False

    def _role_holder(self, a: Attribution, root: Token, attributions: list[Attribution],
                     previous: Attribution | None) -> Cluster | None:
        places = self._places(*a.source)
        elsewhere: set[str] = set()  # who holds the role at another place
        placed: list[Cluster] = []  # who holds some role at the place, when no one holds this one
        # ("Another teacher who was on duty said" is not the teacher the article named.)
        if self._unnamed_worker(root, a) or determined(root, "another") or self._kept_unnamed(a, root, attributions):
            return None
        # "A senior White House official said …": a source the story keeps unnamed, not the next one it names.
        lemma = root.lemma_.lower()
        if determined(root, "a", "an") and (lemma in _UNNAMED_SOURCES or lemma == "official" and any(
                c.lower_ in _RANKS for c in root.children)):
            return None
        # "“…,” a minister said" is not the minister the article has named (but "A High Court judge on
        # Tuesday quashed …" in the lede is the judge it names next).
        if not determined(root, "a", "an"):
            holders = [c for c in self.clusters if c.type == "PERSON" and _holds(c, root.lower_, _qualifiers(root))]
            # "Romania's minister, Andrei Popescu, … His Bulgarian counterpart, Elena Dimitrova, …": she holds
            # the same office.
            if holders:
                holders += [c for c in self.clusters if c.type == "PERSON" and c not in holders
                            and _holds(c, "counterpart")]
            # "the South Korean minister" is not the one whose role is Japan's; "the Newcastle boss" is the
            # one whose role is at Newcastle, whatever its word for the job.
            if places:
                agreement = {c.id: self._place_agreement(c, places) for c in holders}
                elsewhere = {c.id for c in holders if agreement[c.id] is False}
                holders = [c for c in holders if c.id not in elsewhere]
                holders = [c for c in holders if agreement[c.id]] or holders
                if not holders:
                    placed = [c for c in self.clusters if c.type == "PERSON" and self._place_agreement(c, places)]
            # "Athletic's manager" is not the one whose role is "Wexford manager", nor "the transportation
            # minister" the "Municipal Affairs Minister".
            portfolio = {c.lower_[:5] for c in root.children if c.dep_ in ("compound", "amod")
                         and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in _PORTFOLIO_ADJECTIVES) and not c.ent_type_
                         and c.lower_ not in _GENERIC_MODIFIERS}
            elsewhere |= {c.id for c in holders if self._serves_elsewhere(c, a.source)
                          or portfolio and self._other_portfolio(c, root.lower_, portfolio)}
            holders = [c for c in holders if c.id not in elsewhere]
            # ("The bill's sponsor said" … "Sen. Dana Whitcomb, the bill's sponsor,"; "The minister responsible for
            # hospitals" … "Minister for Hospitals Ruth Agnew": the one whose post is printed with every word of it;
            # else "the presiding judge" … "Presiding Judge Annette Brenninger": the one printed with the title.)
            post = self._post_words(a, root)
            exact = [c for c in self.clusters if c.type == "PERSON" and post and post <= self._printed_post(c)]
            titled = exact or [c for c in holders if self._titled(c, root.lower_, _qualifiers(root))]
            if titled:
                return self._latest(titled, a.source[0])
            if holders:
                # "…, the lead lawyer for the plaintiffs said" in the lede, then "said Martin Feld, a partner …":
                # the one the next paragraphs bring in, before a holder of the role the story names later (but
                # "the Dunmore manager" is the one whose role is at Dunmore).
                if a.source[0] < self.lede_end and not places and not any(
                        c.dep_ in ("compound", "poss", "nmod") and (c.pos_ == "PROPN" or c.ent_type_)
                        for c in root.children):
                    introduced = self._introduced_before(a, attributions, holders)
                    if introduced is not None:
                        return introduced
                return self._latest(holders, a.source[0])
        # "The Chinese representative said …" where the story names no one China's: the country the envoy speaks
        # for, as a body speaks through its unnamed spokesperson.
        if lemma in _ENVOYS and determined(root, "the") and places and not placed:
            countries = {c.id: c for c in self.clusters if c.type == "GPE" for place in places
                         if place == c.name.lower() or place.startswith(c.name.lower()[:-1]) and len(c.name) > 3}
            if len(countries) == 1:
                return next(iter(countries.values()))
        # News lede convention: the lede names the speaker by role, the next paragraphs by name (and a
        # role before anyone has been named, as under a headline and an opening paragraph on the company,
        # is introduced the same way).
        if a.source[0] >= self.lede_end and self._person_named_before(a.source[0]):
            # "Kate Morvah put it to her that 15 knots was far too fast. “It was the speed we always did,” the
            # witness replied": the one it was put to.
            if root.head.lemma_.lower() in _REPLYING and root.lemma_.lower() in _QUESTIONED:
                replier = self._replier(root, previous, lambda c: c.id not in elsewhere
                                        and self._may_be_described(c, root))
                if replier is not None:
                    return replier
            # "Jorge Ibarra, a hurricane specialist, said … . The veteran forecaster, who has tracked storms for
            # 27 years, said …": a description, whose it is unsaid ("the FBI director" is the FBI's), right
            # after a statement in its paragraph goes on about who made it.
            if previous is not None and previous.speaker is not None and previous.speaker.type == "PERSON" \
                    and previous.speaker.id not in elsewhere and determined(root, "the") \
                    and root.head.lemma_.lower() not in _REPLYING \
                    and a.sentence - self._last_sentence(previous) == 1 \
                    and "\n" not in doc_text(self.doc)[previous.end : a.source[0]] \
                    and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
                                or c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.i in self.index
                                                                      or c.lower_ in lexicons.words("org_nouns"))
                                for c in root.children) \
                    and self._may_be_described(previous.speaker, root) \
                    and not self._named_in(previous, exclude=previous.speaker) \
                    and not self._introduced_just_before(root, a):
                self._record_role(previous.speaker, a)
                return previous.speaker
            # "Athletic's manager … said … “…,” said Marco Rossi": a role no one holds, then a speaker the
            # article names for the first time, is that speaker introduced.
            introduced = self._named_next(a, attributions, reach=_INTRODUCTION_REACH, first_named=True)
            if introduced is not None:
                return introduced
            if placed:
                return self._latest(placed, a.source[0])
            return self._described_speaker(a, root, previous, elsewhere, attributions)
        # "A district judge ruled on Thursday that a developer … can be extradited" and then "District Judge
        # Rosalind Achebe said": the one person the story prints with the role for a title, not the defendant it
        # names first.
        titled = {c.id: c for c in self.clusters if c.type == "PERSON" and c.id not in elsewhere
                  and self._titled_as(c, root) and self._first_named_at(c) > a.source[1]}
        if len(titled) == 1:
            holder = next(iter(titled.values()))
            self._record_role(holder, a)
            return holder
        # "Ashdown survives no-confidence vote" over "The prime minister narrowly survived a vote …": the lede
        # tells what the headline did, of the one the headline names doing it.
        headlined = self._headline_subject(root)
        if headlined is not None and headlined.id not in elsewhere:
            self._record_role(headlined, a)
            return headlined
        # "The chair of the bench told a plasterer …" then "Patricia Ellery, who chaired the bench, said": the
        # one the next sentences say does what the role does, whoever speaks first.
        doing = self._doing_the_role_next(a, root)
        if doing is not None:
            self._record_role(doing, a)
            return doing
        # ("The head of the investigation told reporters …" under a lede that names no one: the story has
        # yet to name anyone, so the first person it lets speak by name a few paragraphs on is the head.)
        named = self._named_next(a, attributions, reach=_LEDE_REACH if a.source[0] < self.lede_end
                                 or self._person_named_before(a.source[0]) else 2 * _LEDE_REACH)
        if named is not None:
            return named
        # "Ukraine's lead negotiator" is who the lede's "Ukraine's top diplomat" is only when no one the
        # next paragraphs let speak is.
        if placed:
            return self._latest(placed, a.source[0])
        # "The EU's digital commissioner said … Margit Holm, who took over the portfolio in December, has
        # made …": the first person the next sentences name as a subject, when none of them speaks by name.
        return self._subject_named_next(a, attributions)

    def _headline_subject(self, description: Token) -> Cluster | None:
        """The person the headline makes the subject of the verb ``description`` is the subject of in the lede."""
        headline = headline_line(doc_text(self.doc))
        verb = description.head
        if headline is None or description.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            return None
        doers = {self.index[t.i].id: self.index[t.i] for t in doc_tokens(self.doc)
                 if t.idx < headline[1] and t.i in self.index
                 and self.index[t.i].type == "PERSON" and _is_subject(t) and t.head.lemma_ == verb.lemma_}
        return next(iter(doers.values())) if len(doers) == 1 else None

    @cached_property
    def _police_force(self) -> Cluster | None:
        """The one police force the article names ("South African Police Service", "Police Scotland"), if one."""
        forces = [c for c in self.clusters if c.type == "ORG" and _names_a_force(c.name)]
        return forces[0] if len(forces) == 1 else None

    def _subject_named_next(self, a: Attribution, attributions: list[Attribution],
                            described: Token | None = None) -> Cluster | None:
        """The first person the sentences after ``a``'s (within the lede's reach) name as a subject, if the
        description is theirs; for a ``described`` person by a word that is no job ("the oldest resident
        says she …"), not one of the other gender ("Mayor Tom Price"); nor one ``a``'s own sentence names
        or lets speak under another source ("Governor Haryono edges ahead as challenger says …", "The governor
        said …, as his challenger said …")."""
        sentence = self.sentences[a.sentence]
        beside = {b.speaker.id for b in attributions if b is not a and b.sentence == a.sentence
                  and b.speaker is not None and b.source is not None
                  and (b.source[1] <= a.source[0] or b.source[0] >= a.source[1])}
        beside |= {self.index[t.i].id for t in sentence if t.i in self.index and self.index[t.i].type == "PERSON"
                   and not a.source[0] <= t.idx < a.source[1] and not any(s <= t.idx < e for s, e in a.content)}
        wanted = None
        if described is not None:
            said = [t for start, end in a.content for t in self.doc.char_span(start, end, alignment_mode="expand") or ()
                    if t.lower_ in _PERSONAL and t.dep_ == "nsubj"]
            wanted = _GENDERED_NOUNS.get(described.lemma_.lower()) or (
                _PRONOUN_GENDER[said[0].lower_] if said else None)
        last = min(a.sentence + _LEDE_REACH, len(self.sentences) - 1)
        for token in self.doc[sentence.end : self.sentences[last].end]:
            holder = self.index.get(token.i)
            # (a subject of the narration: not "after Mr Sumner swung a bottle" inside what another told police)
            if holder is not None and holder.type == "PERSON" and _is_subject(token) and not self._in_quote(token) \
                    and not (self.reported.overlapping(token.idx, token.idx) and token.head.dep_ != "ROOT"):
                # (nor one the article gives another trade: "A prosecutor told a jury …" is not "Kyle Rourke, 31,
                # a scaffolder, denies murder")
                if wanted is not None and self._gender(holder) not in (None, wanted) or holder.id in beside \
                        or a.source_root is not None and self._of_another_trade(
                            holder, self.doc[a.source_root], called=_described_as(token)):
                    continue
                if a.source_root is not None and self._serves_another_body(holder, self.doc[a.source_root]):
                    return None
                return holder if self._claimed(holder, a) else None
        return None

    @staticmethod
    def _of_another_trade(person: Cluster, noun: Token, *, called: Token | None = None) -> bool:
        """Whether the article gives ``person`` a trade for their whole role ("Kyle Rourke, 31, a scaffolder,"), or
        ``called`` them by one ("the judge, Mrs Justice Harcourt,"), that the role ``noun`` ("A prosecutor"; not an
        office anyone may hold, "the chair") is not."""
        if not is_role_noun(noun) or noun.lemma_.lower() in _OFFICES | _ELECTED:
            return False
        words = _words_for_the_job(noun)
        given = {r.title.lower() for r in person.roles if r.title.isalpha() and r.title.islower()
                 and (_AGENT_NOUN.fullmatch(r.title) or r.title in lexicons.words("occupations"))}
        if called is not None and is_role_noun(called):
            # ("The association's negotiator replied …" is not "The association's chair, Graham Pilling,": two
            # posts of one body, named side by side, are two people, whatever the post; one person holding both,
            # "Amazon's founder … Amazon's executive chairman, Jeff Bezos", is split, the rarer case)
            if called.lemma_.lower() not in words and _owner_word(called) is not None \
                    and _owner_word(called) == _owner_word(noun):
                return True
            given.add(called.lemma_.lower())
        return any(t not in words and t not in _OFFICES and t not in _KINDS_OF_WORK for t in given)

    def _doing_the_role_next(self, a: Attribution, role: Token) -> Cluster | None:
        """The one person the sentences after ``a``'s (within the lede's reach) say, in a clause of their own,
        does what ``role`` names ("the leader of the council" … "David Ashby, who has led the council")."""
        verb = _ROLE_VERBS.get(role.lemma_.lower())
        if verb is None:
            return None
        last = min(a.sentence + _LEDE_REACH, len(self.sentences) - 1)
        doers = {holder.id: holder for token in self.doc[self.sentences[a.sentence].end : self.sentences[last].end]
                 if token.lemma_.lower() == verb and token.dep_ in ("relcl", "acl") and token.pos_ == "VERB"
                 and (holder := self.index.get(token.head.i)) is not None and holder.type == "PERSON"}
        return next(iter(doers.values())) if len(doers) == 1 else None

    def _holder_named_next(self, a: Attribution, role: str) -> Cluster | None:
        """The person first named in the sentences after ``a``'s (within the lede's reach) as "the ``role``"
        itself ("the spokeswoman, Dana Rusu,"; not "its spokeswoman" or "a police spokeswoman", another's)."""
        text = doc_text(self.doc)
        last = min(a.sentence + _LEDE_REACH, len(self.sentences) - 1)
        for token in self.doc[self.sentences[a.sentence].end : self.sentences[last].end]:
            holder = self.index.get(token.i)
            if holder is not None and holder.type == "PERSON" and any(
                    r.title.lower() == role and text[max(0, r.start - 4) : r.start].lower() == "the "
                    for r in holder.roles) and self._first_named_at(holder) > a.source[1]:
                return holder
        return None

    def _claimed(self, holder: Cluster, a: Attribution) -> bool:
        """Whether ``holder``, named after ``a``'s description, is the one it describes (and then the role is
        theirs): "The head of the investigation told …" is Claire Dumontet, named later; "the captain said"
        after it is not her too, for one person the story has yet to name is not two descriptions in its
        body (a headline's "witness" and a lede's "night-shift cleaner" may well be one)."""
        root = self.doc[a.source_root]
        role = root.lemma_.lower()
        if a.source[0] >= self.lede_end and self._described.setdefault(holder.id, {role}) != {role}:
            return False
        # ("A nurse who treated the injured said … “…,” said Dr Helen Marsh, a consultant": an occupation is
        # not someone named with another of their own.)
        named = next((m for m in holder.mentions if self.doc[m.start].idx >= a.source[1]), None)
        if named is not None and is_occupation(root):
            name = self.doc[named.start : named.end].root
            titles = [c for c in name.children if c.dep_ in ("appos", "compound")]
            if any(is_occupation(t) and t.lemma_ != root.lemma_ for t in titles):
                return False
        self._record_role(holder, a)
        return True

    def _person_named_before(self, offset: int) -> bool:
        return self._person_named_between(0, offset)

    def _person_named_between(self, start: int, end: int) -> bool:
        """Whether the narration names a person between the characters ``start`` and ``end``."""
        return any(c.type == "PERSON" and start <= self.doc[m.start].idx < end and not self._in_quote(self.doc[m.start])
                   for c in self.clusters for m in c.mentions)

    def _named_next(self, a: Attribution, attributions: list[Attribution], *, reach: int,
                    first_named: bool = False) -> Cluster | None:
        """The person who speaks by name in the first attribution of the ``reach`` sentences after ``a``'s
        (with ``first_named``, only one the article names there for the first time); the role is theirs."""
        no_one_yet = not self._person_named_before(a.source[0])
        for later in attributions:
            if later is a or later.source_root is None or later.sentence <= a.sentence:
                continue
            beyond = later.sentence - a.sentence > reach
            # ("The lawmaker who steered the law through parliament said …", then paragraphs that name no one,
            # then "Marloes van Dijkhuizen, the parliament's rapporteur, told …": the story's first name, further on.)
            unbroken = no_one_yet and later.sentence - a.sentence <= 2 * reach \
                and not self._person_named_between(a.end, later.source[0])
            # (After a description that speaks, a quotation of several sentences is one turn: the next
            # paragraph is within reach whatever its length.)
            if beyond and not unbroken and (
                    not first_named or self.doc[a.source_root].dep_ != "nsubj"
                    or len(_LINE_BREAKS.findall(doc_text(self.doc), a.end, later.start)) > 1):
                return None
            # ("The lawyer, Andrew Kessling, said": a name introduced in apposition to a description.)
            named = self.doc[later.source_root]
            if first_named and named.i not in self.index:
                named = next((c for c in named.children if c.dep_ == "appos" and c.i in self.index), named)
            holder = self.index.get(named.i)
            if holder is None or holder.type != "PERSON":
                continue
            if first_named and (named.pos_ != "PROPN" or any(
                    self.doc[m.start].idx < a.source[0] for m in holder.mentions)):
                return None
            # (not one the article gives another trade: "Agency administrator Omar Reyes" is no propulsion
            # lead; and past the reach, only someone it gives no position at all: not "Passenger Maureen Dale")
            called = self.doc[later.source_root] if is_role_noun(self.doc[later.source_root]) else _described_as(named)
            if not self._may_be_described(holder, self.doc[a.source_root], first_named=unbroken) \
                    or self._of_another_trade(holder, self.doc[a.source_root], called=called) \
                    or self._serves_another_body(holder, self.doc[a.source_root]) \
                    or beyond and not unbroken and holder.roles:
                return None
            return holder if self._claimed(holder, a) else None
        return None

    def _first_named_at(self, cluster: Cluster) -> int:
        """The character offset where the article first names ``cluster``."""
        return min(self.doc[m.start].idx for m in cluster.mentions)

    def _introduced_before(self, a: Attribution, attributions: list[Attribution],
                           holders: list[Cluster]) -> Cluster | None:
        """The person who speaks by name for the first time within the lede's reach after ``a``, if the story
        names them before any of ``holders``; the role is theirs."""
        for later in attributions:
            if later.source_root is None or later.sentence <= a.sentence:
                continue
            if later.sentence - a.sentence > _LEDE_REACH:
                return None
            named = self.doc[later.source_root]
            speaker = self.index.get(named.i)
            if speaker is None or speaker.type != "PERSON" or named.pos_ != "PROPN":
                continue
            # (not one the article gives another position: "Rosa Imbert, a retired schoolteacher,"; but "Martin
            # Feld, a partner at Feld Carraway LLP who led the litigation," may be the lead lawyer)
            root = self.doc[a.source_root]
            if speaker in holders or self._first_named_at(speaker) < a.source[1] \
                    or self._first_named_at(speaker) > min(self._first_named_at(h) for h in holders) \
                    or not self._may_be_described(speaker, root) or self._another_position(speaker, root):
                return None
            return speaker if self._claimed(speaker, a) else None
        return None

    @staticmethod
    def _another_position(person: Cluster, role: Token) -> bool:
        """Whether the article gives ``person`` a trade or post other than ``role`` ("a retired schoolteacher",
        "the Opposition leader"); an office in a firm ("a partner at Feld Carraway LLP") is none."""
        return bool(_trade_words(person) - {role.lower_}) \
            or any("opposition" in r.title.lower().split() for r in person.roles)

    def _aged(self, age: str, before: int) -> Cluster | None:
        """The person last given ``age`` before offset ``before``, as news prints it: "Jane Morton, 34,"."""
        aged = [c for c, ages in self._printed_ages(before).values() if age in ages]
        return aged[-1] if aged else None

    @cached_property
    def _ages(self) -> list[tuple[int, Cluster, str]]:
        """(offset, person, age) of every age news prints after a name ("Jane Morton, 34,"), in order: found
        once, when a description first asks for an age."""
        found = [(self.doc[m.start].idx, c, self.doc[m.end + 1].text) for c in self.clusters if c.type == "PERSON"
                 for m in c.mentions if m.end + 2 < len(self.doc) and self.doc[m.end].text == ","
                 and self.doc[m.end + 1].like_num and self.doc[m.end + 2].text == ","]
        return sorted(found, key=lambda entry: entry[0])

    def _printed_ages(self, before: int) -> dict[str, tuple[Cluster, set[str]]]:
        """Person id -> (the person, the ages printed for them before offset ``before``), the one given an
        age last, last."""
        ages: dict[str, tuple[Cluster, set[str]]] = {}
        for offset, person, age in self._ages:
            if offset < before:
                _, printed = ages.pop(person.id, (person, set()))
                ages[person.id] = (person, printed | {age})
        return ages

    def _described_speaker(self, a: Attribution, root: Token, previous: Attribution | None,
                           elsewhere: set[str], attributions: list[Attribution]) -> Cluster | None:
        """ "Villa manager Unai Emery was frustrated. “…,” the Spaniard said": a definite description that no
        one in the article holds as a role is found the way "he" is, except among people (ids in
        ``elsewhere``) who hold the role at another place ("Japan's foreign minister" is not "the South
        Korean minister")."""
        if not determined(root, "the") or self._kept_unnamed(a, root, attributions):
            return None  # "a minister said" is someone else
        if self._introduced_just_before(root, a):
            return None
        # ("“Never,” he said. / The prosecutor replied that …": who replies is not who spoke; and "The Dane said
        # Morel had been the most complete player" is not Morel.)
        if root.head.lemma_.lower() in _REPLYING and previous is not None and previous.speaker is not None:
            elsewhere = elsewhere | {previous.speaker.id}
        # ("The Frenchman said …" is not "Spain's Carlos Ruiz".)
        people = lexicons.people_of(root.lower_)
        if people is not None:
            elsewhere = elsewhere | {c.id for c in self.clusters if c.type == "PERSON" and (
                nationality := self._nationality(c)) and not any(_same_place(n, people) for n in nationality)}
        elsewhere = elsewhere | {self.index[t.i].id for start, end in a.content
                                 for t in self.doc.char_span(start, end, alignment_mode="expand") or ()
                                 if t.i in self.index and self.index[t.i].type == "PERSON" and _is_subject(t)}
        found = self._antecedent(root, previous,
                                 fits=lambda c: c.id not in elsewhere and self._may_be_described(c, root))
        if found is not None:
            return found
        # "Vaka told reporters … (a caption; the observatory's notice) … the scientist said": a description
        # reaches further back than a pronoun, to the last person who spoke.
        spoke = self._last_to_speak(a, attributions, lambda c: c.id not in elsewhere)
        return spoke if spoke is not None and self._may_be_described(spoke, root) else None

    @staticmethod
    def _last_to_speak(a: Attribution, attributions: list[Attribution], fits: Callable[[Cluster], bool],
                       reach: int | None = 2 * _PRONOUN_REACH) -> Cluster | None:
        """The person who spoke last before ``a``, within ``reach`` sentences (by default twice a pronoun's
        reach; None: any), of those that ``fits``."""
        spoke = [earlier.speaker for earlier in attributions if earlier.start < a.start
                 and (reach is None or a.sentence - earlier.sentence <= reach) and earlier.speaker is not None
                 and earlier.speaker.type == "PERSON" and fits(earlier.speaker)]
        return spoke[-1] if spoke else None

    def _may_be_described(self, person: Cluster, noun: Token, *, first_named: bool = False) -> bool:
        """Whether ``noun`` ("the athlete", "the pilot who flew over the site") can be another word for
        ``person``: not a description that picks out someone new by a clause of its own (unless ``person`` is
        the first the story names after it), nor another trade or station than the one the article gave them
        ("Coach Dan Reilly" is not "the athlete")."""
        if not first_named and any(c.dep_ == "relcl" and self.doc[c.left_edge.i - 1].text != ","
                                   for c in noun.children):
            return False
        lemma = noun.lemma_.lower()
        if lemma in _CONTESTANTS:  # "the winner": the one the article says won, whatever their trade
            return _CONTESTANTS[lemma] is not None and self._subject_of(person, _CONTESTANTS[lemma]) or any(
                lemma in r.title.lower().split() for r in person.roles)
        if lemma in _DOERS and self._did(person, _ROLE_VERBS[lemma]):
            return True
        if not (is_role_noun(noun) or lemma in _PERSON_NOUNS) or lemma in _KINDS_OF_WORK | _OPEN_TO_ANYONE:
            return True  # "the 58-year-old", "the Spaniard", "the scientist": no trade to clash with
        # (and no general kind of work: "a senior hurricane specialist" may be "the veteran forecaster")
        # (an elected office is no trade a former one clashes with: "a former fishing-boat captain" may be "our MP",
        # not "the engineer")
        known = _trade_words(person, also=_PERSON_NOUNS, past=lemma not in _ELECTED)
        words = _words_for_the_job(noun) | (_HEADS if lemma == "head" else set())
        # ("the fire chief" heads firefighters: an office named by the trade it leads)
        led = [c.lower_ for c in noun.children if c.dep_ == "compound"] if lemma in _OFFICES else []
        return not known or bool(known & words) or any(k.startswith(m) for m in led for k in known)

    def _subject_of(self, person: Cluster, verb: str) -> bool:
        """Whether the article makes ``person`` the subject of ``verb`` ("Rachel Dunmore won 1,146 votes")."""
        return any(self.index.get(t.i) is person and t.head.lemma_.lower() == verb and _is_subject(t)
                   for t in doc_tokens(self.doc) if t.i in self.index)

    def _did(self, person: Cluster, verb: str) -> bool:
        """Whether the article makes ``person`` the subject of ``verb`` ("Brenner founded the exchange") or
        says so in a clause after their name ("Feld, a former oncologist who co-founded Corvex", however the
        parse cut the hyphenated verb)."""
        return self._subject_of(person, verb) or any(
            t.lower_ == "who" and any(v.lemma_.lower() == verb for v in self.doc[t.i + 1 : t.i + 4])
            for mention in person.mentions for t in self.doc[mention.end - 1].subtree if t.i >= mention.end)

    def _serves_another_body(self, person: Cluster, noun: Token) -> bool:
        """Whether the roles the article gives ``person`` tie them to another organisation than ``noun``'s
        description does: "A spokesman for the ministry said …" is not "Union leader Tom Baker" (a body named
        on one side and a kind of body on the other may be one: "a drug company executive" and "vice president
        at Corvane Therapeutics")."""
        described = self._bodies(t for t in noun.subtree if t.i != noun.i)
        held: tuple[set[str], set[str]] = (set(), set())
        words: set[str] = set()
        for role in person.roles:
            span = self.doc.char_span(role.start, role.end, alignment_mode="expand")
            if span is not None and not any(t.lower_ in ("former", "ex") for t in span):
                words |= {t.lemma_.lower() for t in span}
                for mine, theirs in zip(held, self._bodies(span), strict=True):
                    mine |= theirs
        # ("The company's chief executive" is no "Analyst Sara Lind", "the minister" no "opposition leader", "the
        # senator" no "lawyer for the union".)
        lemma = noun.lemma_.lower()
        trades = {w for w in words if w in lexicons.words("person_roles") or w in lexicons.words("occupations")}
        # (but "Professor Alan Pryor, the vice-chancellor" heads the university he teaches at)
        if lemma in _OFFICES and words & _OUTSIDE_VOICES and not words & (_OFFICES | _HEADS) \
                or lemma in _GOVERNMENT_POSTS and (
                "opposition" in words or trades and not trades & (_GOVERNMENT_POSTS | _OFFICES)):
            return True
        # ("The head of the central bank" is no "Finance Minister Olga Petrov".)
        if described[1] & _BODIES_OUTSIDE_GOVERNMENT and words & _POLITICAL_POSTS:
            return True
        # (Initials that open the other's are one body: "DNC" and a "Democratic National Committee Chair" the
        # model took whole for the committee.)
        named_apart = described[0] and held[0] and not any(
            d.startswith(h) or h.startswith(d) for d in described[0] for h in held[0])
        kinds_apart = described[1] and held[1] and not described[1] & held[1]
        return bool(named_apart or kinds_apart) and not (described[0] and held[1] or described[1] and held[0])

    def _bodies(self, tokens: Iterable[Token]) -> tuple[set[str], set[str]]:
        """The organisations ``tokens`` name, each by its initials ("DNC" for the Democratic National Committee,
        which may be printed either way), and the kinds of body they name ("ministry")."""
        named, kinds = set(), set()
        for t in tokens:
            if t.i in self.index and self.index[t.i].type == "ORG":
                name = self.index[t.i].name
                named.add(name if name.isupper() else _capital_initials(name))
            elif t.lower_ in lexicons.words("org_nouns") and not t.ent_type_:
                kinds.add(t.lemma_.lower())
        return named, kinds

    def _named_in(self, a: Attribution, *, exclude: Cluster) -> bool:
        """Whether ``a``'s content names a person other than ``exclude`` ("said 18-year-old Aoife Byrne had
        earned her place", whom "the athlete" after it may be)."""
        return any(self.index[t.i].type == "PERSON" and self.index[t.i] is not exclude
                   for start, end in a.content for t in self.doc.char_span(start, end, alignment_mode="expand") or ()
                   if t.i in self.index)

    def _introduced_just_before(self, noun: Token, a: Attribution) -> bool:
        """Whether the sentence before ``a``'s brings in someone by ``noun`` with "a" ("Asked by a reporter
        whether …. The reporter said"): the description is that newcomer."""
        sentence = self.sentences[max(0, a.sentence - 1)]
        return any(t.lemma_.lower() == noun.lemma_.lower() and determined(t, "a", "an") for t in sentence)

    def _places(self, start: int, end: int) -> set[str]:
        """The places a stretch of text names, or whose people it names ("South Korean" is South Korea)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return set()
        names = [e.text for e in span.ents if e.label_ in _PLACE_ENTITIES]
        names += [t.text for t in span if not t.ent_type_ and t.lower_ in lexicons.places()]
        out = set()
        for name in names:
            key = name.lower().removeprefix("the ").removesuffix("'s").removesuffix("\u2019s")
            out.add(lexicons.places().get(key, key))
        return out

    @staticmethod
    def _other_portfolio(cluster: Cluster, role: str, portfolio: set[str]) -> bool:
        """Whether every title of the cluster's with ``role`` in it names a portfolio and none of ``portfolio``."""
        titles = [r.title.lower().split() for r in cluster.roles if role in r.title.lower().split()]
        # (compared by their first letters: "transport" and "Transportation", "defence" and "Defense")
        return bool(titles) and all(len(words) > 1 and not {w[:5] for w in words} & portfolio for words in titles)

    def _serves_elsewhere(self, cluster: Cluster, source: tuple[int, int]) -> bool:
        """Whether ``source`` names the organisation a role belongs to ("Athletic's manager") and every
        role of the cluster names another organisation or place and not that one."""
        span = self.doc.char_span(*source, alignment_mode="expand")
        named = {t.lower_ for t in span or () if (t.ent_type_ == "ORG" or t.pos_ == "PROPN" and "poss" in (
            t.dep_, t.head.dep_)) and not t.is_stop and t.is_alpha}
        if not named:
            return False
        names = [set(c.name.lower().split()) for c in self.clusters if c.type == "ORG"]
        held, owners, placed = set(), set(), 0
        for role in cluster.roles:
            words = self.doc.char_span(role.start, role.end, alignment_mode="expand") or ()
            held |= {t.lower_ for t in words if (t.ent_type_ == "ORG" or t.pos_ == "PROPN" and any(
                t.lower_ in name for name in names)) and not t.is_stop and t.is_alpha}
            # "The European Commission … Its president, Margit Kessler": the organisation "its" stands for.
            owner = self.doc[words[0].i - 1] if words and words[0].i > 0 else None
            if owner is not None and owner.lower_ in ("its", "their"):
                before = self._organisation_mentions[: bisect_left(self._organisation_mentions, (owner.i,))]
                owners |= {before[-1][1].id} if before else set()
            # ("French president": an office of a country, not of the European Council; but "Perth captain"
            # may well be the Scorchers skipper.)
            placed += any(t.ent_type_ == "NORP" for t in words)
        # ("The European Council president" is not the Commission's: the organisations, not their words.)
        in_source = {self.index[t.i].id for t in span or () if t.i in self.index and self.index[t.i].type == "ORG"}
        if in_source and owners:
            return not in_source & owners
        if in_source and cluster.roles and placed == len(cluster.roles) and not held:
            return True
        # "Wexford manager" and "the Rovers manager" both name Wexford Rovers.
        held |= {w for words in names if words & held for w in words}
        return bool(held) and not held & named

    def _place_agreement(self, cluster: Cluster, places: set[str]) -> bool | None:
        """Whether the cluster's roles put it at one of ``places``; None when its roles name no place."""
        held = {p for r in cluster.roles for p in self._places(r.start, r.end)}
        if not held or not places:
            return None
        return any(_same_place(p, q) for p in held for q in places)

    def _latest(self, clusters: list[Cluster], before: int) -> Cluster:
        """Of ``clusters``, the one mentioned last before offset ``before`` (else the first)."""
        def last_mention(cluster: Cluster) -> int:
            return max((self.doc[m.start].idx for m in cluster.mentions if self.doc[m.start].idx < before), default=-1)

        return max(clusters, key=last_mention)

    def _record_role(self, holder: Cluster, a: Attribution) -> None:
        span = self.doc.char_span(*a.source, alignment_mode="expand")
        if span is None:
            return
        tokens = [t for t in span if not (t.pos_ == "DET" and t.i == span.start)]
        if tokens:
            holder.add_role(self.doc[tokens[0].i : tokens[-1].i + 1].text, tokens[0].idx, span.end_char)

    def _about(self, a: Attribution, in_roles: list[tuple[int, int, Cluster]],
               previous: Attribution | None = None) -> list[Cluster]:
        """Whom ``a`` is about; ``in_roles``: (start, end, holder) of every role printed in the article;
        ``previous`` the statement before it."""
        about: list[Cluster] = []
        # "“My husband has waited eleven months … If his date is cancelled …”": a person the speaker
        # describes by a common noun is who "he" is in their words.
        described: set[str] = set()
        if a.kind == "direct":
            own_words = list(a.content) + (list(previous.content) if previous is not None and previous.kind == "direct"
                                           and previous.speaker is a.speaker and a.speaker is not None else [])
            described = {gender for s, e in own_words for t in self.doc.char_span(s, e, alignment_mode="expand") or ()
                         if t.pos_ == "NOUN" and (gender := lexicons.genders("gendered_words").get(t.lower_))}

        def add(cluster: Cluster | None) -> None:
            if cluster is not None and cluster is not a.speaker and cluster.type in ("PERSON", "ORG") \
                    and cluster not in about:
                about.append(cluster)

        named_target = None
        if a.cue_token is not None:
            for child in self.doc[a.cue_token].children:
                if child.dep_ == "prep" and child.lower_ in ("of", "about", "on"):
                    for pobj in child.children:
                        named_target = named_target or self.index.get(pobj.i)
                        add(self.index.get(pobj.i))
        # "SpaceX" in "billionaire and SpaceX founder Elon Musk" is part of Musk's role, not a subject.
        for s, e in a.content:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                if token.i in self.index:
                    if not any(start <= token.idx < end and holder is not self.index[token.i]
                               for start, end, holder in in_roles):
                        add(self.index[token.i])
                elif a.kind == "direct" and token.lower_ in _PERSONAL and \
                        _PRONOUN_GENDER[token.lower_] not in described:
                    # In someone's own words "he" is a third person: the person last named before.
                    add(named_target or self._third_person_before(a, _PRONOUN_GENDER[token.lower_]))
        return about

    def _third_person_before(self, a: Attribution, gender: str) -> Cluster | None:
        """The person last named before ``a`` (not its speaker) whom the pronoun's ``gender`` fits."""
        span = self.doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            return None
        for i in range(span.start - 1, -1, -1):
            cluster = self.index.get(i)
            if cluster is not None and cluster.type == "PERSON" and cluster is not a.speaker \
                    and self._gender(cluster) in (None, gender):
                return cluster
        return None

    def _dates_speech(self, start: int, a: Attribution) -> bool:
        """Whether the time expression at ``start`` is in the cue's clause or one about speaking ("Speaking
        on Tuesday, she said"), not in another event the sentence tells ("Asked about reports that the
        hinges had failed in March, she said")."""
        cue = a.cue_token
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        # "The union said on Tuesday it would strike": between the cue and what it says, wherever the
        # parse hung it.
        if span is None or self.doc[cue].idx < start < a.start:
            return True
        verb = governing_verb(span.root)
        return verb is None or verb.i == cue or verb.lemma_.lower() in _SPEECH_EVENTS \
            or verb.lemma_.lower() in lexicons.reporting_frames()

    def _dates(self, attributions: list[Attribution]) -> None:
        # A statement the article reports was made by then: "six weeks from now" does not date it.
        times = [t for t in (self.doc._.times or []) if t.value and t.granularity in ("day", "time", "week", "month")
                 and t.relation != "future"]
        previous: Attribution | None = None
        for a in attributions:
            if a.cue_token is not None:
                sentence = self.sentences[a.sentence]
                # Not a date inside the content, nor one that tells about the source ("Baker, who was
                # convicted in May, said …").
                source = set() if a.source_root is None else {
                    t.idx for t in self.doc[a.source_root].subtree}
                outside = [t for t in times if sentence.start_char <= t.start < sentence.end_char
                           and not any(s <= t.start < e for s, e in a.content) and t.start not in source
                           and self._dates_speech(t.start, a)]
                if outside:
                    cue_at = self.doc[a.cue_token].idx
                    a.when = min(outside, key=lambda t: abs(t.start - cue_at)).value
            if a.when is None and previous is not None and previous.speaker is a.speaker \
                    and a.speaker is not None and a.sentence - previous.sentence <= 2:
                a.when = previous.when
            previous = a


@Language.factory("newsgraph_speakers", requires=["doc._.attributions", "doc._.entity_clusters"],
                  assigns=["doc._.attributions"])
def make_speakers(nlp: Language, name: str) -> SpeakerComponent:
    return SpeakerComponent()


class SpeakerComponent:
    version = "154"

    def __call__(self, doc: Doc) -> Doc:
        SpeakerResolver(doc).resolve(doc._.attributions or [])
        return doc
