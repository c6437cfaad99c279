"""Entities within one article: types corrected, mentions grouped under one canonical name.

The statistical NER is a starting point. This component:

* corrects types by the company a name keeps: a name in apposition with, or bracketed before, an
  organisation noun ("Russia's space agency, Roscosmos"; "[Russia's nuclear agency] Rosatom") is an
  organisation, so is a name ending in one ("Union", "Fund"), a camel-cased brand ("SpaceX") tagged as
  a person, and a name that modifies "founder" or "owner" ("SpaceX founder");
* adds names the model missed in those same positions;
* groups mentions: "Musk" and "Mr. Musk" join "Elon Musk" when that is the only full name they fit,
  including bare surnames the model did not tag or tagged with another type;
* makes each group's type the one its strongest evidence gives.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.layout import datelines, headline_line, lede_line
from newsgraph.nlp.headlines import headline_speakers, title_case_first_line
from newsgraph.nlp.syntax import determined, doc_text, doc_tokens, what_it_is_according_to
from newsgraph.nlp.timex import TIME_ZONES

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}
# (and a religious title: "Sister Philomena Gallagher", "Fr Tom Deasy"; and India's: "Smt. Kiran Bala Sinha", "Shri.
# Ramesh Pandey", with their stops)
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "miss", "comrade",
              "sister", "father", "fr", "fr.", "smt", "smt.", "shrimati", "shri.", "sri.", "kum.",
              # Malaysia's titles ("Datuk Harvinder Singh Gill", "Datin Suraya binti Ahmad"; "Tan Sri" and "Puan Sri"
              # in two words: see _TWO_WORD_HONORIFICS), the pilgrim's in West Africa ("Alhaji Rasheed Okewole") and
              # a Yoruba chief's ("Otunba Femi Olanrewaju"); not "Tun" or "Haji", which are names too ("Tun Tun
              # Naing", "Mohamed Haji")
              "datuk", "datin", "dato", "dato'", "dato\u2019", "alhaji", "alhaja", "otunba"}
# (the first word of each: "Tan Sri Kamaruddin bin Yusof" is Kamaruddin bin Yusof, "Tan Wei Ming" a name)
_TWO_WORD_HONORIFICS = {("tan", "sri"), ("puan", "sri"), ("datuk", "seri"), ("dato'", "sri"), ("dato\u2019", "sri"),
                        ("toh", "puan")}
# India's without a stop, which open the names of places and bodies too ("Sri Lanka", "Shri Ram College"): only
# before a person's name.
_HONORIFICS_BEFORE_PEOPLE = HONORIFICS | {"shri", "sri"}
# A judge's style after an honorific ("Mrs Justice Harcourt", "Lord Justice Pryor"): part of it, not of the name.
_JUDGES_STYLE = "Justice"
_SAINTS = {"St", "St.", "Saint", "Ste", "Ste."}
_SAINTS_OF_TOWNS = {"São", "San", "Santa", "Santo", "Sankt"}
_JUDGES_HONORIFICS = HONORIFICS | {"lord", "lady"}
# Police ranks as printed before a name ("DI Calloway", "SP Tunde Olaniyan"), in capitals: as such, never initials.
_POLICE_RANKS = {"PC", "DC", "DS", "DI", "DCI", "DSI", "DSU", "PCSO", "SP", "ASP", "DSP", "CSP", "ACP", "DCP", "CP",
                 "AIG", "DIG", "IGP"}
# A member of parliament's style, before a person's given name and surname ("Hon Mereana Paki").
_STYLES = {"hon", "hon."}
# A chief's or a ruler's title in West Africa, printed before a name of two words or more: "Nana Kwadwo Asiedu III"
# is Kwadwo Asiedu III (but "Nana Mouskouri" is a name).
_CHIEFLY_TITLES = {"nana", "togbe", "otumfuo", "oba", "nii", "naa"}
# What follows "His", "Her", "Your" or "Their" before a name ("Her Excellency Aminata Sow Ndiaye").
_COURTESY_TITLES = {"excellency", "highness", "majesty", "eminence", "holiness", "lordship", "ladyship", "grace"}
_COURTESY_POSSESSIVES = {"his", "her", "your", "their"}
_CLUB_OPENINGS = {"sporting", "atletico", "atlético", "athletic", "dynamo", "dinamo", "olympique", "racing",
                  "deportivo", "borussia", "inter", "fc", "afc", "cf", "cd", "sc", "ss", "ac", "as", "rc", "vfb", "vfl",
                  "sv", "tsg", "rb", "psv", "ajax", "celtic", "rangers"}
# Letters that open a club's name and no one's initials ("FC Rheinfeld", "SV Altenau"; not "SS Rajamouli").
_CLUB_LETTERS = {"FC", "AFC", "SV", "VfB", "VfL", "TSG", "PSV", "RB", "CF", "CD"}
# Words for a person's relatives.
KINSHIP = frozenset({"husband", "wife", "partner", "son", "daughter", "mother", "father", "brother", "sister", "widow",
                     "widower", "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew",
                     "niece", "cousin", "fiance", "fiancee", "girlfriend", "boyfriend"})
# What is named after a person and is none ("the Sharon Statement", "the Marshall Plan").
_NAMED_DOCUMENTS = {"statement", "act", "law", "plan", "report", "doctrine", "declaration", "agreement", "accord",
                    "treaty", "award", "prize", "cup", "trophy", "rule", "amendment", "bill", "memo", "letter"}
# What ends the name of an event or a prize, and no person's ("the Northlight Music Awards", "the Harrowfield
# Festival").
_EVENT_HEADS = {"awards", "prize", "prizes", "festival", "games", "championship", "championships", "cup", "trophy",
                "olympics", "marathon", "biennale", "expo", "summit"}
# Words glued to a name by a hyphen to make another word ("Ruiz-led", "Volkov-era", "Trump-style").
_MADE_OF_A_NAME = {"led", "backed", "based", "era", "appointed", "owned", "style", "like", "born", "run", "funded",
                   "controlled", "linked", "allied", "aligned", "inspired", "themed", "sponsored", "friendly", "free",
                   "made", "designed", "leaning", "affiliated", "related", "dominated", "supported", "endorsed",
                   "brokered", "chaired", "founded", "built", "esque", "ish", "ism", "ist", "ite", "type", "sized"}
# Words that end a club's name as they end a town's ("Harcourt City", "Fenbridge Town"), and who a club has: what
# tells the one from the other ("Harcourt City striker Tyrese Calloway", "Harcourt City's top scorer").
_CLUB_ENDINGS = {"city", "united", "town", "county", "athletic", "rovers", "wanderers", "albion", "rangers"}
_SQUAD = {"striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "fullback", "captain",
          "skipper", "manager", "boss", "coach", "player", "scorer", "squad", "substitute", "academy"}
_LEGAL_FORM = re.compile(r",?\s+(?:(?:pvt|private)\.?\s+)?"
                         r"(inc|ltd|llc|plc|corp|co|ag|sa|nv|gmbh|limited|incorporated)\.?$", re.I)
# Bodies named after the place they serve ("Witney Town Council"), whose first word stays the place.
_PLACE_NAMED_BODIES = {"council", "police", "county", "city", "town", "university", "college", "school", "hospital",
                       "airport", "port", "station", "club", "fc", "united", "rovers", "parliament", "assembly",
                       "government", "court", "board", "authority", "trust", "diocese", "church"}
_GENERIC_BODIES = {"company", "firm", "office", "group", "business", "organisation", "organization", "corporation"}
# Words that open the name of a club or a business named after its founder ("Atelier Keller", "Studio Ghibli").
# (and a party's name in its own language: "Parti Horizon", "Partido Verde", "Partei der Arbeit")
_KIND_OPENINGS = _CLUB_OPENINGS | {"atelier", "maison", "studio", "studios", "parti", "partido", "partito", "partei",
                                   "partij", "partia", "partidul", "unión", "unió", "unione", "alianza", "alleanza",
                                   "frente"}
_NAMED_STORMS = {"storm", "hurricane", "typhoon", "cyclone"}
_BUILDING_OPENINGS = {"palazzo", "palais", "schloss", "castello", "castillo", "château", "chateau", "piazza", "plaza",
                      "praça", "rue", "via", "calle", "casa", "quinta"}
_AFFILIATED_BODIES = {"trust", "foundation", "union", "association", "society", "charity", "committee", "fund",
                      "institute", "academy", "museum", "party", "federation"}
_CORPORATE_BELONGINGS = {"ceo", "cfo", "shareholders", "headquarters", "subsidiary", "subsidiaries", "founder",
                         "co-founder", "cofounder"}
_FOUNDED_BY = {"founder", "cofounder", "co-founder", "owner", "ceo", "shareholder", "subsidiary", "maker"}
# A brand's inner capital ("SpaceX", "YouTube"); surnames have theirs after a prefix ("McBride", "MacArthur",
# "DiCaprio", "DeSantis", "LaGuardia", "VanDyke").
_CAMEL = re.compile(r"^(?!(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z]\w*$")
_SCORE_DASHES = frozenset({"-", "\u2013"})
# The last words of newspapers' names ("the Eastvale Courier", "The Harbour Times", "The Sunday Ledger").
NEWSPAPER_TITLES = frozenset({"courier", "times", "post", "herald", "gazette", "tribune", "telegraph", "guardian",
                              "chronicle", "standard", "mail", "express", "observer", "record", "ledger", "advertiser",
                              "star", "sun", "globe", "examiner", "inquirer", "independent", "argus", "mercury", "echo",
                              "dispatch"})
_SUFFIXES_OF_FIRMS = frozenset({"inc", "ltd", "llc", "llp", "corp", "co", "plc", "sa", "ag", "nv", "gmbh", "lp"})
# Titles a company takes as well as a person: "Varnholt, the German chip designer", "the biggest player in
# the market", "commodities trader Glencore".
_FIRMS_TOO = {"designer", "player", "trader"}
# What a country is divided into, after a division's name ("Dhemaji district").
_DIVISIONS = {"district", "county", "province", "prefecture", "municipality", "region", "governorate", "oblast"}
_LOCATIVE = {"in", "near", "outside", "across", "around", "throughout"}
_UNDOTTED_TITLES = {"cllr", "det", "insp", "supt", "sgt", "cmdr", "adm", "atty", "capt", "lt"}
_SMALL_WORDS = {"of", "the", "and", "for", "&", "in", "on"}
#: Seats of government by the first word of their name.
_SEATS_OF_GOVERNMENT = {seat[0]: (seat,) for seat in (
    ("downing", "street"), ("white", "house"), ("kremlin",), ("pentagon",), ("elysee",), ("élysée",), ("whitehall",),
    ("holyrood",), ("stormont",), ("zhongnanhai",))}
_STATE_BODIES = {"ministry", "government", "embassy", "consulate", "military", "army", "navy", "parliament",
                 "cabinet", "presidency"}
# What a body names a part of itself by ("the Cricket Australia integrity unit", "the Vossberg works council").
_UNITS = {"unit", "division", "department", "committee", "panel", "board", "commission", "team", "council", "office",
          "taskforce", "desk"}
# What a council the page names in lower case may be the council of ("the Petrinos municipal council").
_COUNCIL_KINDS = {"city", "town", "municipal", "county", "district", "parish", "village", "borough", "regional",
                  "provincial", "band", "community", "tribal", "island"}
_NEIGHBOURING = {"neighbouring", "neighboring", "nearby"}  # "visitors drive to neighbouring Porthaven"
_MOVING = {"move", "relocate", "emigrate", "flee", "travel"}  # "moved to Ghent"
_COMING = {"fly", "come", "arrive", "travel", "drive", "flee", "hail"}  # "flew in from Gifu"
_WHAT_FIRMS_DO = {"run", "operate", "own", "employ", "manage", "make", "sell", "build", "supply", "provide"}
_PLACE_FEATURES = {"harbour", "harbor", "seafront", "waterfront", "promenade", "streets", "outskirts", "suburbs",
                   "skyline", "shoreline", "coastline", "quayside"}
_GOVERNED_FROM = {"governor", "mayor", "premier", "mayoress", "provost", "burgomaster"}
_PLACE_NOUNS = {"town", "city", "village", "province", "region", "state", "county", "country", "district",
                "municipality", "island", "borough", "suburb", "parish", "commune", "canton", "republic"}


@dataclass
class Mention:
    start: int  # token index
    end: int
    label: str
    strong: bool = False  # type set by a rule rather than the statistical model


@dataclass
class Role:
    title: str
    start: int  # character offsets
    end: int
    former: bool = False  # the article says it was held, not that it still is ("former senator", "was a senator")


@dataclass
class Cluster:
    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    def add_role(self, title: str, start: int, end: int, *, former: bool = False) -> None:
        title = title.strip(" ,.;:[]()")
        if title and not any(r.title.lower() == title.lower() for r in self.roles):
            self.roles.append(Role(title, start, end, former))


_REGION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                           "mid", "upper", "lower", "greater", "inner", "outer", "new", "old", "great", "little",
                           "metropolitan", "rural", "downtown", "coastal"})


def name_of(span: Span) -> str:
    tokens = list(span)
    # ("A European Commission spokesperson": the article is no part of the name.)
    while tokens and (tokens[0].lower_ == "the" or tokens[0].lower_ in HONORIFICS
                      or tokens[0].lower_ in ("a", "an") and tokens[0].dep_ == "det"):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text


def _org_head(token: Token) -> bool:
    return token.lower_ in lexicons.words("org_nouns") and token.pos_ in ("NOUN", "PROPN")


def _inside_role(noun: Token, *, full_name: bool = False) -> bool:
    """ "The head of the Steel Producers Association, Ivo Marek": after an organisation already named,
    the name is the person holding the role (after "the head of Russia's space agency, Roscosmos", the
    name is the agency's; but a person's full name after "the prefect of the Haut-Vernon department"
    is the prefect's)."""
    preposition = noun.head
    return (noun.is_title or full_name) and noun.dep_ == "pobj" and preposition.lower_ == "of" and \
        lexicons.unaccented(preposition.head.lower_) in lexicons.words("person_roles")


def _place_evidence(doc: Doc, start: int, end: int, surnames: set[str] = frozenset()) -> bool:
    """ "the town of Holloway Cross", "the province of Kestrelmoor": named as a place; "on Whitby’s harbour
    front", "Porthaven's streets": a one-word name, no one's surname, owning what only a place has (not
    "Griffin's waterfront estate")."""
    root = doc[start:end].root
    if root.dep_ == "poss":
        feature = root.head if root.head.lower_ != "front" else next(
            (c for c in root.head.children if c.dep_ == "compound"), root.head)
        return end - start == 1 and root.text not in surnames and feature.lower_ in _PLACE_FEATURES
    # (and "the governor of Eastern Samar", "the mayor of Port Ellery": what a governor or mayor is of)
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == start - 2 and (
        root.head.head.lower_ in _PLACE_NOUNS
        or root.head.head.lower_ in _GOVERNED_FROM and not any(_org_head(t) for t in doc[start:end]))


# What ends the name of a place and no one's ("Samar Island", "Halvorsen Harbour"), and what ends a place's
# name as it ends a surname ("Ellery Shore" but "Michael Bay").
_LANDFORMS = {"island", "islands", "peninsula", "valley", "mountains", "strait", "gulf", "archipelago", "delta",
              "plateau", "highlands", "harbour", "harbor", "fjord", "estuary", "bight", "lagoon", "atoll", "glacier"}
_LANDFORMS_AND_SURNAMES = {"river", "bay", "lake", "shore", "coast", "creek", "sound"}
# What a place's name may modify, lower case ("the Lugg catchment", "the Severn valley").
_LAND_AROUND = _LANDFORMS | {"catchment", "basin", "floodplain", "watershed", "river", "coast"}


def _named_as_a_place(doc: Doc, ent: Span) -> bool:
    """ "neighboring Samar", "Samar Island", "Ellery Shore", "the Lugg catchment": a name next door to
    somewhere, ending in a landform (after no one's given name that tells a sex: not "Michael Bay") or naming
    the land around it."""
    if ent.start > 0 and doc[ent.start - 1].lower_ in _NEIGHBOURING and doc[ent.start - 1].head.i in range(
            ent.start, ent.end):
        return True
    if ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].lower_ == "the" \
            and doc[ent.end].lower_ in _LAND_AROUND and doc[ent.end].is_lower:
        return True
    # ("São Paulo", "San Sebastián", "Santa Cruz": a town named after a saint in the languages that name their
    # towns so, where English keeps "St" for the saint; not "Santa Claus", nor "San Miguel Brewery")
    if len(ent) >= 2 and ent[0].text in _SAINTS_OF_TOWNS and ent[1].is_title and ent[1].lower_ != "claus" \
            and not _org_head(ent[-1]):
        return True
    return len(ent) >= 2 and ent[-1].is_title and (
        ent[-1].lower_ in _LANDFORMS
        or ent[-1].lower_ in _LANDFORMS_AND_SURNAMES and lexicons.given_name_gender(ent[0].text) is None)


def _has_demonym(ent: Span, demonyms: set[str], surnames: set[str]) -> bool:
    """ "Tavaria shipped 1.1 million scooters … Tavarian officials": a one-word name, no one's surname, whose
    people the article names by an adjective made from it, is a country."""
    name = ent.text
    return len(ent) == 1 and name not in surnames and len(name) > 3 \
        and name.lower() not in lexicons.genders("first_names") and bool(
        {name + "n", name + "an", name + "ian", name[:-1] + "ian"} & demonyms)


def _particle_name(ent: Span) -> bool:
    """ "Maria van der Berg", "the team's directeur sportif, Bram de Clercq,": a given name (one we know, or
    one in apposition to what is no organisation), then a surname with its particles in lower case."""
    words = [t.text for t in ent]
    if len(words) < 3 or not words[-1].istitle() or not all(w in NAME_PARTICLES for w in words[1:-1]):
        return False
    root = ent.root
    return words[0].lower() in lexicons.genders("first_names") or root.dep_ == "appos" \
        and root.head.lower_ not in lexicons.words("org_nouns")


def _based_in(doc: Doc, end: int) -> bool:
    """ "Piraeus-based Kestrel Tankers", "a Lyon-born chef": where something is based or someone born (said
    of a name the model took for a person or a building, not of "Irish-born" or "Harvard-based")."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ("based", "born", "headquartered")


def _given_names_before(doc: Doc, start: int) -> int:
    """Where a name starts once the capitalised words the model left out before it are taken back
    ("EU antitrust chief [Margarethe] Lindqvist"): proper nouns compounded onto it, titles aside."""
    root = doc[start]
    while start > 0 and root.i - start < 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and doc[start - 1].dep_ == "compound" and not doc[start - 1].ent_type_ \
            and doc[start - 1].lower_ not in lexicons.words("person_roles"):
        start -= 1
    return start


def _compound_given_name(ent: Span) -> bool:
    """ "Jean-François Tremblay-Laroche", "Marie-Ève de Montigny": a name that opens with given names joined by a
    hyphen (which the registers do not list whole) and goes on in capitals."""
    return len(ent) >= 4 and ent[1].text == "-" and not ent[0].whitespace_ and not ent[1].whitespace_ \
        and lexicons.is_given_name(f"{ent[0].text}-{ent[2].text}") and ent[2].whitespace_ == " " \
        and all(t.is_title or t.text == "-" or t.lower_ in NAME_PARTICLES for t in ent[3:])


def _person_evidence(doc: Doc, start: int, end: int) -> bool:
    """ "Delgado, the mayor," / "the mayor, Delgado," / "EU antitrust chief Margarethe Lindqvist": a
    person's title in apposition or just before the name."""
    root = doc[start:end].root
    roles = lexicons.words("person_roles")
    titled = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < start:
        titled.append(root.head)
    first = _given_names_before(doc, start)
    if first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == root.i:
        titled.append(doc[first - 1])
    return any((t.lower_ in roles or t.lemma_.lower() in roles) and t.lower_ not in _FIRMS_TOO for t in titled)


def _org_evidence(doc: Doc, start: int, end: int, *, full_name: bool = False) -> bool:
    """Whether the company the name keeps makes it an organisation; ``full_name``: the model read it as
    a person's name of two or more words."""
    span = doc[start:end]
    root = span.root
    if any(_org_head(t) and t.is_title for t in (doc[end - 1], root)):
        return True
    # "Sporting Almeida", "Dynamo Brest", "Atelier Keller": a club's or a house's name opens with its kind.
    if end - start >= 2 and (doc[start].lower_ in _KIND_OPENINGS and doc[start].is_title
                             or doc[start].text in _CLUB_LETTERS):
        return True
    if root.dep_ == "appos" and _org_head(root.head) and not _inside_role(root.head, full_name=full_name):
        return True
    # ("Parents for Open Shelves, a statewide group": the parse may hang the apposition off the name's end.)
    if any(child.dep_ == "appos" and child.i >= end and _org_head(child) for token in span for child in token.children):
        return True
    if root.dep_ == "compound" and root.head.lower_ in _FOUNDED_BY:
        return True

    # "general director of Lesteplo", "the founder of Qingyun", "chief executive of Tasman Ironsands": what only a
    # company has, after "of" (not a place that opens a longer name: "founder of Iraq and Afghanistan Veterans of
    # America").
    if (len(span) == 1 or not lexicons.is_given_name(span[0].text)) and root.dep_ == "pobj" \
            and root.head.lower_ == "of" and _heads_a_firm(root.head.head) \
            and not (end < len(doc) and doc[end].lower_ in ("and", "&")):
        return True
    # "Lumora's chief executive", "Lumora's shareholders": what only a company has.
    if len(span) == 1 and root.dep_ == "poss" and (root.head.lower_ in _CORPORATE_BELONGINGS
                                                    or _chief_officer(root.head)):
        return True
    # "the ferry operator Westerly Isles Shipping": an organisation noun in lower case right before the name.
    if start > 0 and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
            and doc[start - 1].is_lower and _org_head(doc[start - 1]):
        return True
    # "[Russia's nuclear agency] Rosatom": an organisation noun bracketed just before the name
    if start >= 2 and doc[start - 1].text in ")]" and any(
            _org_head(t) for t in doc[max(0, start - 6) : start - 1]):
        return True
    return False


def _chief_officer(noun: Token) -> bool:
    """ "chief executive", "chief officer"."""
    return noun.lower_ in ("executive", "officer") and any(c.lower_ == "chief" for c in noun.children)


def _heads_a_firm(noun: Token) -> bool:
    """ "general director", "chief executive", "founder", "owner": a post only a company (or a body) has."""
    return noun.lower_ in _FOUNDED_BY or noun.lower_ in ("chairman", "chairwoman") or _chief_officer(noun) \
        or noun.lower_ == "director" and any(c.lower_ in ("general", "managing") and c.dep_ in ("amod", "compound")
                                             for c in noun.children)


# Offices only a country has: its minister of culture is "the culture minister of Dambara".
_OFFICES_OF_STATE = {"minister", "ministry", "ambassador", "embassy", "envoy", "consul", "consulate", "government",
                     "parliament", "president", "king", "queen", "prime"}
_OFFICES_OF_TOWNS = {"mayor", "mayoress", "provost", "burgomaster", "alcalde", "sheriff"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Words cut short before a place's name: "St. Paul", "Ste. Genevieve", "Ft. Worth", "Mt. Vernon".
_PLACE_PREFIXES = {"st", "ste", "ft", "mt"}
# Letters after a name that are an office or an honour, not the name ("Jonathan Pryce KC", "Grace Owuor SC",
# "Ann Kerr MP").
_POST_NOMINALS = {"kc", "qc", "sc", "mp", "msp", "mep", "td", "obe", "mbe", "cbe", "phd", "ph.d.", "esq", "esq."}


def _without_suffix(words: list[str]) -> list[str]:
    """ "Joseph R. Biden Jr." without its generational suffix."""
    return words[:-1] if len(words) > 1 and words[-1].lower() in _SUFFIXES else words


def _surname(words: list[str]) -> str:
    return _without_suffix(words)[-1]


def _generation(words: list[str]) -> str | None:
    """ "Jr" of "Frank Mahler Jr." (or "Frank Jr"), None for a name with no generational suffix."""
    return words[-1].lower().rstrip(".") if len(words) > 1 and words[-1].lower() in _SUFFIXES else None


def _person_in_other_span(doc: Doc, start: int, end: int, surnames: set[str]) -> tuple[int, int] | None:
    """ "Trump of the Republican primaries", "the Washington Post Trump", "Melania Trump" typed as an
    organisation or a title: the span of the person (a surname the article gives in full) in it."""
    if end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    while end - start > 1 and doc[start].pos_ == "DET":
        start += 1
    while end - start > 1 and doc[end - 1].is_quote:
        end -= 1
    words = doc[start:end]
    if len(words) < 2 or words[-1].lower_ in lexicons.words("org_nouns"):
        return None  # "Trump Foundation", "Trump University"
    # "Trump of the primaries", "Trump accused Holt", but not "the Trump campaign", which is not him.
    if words[0].text in surnames and words[1].pos_ not in ("NOUN", "PROPN", "ADJ") and not words[1].is_title:
        return start, start + 1
    if words[-1].text in surnames and words[-2].pos_ in ("PROPN", "NOUN") and (
            words[-2].is_title or words[-2].text in _POLICE_RANKS):
        # Two words are a relative's name ("Melania Trump"), more are a phrase the name ends.
        return (start, end) if len(words) == 2 else (end - 1, end)
    return None


_NAMING_VERBS = {"know", "nickname", "dub"}  # (not "a group called “Mothers Against Knife Crime”")
_CALLING_VERBS = _NAMING_VERBS | {"call"}  # (after whom it names: "calls her Txiki")
# What someone does under a stage or ring name ("performs as “MIRRA”", "fought as “The Hammer”").
# (not "will compete as “AIN”", a team's or a flag's name)
_PERFORMING = {"perform", "sing", "record", "rap", "fight", "wrestle", "box"}


def _generic_body(doc: Doc, i: int) -> bool:
    """ "Company plans to submit …" (a press release's bullet): a common noun for an organisation, capitalised
    only because it opens its sentence or line, is no organisation's name (but "the retailer Office" is)."""
    before = doc[i - 1] if i > 0 else None
    return doc[i].lower_ in _GENERIC_BODIES and (
        before is None or doc[i].is_sent_start or "\n" in before.text_with_ws or before.text in ("-", "*", "\u2022"))


def _quotation_mark(token: Token) -> bool:
    """A quotation mark, not the apostrophe of a plural's possessive ("the Food and Allied Workers’ Union")."""
    return token.is_quote and token.tag_ != "POS" and not (
        token.text in "'\u2019" and token.i > 0 and token.doc[token.i - 1].text.endswith("s")
        and not token.doc[token.i - 1].whitespace_)


def _opening_mark(doc: Doc, ent: Span) -> int | None:
    """Where the quotation mark that opens right before ``ent`` is, past an article ("nicknamed 'the Metronome'",
    "known as «il Notaio»")."""
    start = ent.start - 1 if ent.start > 1 and doc[ent.start - 1].lower_ in lexicons.NAME_ARTICLES else ent.start
    return start - 1 if start > 0 and doc[start - 1].is_quote else None


def _in_own_quotes(doc: Doc, ent: Span) -> bool:
    # (The model may take the closing mark in: "nicknamed 'the Pellham Houdini'"; a comma or full stop may come
    # before it: "“El agua llega cuando quiere,” he said".)
    end = ent.end + 1 if ent.end + 1 < len(doc) and doc[ent.end].text in (",", ".") else ent.end
    return _opening_mark(doc, ent) is not None and end < len(doc) and (
        doc[end].is_quote or len(ent) > 1 and doc[ent.end - 1].is_quote)


def _nickname(doc: Doc, ent: Span) -> bool:
    """ "the schoolteacher, known to supporters as “Masterji”", "nicknamed “the Bulldozer”": what someone
    is called, in quotation marks after a naming verb, is not another person (nor a thing of its own)."""
    mark = _opening_mark(doc, ent)
    if mark is None or mark < 1 or not _in_own_quotes(doc, ent):
        return False
    before = doc[mark - 1]
    verb = before.head if before.lower_ == "as" else before
    # ("Islanders have called him “the Lamplighter”": after whom it names.)
    if before.dep_ == "dobj" and before.pos_ == "PRON" and before.head.lemma_.lower() in _CALLING_VERBS:
        return True
    return verb.lemma_.lower() in _NAMING_VERBS and verb.tag_ == "VBN"


def _without_article(name: str) -> str:
    """ "il Notaio" as "Notaio": a nickname without the article the model may take in or leave out."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in lexicons.NAME_ARTICLES else name


def _nicknames_given(doc: Doc) -> dict[str, list[str]]:
    """ "Ranieri is known in the Italian papers as «il Notaio»", "Brivio, nicknamed “Il Professore”": each
    nickname the article gives a person it names in the same sentence -> that person's name as printed there."""
    given: dict[str, list[str]] = {}
    for verb in doc_tokens(doc):
        if verb.lemma_.lower() not in _NAMING_VERBS or verb.tag_ != "VBN":
            continue
        # ("The show's co-host, Tyler Marchetti, is known to listeners as "T-Bone"": the name, of the subjects the
        # parse gave the description and the name)
        subjects = sorted((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")),
                          key=lambda c: c.pos_ != "PROPN")
        named = subjects[0] if subjects else None
        if named is None and verb.dep_ in ("acl", "relcl", "appos"):
            named = verb.head
        opening = next((t for t in doc[verb.i + 1 : min(verb.i + 8, len(doc))] if t.is_quote), None)
        if named is None or named.pos_ != "PROPN" or not named.is_title or opening is None:
            continue
        words = _quoted_words(doc, opening.i, reach=6)
        if not words or not all(t.is_title or t.text == "-" for t in words):
            continue
        given.setdefault(doc[words[0].i : words[-1].i + 1].text, _printed_name(doc, named))
    given.update(_called_by_pronoun(doc))
    given.update(_stage_names(doc))
    for nickname, person in _called_in_quotes(doc).items():
        given.setdefault(nickname, person)
    return given


def _called_in_quotes(doc: Doc) -> dict[str, list[str]]:
    """ "Teammates call the 38-year-old catcher, Bartolo Reyes, “Abuelo,”": a quoted name the article says someone
    it names there is called by -> that person's name as printed."""
    given: dict[str, list[str]] = {}
    for verb in doc_tokens(doc):
        if verb.lemma_.lower() not in _CALLING_VERBS or verb.tag_ not in ("VB", "VBP", "VBZ", "VBD"):
            continue
        called = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if called is None:
            continue
        person = called if called.pos_ == "PROPN" and called.is_title else next(
            (c for c in called.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_title), None)
        opening = next((t for t in doc[person.i + 1 : min(person.i + 4, len(doc))] if t.is_quote), None) \
            if person is not None else None
        words = _quoted_words(doc, opening.i, reach=5) if opening is not None else []
        if not words or not all(t.is_title or t.text == "-" for t in words):
            continue
        given.setdefault(doc[words[0].i : words[-1].i + 1].text, _printed_name(doc, person))
    # (as printed, where the parse lost the verb: "Parents in Corliss call Dr. Beverly Tate "Doc Bev."", or the
    # name: "Fans know Park Ji-yu, the group's main vocalist, as “Yuna.”", or an age came between: "The workers
    # call Ernesto Dizon, 58, “Mang Jun,”", or the surname alone of a name the page prints in full: "Teammates have
    # called Fowler ‘Chook’", not "Locals have called Lagos ‘Eko’")
    text = doc_text(doc)
    for match in _CALLED_AS_PRINTED.finditer(text):
        name = [w for w in match.group("name").split() if w.lower() not in HONORIFICS]
        if len(name) >= 2 or name and re.search(rf"\b[A-Z][\w'\u2019-]+ {re.escape(name[0])}\b", text):
            given.setdefault(match.group("nickname"), name)
    return given


_CALLED_AS_PRINTED = re.compile(
    r"\b(?:call|calls|called|(?P<knowing>know|knows|knew))\s+(?P<name>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+)"
    r"(?:,\s+\d{1,3}(?=,))?(?:,\s+(?:the|a|an|his|her|their|its)\s[^,\"\u201c\u201d\n]{1,60}?)?,?\s+(?(knowing)as\s+)"
    r"[\"\u201c\u2018'](?P<nickname>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})[.,]?[\"\u201d\u2019']")


def _called_by_pronoun(doc: Doc) -> dict[str, list[str]]:
    """ "Itziar Garmendia scored twice. Everyone in the squad calls her Txiki.": a name the article says someone
    is called by, unquoted after "him" or "her", is the nickname of the person it last named (in that sentence or
    the one before) -> that person's name as printed."""
    given: dict[str, list[str]] = {}
    for verb in doc_tokens(doc):
        if verb.lemma_.lower() not in _CALLING_VERBS:
            continue
        nickname = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN" and c.is_title), None)
        quoted = _quoted_name_after(doc, verb.i + 2) if verb.i + 1 < len(doc) \
            and doc[verb.i + 1].lower_ in ("him", "her") else None
        if quoted is None and (nickname is None or not any(
                t.lower_ in ("him", "her") and t.head.i in (verb.i, nickname.i) for t in doc[verb.i + 1 : nickname.i])):
            continue
        sentence = verb.sent
        earlier = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        # (the model may type the name as a body's: "her" says it is someone's)
        person = next((e for e in reversed(doc.ents) if e.label_ in ("PERSON", "ORG") and earlier <= e.start
                       and e.end <= verb.i and len(e) >= 2 and all(t.pos_ == "PROPN" for t in e)), None)
        if person is not None and quoted is not None:
            # ("Everyone on the soi calls her “Pa Daeng,” or Auntie Red")
            given.setdefault(quoted.text, [t.text for t in person if t.lower_ not in HONORIFICS])
        elif person is not None:
            start = min((c.i for c in nickname.children if c.dep_ == "compound" and c.pos_ == "PROPN"),
                        default=nickname.i)
            given.setdefault(doc[start : nickname.i + 1].text, [t.text for t in person if t.lower_ not in HONORIFICS])
    return given


def _quoted_name_after(doc: Doc, opening: int) -> Span | None:
    """The name in the quotation marks that open at token ``opening``: up to four words, each capitalised or in
    capitals ("“Pa Daeng,”", "“MIRRA.”"), past an article."""
    words = _quoted_words(doc, opening, reach=7)
    if not 0 < len(words) <= 4 or not all(t.is_title or t.is_upper or t.text == "-" for t in words):
        return None
    return doc[words[0].i : words[-1].i + 1]


def _quoted_words(doc: Doc, opening: int, *, reach: int) -> list[Token]:
    """The words in the quotation marks that open at token ``opening`` and close within ``reach`` tokens of it
    (a hyphen counts as one, other punctuation not), past an article; none if no mark opens or closes there."""
    if opening >= len(doc) or not doc[opening].is_quote:
        return []
    closing = next((t.i for t in doc[opening + 1 : min(opening + reach, len(doc))] if t.is_quote), None)
    if closing is None:
        return []
    words = [t for t in doc[opening + 1 : closing] if not t.is_punct or t.text == "-"]
    return words[1:] if words and words[0].lower_ in lexicons.NAME_ARTICLES else words


def _printed_name(doc: Doc, named: Token) -> list[str]:
    """The name ``named`` ends, as printed before it (its proper-noun compounds), honorifics left out."""
    start = min((c.i for c in named.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < named.i),
                default=named.i)
    return [t.text for t in doc[start : named.i + 1] if t.lower_ not in HONORIFICS]


def _stage_names(doc: Doc) -> dict[str, list[str]]:
    """ "Mirdza Ozola, 23, performs as “MIRRA.”": the name someone performs, sings, records or fights under ->
    that person's name as printed."""
    given: dict[str, list[str]] = {}
    for verb in doc_tokens(doc):
        if verb.lemma_.lower() not in _PERFORMING:
            continue
        named = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.is_title), None)
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        stage = _quoted_name_after(doc, as_.i + 1) if as_ is not None and named is not None else None
        if stage is not None:
            given.setdefault(stage.text, _printed_name(doc, named))
    return given


def is_club_name(name: str) -> bool:
    """Whether a name reads as a sports club's ("Ashby Rovers", "FC Rheinfeld", "Sporting Almeida")."""
    words = name.split()
    return len(words) >= 2 and (words[-1].lower() in _CLUB_ENDINGS or words[0].lower() in _CLUB_OPENINGS
                                or words[0] in _CLUB_LETTERS or words[-1] in _CLUB_LETTERS)


def _with_hyphenated_tail(doc: Doc, ent: Span) -> Span:
    """ "Park Ji-won": the model may stop a hyphenated given name at its hyphen (but "the Ana Ruiz-led bloc",
    "Volkov-era rules": a word made of the name is no part of it)."""
    last = ent[-1]
    if last.text == "-" and not last.whitespace_ and ent.end < len(doc) and doc[ent.end].is_alpha \
            and doc[ent.end].lower_ not in _MADE_OF_A_NAME and doc[ent.end].tag_ not in ("VBN", "VBD", "JJ"):
        return Span(doc, ent.start, ent.end + 1, label=ent.label)
    return ent


def _with_surnames_after_particle(doc: Doc, ent: Span) -> Span:
    """ "Raimundo dos Santos Ferreira", "Suraya binti Ahmad": the model may end a name at a particle (or the word
    before the father's name) and take what follows it for a second name."""
    def particle(token: Token) -> bool:
        return token.is_lower and (token.lower_ in NAME_PARTICLES or token.lower_ in PATRONYMIC_LINKS)

    if ent.label_ != "PERSON":
        return ent
    # (with the particle, "Raimundo dos" + "Santos Ferreira", or without it, "Raimundo" + "Santos Ferreira")
    start = ent.end if len(ent) > 1 and particle(ent[-1]) else ent.end + 1 \
        if ent.end < len(doc) and particle(doc[ent.end]) else None
    if start is None:  # (most names: no search of the document's entities)
        return ent
    after = next((e for e in doc.ents if e.start == start and e.label_ == "PERSON"), None)
    return Span(doc, ent.start, after.end, label=ent.label) if after is not None else ent


def _with_catalan_second_surname(doc: Doc, ent: Span) -> Span:
    """ "Núria Vilalta i Roca": Catalan joins a person's two surnames with "i" ("and"), where the model ends the
    name."""
    if ent.label_ == "PERSON" and len(ent) >= 2 and ent.end + 1 < len(doc) and doc[ent.end].text == CATALAN_AND \
            and doc[ent.end + 1].is_title and doc[ent.end + 1].is_alpha and ent[-1].whitespace_:
        return Span(doc, ent.start, ent.end + 2, label=ent.label)
    return ent


# Bodies named by the portfolios they hold, which may be a list ("the Department for Culture, Media and Sport").
_PORTFOLIO_BODIES = frozenset({"ministry", "department", "secretariat", "directorate"})


def _with_portfolios_joined(doc: Doc, ent: Span) -> Span:
    """ "the Ministry of Maritime Affairs and Insular Policy", "the Department for Culture, Media and Sport": the
    model may end a ministry's name at the first comma or "and" of its portfolios (but not "the Ministry of
    Health and Prime Minister Ana Costa", nor "the Department of Energy and the Treasury")."""
    if ent.label_ != "ORG" or not any(t.lower_ in _PORTFOLIO_BODIES for t in ent) \
            or not any(t.lower_ in ("of", "for") for t in ent):
        return ent

    def portfolio_word(token: Token) -> bool:
        return token.is_title and token.ent_type_ != "PERSON" and token.lower_ not in lexicons.words("person_roles")

    end = ent.end
    while end + 1 < len(doc) and doc[end].text == "," and portfolio_word(doc[end + 1]):
        end += 2
        while end < len(doc) and portfolio_word(doc[end]):
            end += 1
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and portfolio_word(doc[end + 1]):
        last = end + 1
        while last < len(doc) and doc[last].is_title:
            if not portfolio_word(doc[last]):
                return ent
            last += 1
        return Span(doc, ent.start, last, label=ent.label)
    return ent  # (a list without its "and" is no name's)


def _possessive(token: Token) -> bool:
    return token.tag_ == "POS" or token.lower_ in ("'s", "\u2019s")


def _named_after_a_saint(doc: Doc, ent: Span) -> Span:
    """ "the St Enda’s Hospital Trust", "a consultant at St Enda’s": a body or place named after a saint, which the
    model takes for the saint (a person), and the words after it for another name: one name, of the body when
    its last word is a body's ("Trust"), else of the place (but "St Patrick" alone is the saint)."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[0].text not in _SAINTS:
        return ent
    end = ent.end
    if not _possessive(ent[-1]):
        if end >= len(doc) or not _possessive(doc[end]):
            return ent
        end += 1
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN") and not doc[end].is_sent_start:
        end += 1
    body = doc[end - 1].lower_ in lexicons.words("org_nouns")
    return Span(doc, ent.start, end, label="ORG" if body else "FAC")


def _candidate_mentions(doc: Doc) -> list[Mention]:
    mentions = []
    headline_end = doc_text(doc).find("\n")
    taken: set[int] = set()
    printed = ([t.text for t in ent if t.tag_ != "POS" and not t.is_quote]
               for ent in doc.ents if ent.label_ == "PERSON")
    surnames = {_surname(words) for words in printed if len(_without_suffix(words)) >= 2}
    demonyms = {t.text for t in doc_tokens(doc) if t.is_title and (t.ent_type_ == "NORP" or t.tag_ == "JJ")}
    joined_to = 0
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS or ent.start < joined_to:
            continue
        ent = _named_after_a_saint(doc, _with_catalan_second_surname(
            doc, _with_surnames_after_particle(doc, _with_hyphenated_tail(doc, ent))))
        joined = _with_portfolios_joined(doc, ent)
        portfolios, ent = joined is not ent, joined
        joined_to = ent.end
        if len(ent) > 1 and _is_courtesy_title(ent[0]):  # ("His Grace Peter Mbeki")
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label)
        # "Det. Insp. Leanne Shaw": an abbreviated title the tokenizer cut from its full stop is no one; "the
        # Labor MP for Box Hill", "a Green MEP": a role the model took for a name.
        if len(ent) == 1 and _abbreviated_title(ent[0]):
            continue
        if _nickname(doc, ent) or len(ent) == 1 and _generic_body(doc, ent.start):
            continue
        # «Tôi chỉ nghĩ đến các con tôi»: a quotation in a language the model does not know, taken whole for a
        # name (words in lower case do not make one).
        if ent.label_ in ("PERSON", "ORG") and len(ent) >= 4 and _in_own_quotes(doc, ent) \
                and sum(t.is_lower for t in ent) >= len(ent) // 2:
            continue
        # "Helix-Kerrow's directeur sportif": words all in lower case name no one (but "the community council"
        # may be the Skerrow Community Council).
        if ent.label_ in ("PERSON", "ORG") and all(t.is_lower for t in ent if t.is_alpha) and not _org_head(ent.root):
            continue
        # "South Australia's Treasurer", "the Treasurer", a headline's "Budget: Treasurer bets on …": an office,
        # capitalised, is not a name (but a brand, "Tapestry owns Coach", and in a headline the surname of
        # someone the article names, "John Major", are).
        if len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and ent.root.lower_ in lexicons.words("person_roles") \
                and (ent.start > 0 and (doc[ent.start - 1].lower_ == "the" or doc[ent.start - 1].tag_ == "POS")
                     or ent.start_char < headline_end and ent.text not in surnames):
            continue
        # (A capitalised word is a name that may look like one: "John Major", "Mark Judge"; and "Rishi Sunak
        # MP", a person with a given name and a surname before the letters, is a name with its letters.)
        if ent.label_ in ("ORG", "PERSON", "NORP") and ent.root.tag_ in ("NNP", "NN") and not ent.root.is_title \
                and ent.root.lower_ in lexicons.words("person_roles") and not _named_before(ent):
            continue
        # ("Catalan party says …", "a Swiss bank": a people's word and a body's noun describe a body, not name it;
        # "the Catalan government" is named by its own rule)
        if ent.label_ == "ORG" and len(ent) == 2 and ent[0].is_title and ent[1].is_lower and _org_head(ent[1]) \
                and ent[1].lower_ != "government" and (ent[0].text in demonyms or lexicons.people_of(ent[0].lower_)):
            continue
        # ("opposition MPs", "three TDs": a role's initials, plural)
        if len(ent) == 1 and ent.label_ in ("ORG", "PERSON", "NORP") and ent.text.endswith("s") \
                and ent.text[:-1].isupper() and ent.text[:-1].lower() in lexicons.words("person_roles"):
            continue
        # ("Mrs Justice Eleanor Harcourt": an honorific and a title the model cut from the name are no one)
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].lower_ in HONORIFICS \
                and all(t.lower_ in lexicons.words("person_roles") or t.text == _JUDGES_STYLE for t in ent[1:]):
            continue
        # ("Id al-Fitr": the feast, as some spell "Eid", not an Amazigh name's "Id")
        if ent[0].text == "Id" and len(ent) > 1 and ent[1].lower_ in ("al", "el", "ul"):
            continue
        # ("by 1530 GMT": a clock's time zone)
        if ent.text.isupper() and ent.text.lower() in TIME_ZONES and ent.start > 0 and doc[ent.start - 1].like_num:
            continue
        label = ent.label_
        strong = False
        # ("Shri Ramesh Chandra Pandey": given names the model left out between an honorific and the name)
        if label == "PERSON":
            first = ent.start
            while first > max(0, ent.start - 2) and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
                    and not doc[first - 1].ent_type_ and doc[first - 1].lower_ not in _HONORIFICS_BEFORE_PEOPLE:
                first -= 1
            if 0 < first < ent.start and doc[first - 1].lower_ in _HONORIFICS_BEFORE_PEOPLE:
                ent = doc[first : ent.end]
        # ("«Two senators voted with their conscience», il Notaio told the cameras": a nickname the article gave
        # someone, used as their name)
        if label != "PERSON" and _without_article(name_of(ent)) in _nicknamed(doc):
            label, strong = "PERSON", True
        # "The Dane, now a television commentator, said": one of a people, not someone's name.
        if label in ("PERSON", "ORG") and lexicons.people_of(ent[-1].lower_) is not None and (
                len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the"
                or len(ent) == 2 and ent[0].lower_ == "the"):
            label, strong = "NORP", True
        # ("Ranieri met Della Rovere at Palazzo Chigi": a building or a street named in another language)
        if label in ("PERSON", "ORG") and len(ent) >= 2 and ent[0].lower_ in _BUILDING_OPENINGS and ent[0].is_title:
            label, strong = "FAC", True
        # ("Storm Isolde: seafront homeowners wait for payouts", "Typhoon Marilag")
        if label in ("PERSON", "ORG", "GPE") and len(ent) >= 2 and ent[0].lower_ in _NAMED_STORMS and ent[0].is_title:
            label, strong = "EVENT", True
        # ("Comrade Ifeanyi Obi": after an honorific, a name, whatever the model took its first word for)
        if label in ("NORP", "GPE", "ORG") and ent.start > 0 and doc[ent.start - 1].lower_ in HONORIFICS:
            end = ent.end
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
            label, strong, ent = "PERSON", True, doc[ent.start : end]
        # (not a name whose company makes it a body's: "chief executive of Tasman Ironsands", though the model took
        # "Tasman Ironsands" for a person elsewhere)
        person = _person_in_other_span(doc, ent.start, ent.end, surnames) \
            if label in ("ORG", "WORK_OF_ART", "NORP") and not _place_evidence(doc, ent.start, ent.end) \
            and not (label == "ORG" and _org_evidence(doc, ent.start, ent.end)) else None
        if person is not None:
            mentions.append(Mention(*person, "PERSON"))
            taken.update(range(*person))
            continue
        if ent.start > 0 and doc[ent.start - 1].text in _CLUB_LETTERS \
                and label in ("GPE", "LOC", "ORG", "PERSON", "NORP"):
            # "FC Rheinfeld", "SV Altenau": the model may take the town for the name and the letters apart.
            label, strong, ent = "ORG", True, doc[ent.start - 1 : ent.end]
            mentions = [m for m in mentions if m.end <= ent.start]
        elif label in ("GPE", "PERSON") and len(ent) >= 2 and ent[-1].lower_ in _CLUB_ENDINGS \
                and ent.root.dep_ in ("compound", "poss") and ent.root.head.lemma_.lower() in _SQUAD:
            label, strong = "ORG", True
        elif label in ("GPE", "LOC") and (named_from := _name_ending_in_place(doc, ent)) < ent.start:
            # "Cancer Research UK", "Alzheimer Scotland", "Apple UK", "Clean Threads Asia": a name that ends in a
            # place.
            label, strong, ent = "ORG", True, doc[named_from : ent.end]
            mentions = [m for m in mentions if m.end <= named_from]
        elif label in ("PERSON", "LOC", "FAC") and _based_in(doc, ent.end) \
                or label in ("PERSON", "LOC", "FAC", "NORP") and _place_evidence(doc, ent.start, ent.end, surnames) \
                or label == "PERSON" and _has_demonym(ent, demonyms, surnames) \
                or label in ("PERSON", "ORG") and _named_as_a_place(doc, ent) \
                or label == "ORG" and _place_evidence(doc, ent.start, ent.end) and ent.root.dep_ != "poss":
            label, strong = "GPE", True
        elif (label in ("ORG", "PRODUCT", "FAC", "LOC") or label == "WORK_OF_ART" and not _in_own_quotes(doc, ent)) \
                and _person_evidence(doc, ent.start, ent.end) and not _org_evidence(doc, ent.start, ent.end) \
                and all(t.pos_ == "PROPN" or t.text == "-" for t in ent):
            label, ent = "PERSON", doc[_given_names_before(doc, ent.start) : ent.end]
        elif label == "ORG" and (_particle_name(ent) or _compound_given_name(ent)
                                 and not _org_evidence(doc, ent.start, ent.end, full_name=True)):
            label = "PERSON"
        elif (label in ("PERSON", "GPE", "PRODUCT", "LOC", "FAC", "NORP")
              or label == "WORK_OF_ART" and not _in_own_quotes(doc, ent)) and _org_evidence(
                doc, ent.start, ent.end, full_name=len(ent) >= 2 and (
                    label == "PERSON" or lexicons.given_name_gender(ent[0].text) is not None)) \
                and not (label == "PERSON" and _given_an_age(doc, Mention(ent.start, ent.end, label))):
            # (but "Nguyen Thi Hoa, 34, a sewing-machine operator": a person the article gives an age)
            label, strong = "ORG", True
        elif label == "PERSON" and len(ent) == 1 and _CAMEL.match(ent.text):
            label, strong = "ORG", True
        elif label == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].text == "," \
                and doc[ent.end + 1].lower_ == "which" and doc[ent.end + 1].dep_ == "nsubj" and (
                    doc[ent.end + 1].head.lemma_.lower() in lexicons.reporting_frames()
                    or doc[ent.end + 1].head.lemma_.lower() in _WHAT_FIRMS_DO):
            # "according to Salvamento Marítimo, which said …", "Larchfield Care, which runs the home": what
            # speaks or does business as "which" is no person (but "a meeting with Trump, which lasted an hour"
            # is the meeting).
            label, strong = "ORG", True
        elif label == "NORP" and ent.start > 0 and doc[ent.start - 1].dep_ in ("amod", "compound") \
                and doc[ent.start - 1].head.i == ent.root.i and doc[ent.start - 1].pos_ == "PROPN" \
                and doc[ent.start - 1].is_title and not doc[ent.start - 1].ent_type_:
            # "the Liberal Democrats", "the Sweden Democrats": a named party, not a people.
            label, strong, ent = "ORG", True, doc[ent.start - 1 : ent.end]
        elif label == "ORG" and _org_evidence(doc, ent.start, ent.end, full_name=len(ent) >= 2 and (
                lexicons.given_name_gender(ent[0].text) is not None)):
            strong = True
        elif label == "ORG" and _named_thing(ent.root):
            label, strong = "PRODUCT", True
        # ("The Fiscalía General de la República": a body's name in a Romance language, its head noun first, that the
        # model began at the particle and took for a surname)
        opening = next((k for k in range(max(0, ent.start - 3), ent.start + 1)
                        if doc[k].lower_ in lexicons.words("org_openings") and doc[k].is_title
                        and all(t.is_title for t in doc[k : ent.start])), None)
        if opening is not None and label in ("PERSON", "ORG", "GPE", "NORP") and (
                opening == ent.start and len(ent) > 1 or doc[ent.start].lower_ in NAME_PARTICLES):
            label, strong, ent = "ORG", True, doc[opening : ent.end]
            mentions = [m for m in mentions if m.end <= opening]
        # ("the Nuvuttiq Hunters and Trappers Association": a body's name the model began after its "and")
        if label == "ORG" and ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "&") \
                and ent[-1].lower_ in lexicons.words("org_nouns"):
            first = ent.start - 1
            while first > 0 and doc[first - 1].is_title and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
                    and not doc[first - 1].is_sent_start:
                first -= 1
            # (not two names, "Aerovance and Meridian Air", "Brazil and Harvard University", nor a list's last two,
            # "Health, Education, Labor and Pensions Committee")
            if first < ent.start - 1 and not any(t.ent_type_ for t in doc[first : ent.start - 1]) \
                    and (first == 0 or doc[first - 1].text != ","):
                label, strong, ent = "ORG", True, doc[first : ent.end]
                mentions = [m for m in mentions if m.end <= first]
        start, end = ent.start, ent.end
        # "Donald Trump ''doesn't want …": a quotation mark (or a paragraph break) the model took into
        # the name is not part of it.
        while end > start and (doc[end - 1].is_quote or doc[end - 1].is_space):
            end -= 1
        if end - start > 3 and doc[end - 1].like_num and doc[end - 2].text in _SCORE_DASHES and doc[end - 3].like_num:
            end -= 3  # nor is the score after a team ("Thornfield 3-0")
        # "according to Kantar, Hartwell's share …": the model ran two names together over a comma (but
        # "Acme Holdings, Inc." is one, and so is a ministry's list of portfolios).
        comma = next((k for k in range(start + 1, end) if doc[k].text == ","), None)
        if comma is not None and label == "ORG" and not portfolios \
                and doc[comma + 1 : end].text.lower().rstrip(".") not in _SUFFIXES_OF_FIRMS:
            end = comma
        while start < end and (doc[start].is_quote or doc[start].is_space):
            start += 1
        # "Facebook: 'Juniper is home": a quotation mark or a colon inside ends the name; what is left must
        # hold a letter, and a lone word in lower case ("fed") is no name.
        # (A nickname between two marks stays: Ricky "The Hitman" Hatton.)
        marks = [k for k in range(start + 1, end) if _quotation_mark(doc[k])]
        end = next((k for k in range(start + 1, end) if k in marks and len(marks) % 2 or doc[k].text == ":"), end)
        # ("Ms Deshpande later said": a word in lower case after a person's name is none of it, but a particle is)
        # (nor a given name's second half: "Kwon Jae-hyun")
        while label == "PERSON" and end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha \
                and doc[end - 1].lower_ not in NAME_PARTICLES and doc[end - 2].whitespace_:
            end -= 1
        # ("the Ana Ruiz-led bloc", "Volkov-era": a word made of the name ends it at its hyphen)
        end = next((k for k in range(start + 1, end - 1) if doc[k].text == "-" and not doc[k - 1].whitespace_
                    and doc[k + 1].lower_ in _MADE_OF_A_NAME), end)
        # "The Eastmere Residents’ Association (ERA": a bracket the name does not close is the short form's.
        end = next((k for k in range(start + 1, end) if doc[k].text == "(" and ")" not in doc[k:end].text), end)
        if start == end or not any(ch.isalpha() for ch in doc[start:end].text) \
                or end - start == 1 and doc[start].is_lower and not strong:
            continue
        mentions.append(Mention(start, end, label, strong))
        taken.update(range(start, end))
    # Names the model missed where an organisation noun vouches for them.
    for token in doc_tokens(doc):
        if token.i in taken or token.pos_ != "PROPN" or not token.is_title and not token.is_upper:
            continue
        # A name inside a longer one, or modifying a noun ("the Open Air market"), is not one on its own.
        if token.dep_ == "compound":
            continue
        # ("The Sunday Ledger reported": a newspaper's name, whose first word the model took for a day)
        newspaper = token.lower_ in NEWSPAPER_TITLES and token.is_title and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and c.i == token.i - 1 for c in token.children)
        if newspaper or _org_evidence(doc, token.i, token.i + 1):
            # "Skyline Air", "Sorrel Valley Winegrowers Association": the name's first words hang off its last
            # (or off one another) as compounds.
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i <= token.i and \
                    doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_lower and doc[start - 1].i not in taken:
                start -= 1
            # (and words joined by "and" that the parse hung off it: "the Maritime and Dockworkers’ Federation")
            joined = next((c for c in token.children if c.dep_ == "nmod" and c.i < start and c.pos_ == "PROPN"
                           and c.is_title), None)
            if joined is not None and not taken.intersection(range(joined.left_edge.i, start)) and all(
                    t.is_title or t.lower_ in ("and", "&") or t.text in ("'", "\u2019")
                    for t in doc[joined.left_edge.i : start]):
                start = joined.left_edge.i
            # (nor the first word of a longer name that goes on after "and": "the Maritime and Dockworkers'
            # Federation")
            if start == token.i and (_generic_body(doc, token.i) or token.i + 2 < len(doc)
                                     and doc[token.i + 1].lower_ in ("and", "&") and doc[token.i + 2].is_title):
                continue
            mentions.append(Mention(start, token.i + 1, "ORG", True))
            taken.update(range(start, token.i + 1))
    # "Kestner Chemie AG is in talks": capitalised words before a legal form the model passed over are a company.
    for token in doc_tokens(doc):
        if token.i in taken or token.i == 0 or token.is_lower or token.lower_.rstrip(".") not in _SUFFIXES_OF_FIRMS:
            continue
        start = token.i
        while start > 0 and token.i - start < 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].i not in taken:
            start -= 1
        if start < token.i:
            mentions.append(Mention(start, token.i + 1, "ORG", True))
            taken.update(range(start, token.i + 1))
    # "Downing Street says …", "the Kremlin said": a seat of government speaks for it.
    for token in doc_tokens(doc):
        for seat in _SEATS_OF_GOVERNMENT.get(token.lower_, ()):
            end = token.i + len(seat)
            if token.is_title and end <= len(doc) and not taken.intersection(range(token.i, end)) \
                    and tuple(t.lower_ for t in doc[token.i : end]) == seat \
                    and all(t.is_title for t in doc[token.i : end]):
                mentions.append(Mention(token.i, end, "ORG", True))
                taken.update(range(token.i, end))
    mentions = _offices(doc, _units_of_bodies(doc, _local_councils(doc, _state_bodies(doc, mentions))))
    mentions.sort(key=lambda m: m.start)
    return _trusted_in_headline(doc, _with_whom_they_serve(doc, mentions))


# Bodies whose name goes on with what or whom they serve ("the Royal Court of Vestmark", "the Commission on
# Human Rights"), unlike "the board of directors".
_BODIES_OF = {"court", "panel", "board", "council", "commission", "committee", "tribunal", "ministry", "department",
              "bank", "university", "institute", "agency", "authority", "federation", "association", "academy",
              "chamber", "assembly", "inspectorate", "ombudsman", "office"}
# (Of these, only bodies that meet on a matter: "the Committee on Foreign Relations", not "Hofstra University on
# Long Island".)
_BODIES_ON = {"panel", "committee", "commission", "council", "board"}
_MEMBERS = {"directors", "trustees", "governors", "management", "shareholders", "members"}


def _with_whom_they_serve(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the Royal Court of Vestmark": a body's name the model ended at its noun takes in the "of"/"on" phrase of
    capitalised words after it (and a place the model found there: "the Federal Reserve Bank of New York")."""
    by_start = {m.start: m for m in mentions}
    out, absorbed = [], set()
    for m in mentions:
        if m.start in absorbed:
            continue
        end = m.end
        if m.label == "ORG" and end + 1 < len(doc) and doc[end - 1].lower_ in _BODIES_OF and doc[end - 1].is_title \
                and (doc[end].lower_ == "of" or doc[end].lower_ == "on" and doc[end - 1].lower_ in _BODIES_ON) \
                and doc[end].head.i == end - 1:
            k = end + 1
            while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].lower_ not in _MEMBERS:
                k += 1
            inside = [other for other in mentions if end < other.start < k]
            # (of a place, where it is: "Hofstra University on Long Island")
            places = ("GPE", "LOC", "ORG") if doc[end].lower_ == "of" else ("ORG",)
            if k > end + 1 and doc[k - 1].dep_ == "pobj" and doc[k - 1].head.i == end \
                    and all(other.end <= k and other.label in places for other in inside) \
                    and (doc[end].lower_ == "of" or not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in doc[end:k])) \
                    and not (end + 1 in by_start and by_start[end + 1].end > k):
                absorbed.update(other.start for other in inside)
                m = Mention(m.start, k, m.label, m.strong)
        out.append(m)
    return out


# (a law officer's office is "chambers": "the Attorney-General's Chambers")
_OFFICE_NOUNS = {"office", "chambers"}


def _offices(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Premier’s Office said", "the Attorney General’s Office": an office named by whose it is has the
    office-holder in its name (the model gives "Office" or "General’s Office", and a bare "Office" would be
    every office in the article); "the office of the Conflict of Interest Commissioner": so has an office
    named after its holder, capitalised or not (but "the office of Senator Ann Ruiz" is hers, and "the head
    office of the Bank of England" the bank's)."""
    roles = lexicons.words("person_roles")
    for office in doc_tokens(doc):
        if office.lower_ not in _OFFICE_NOUNS or office.pos_ not in ("NOUN", "PROPN"):
            continue
        i = office.i
        if office.is_title and i >= 2 and doc[i - 1].tag_ == "POS" and doc[i - 2].is_title \
                and doc[i - 2].lower_ in roles:
            start, end = i - 2, i + 1
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and not doc[start - 1].is_sent_start or start > 1 and doc[start - 1].text == "-" \
                    and doc[start - 2].is_title and not doc[start - 1].whitespace_:  # ("Attorney-General's")
                start -= 1
            if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:  # "… Office of Housing"
                end += 1
                while end < len(doc) and (doc[end].is_title or doc[end].lower_ in _SMALL_WORDS
                                          and end + 1 < len(doc) and doc[end + 1].is_title):
                    end += 1
        elif i + 2 < len(doc) and doc[i + 1].lower_ == "of":
            start, end = i, i + 3 if doc[i + 2].lower_ == "the" else i + 2
            while end < len(doc) and (doc[end].is_title or doc[end].lower_ in _SMALL_WORDS and end + 1 < len(doc)
                                      and doc[end + 1].is_title):
                end += 1
            holder = doc[i + 2 : end]
            if not doc[end - 1].is_title or not any(t.lower_ in roles for t in holder) \
                    or any(t.ent_type_ in ("PERSON", "GPE") for t in holder):
                continue
        else:
            continue
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        mentions.append(Mention(start, end, "ORG", True))
    return mentions


def _state_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Russian foreign ministry said", "Ukraine's energy ministry", "Warsaw police": a country's
    ministry, army or government, or a city's police, is an organisation that speaks, though the model names
    only its place (or only "energy ministry"). The place goes into the name."""
    for token in doc_tokens(doc):
        police = token.lower_ == "police" and token.dep_ != "compound"  # a plural noun, but one force
        if not police and (token.lower_ not in _STATE_BODIES or token.pos_ not in ("NOUN", "PROPN")
                           or token.tag_ in ("NNS", "NNPS")):
            continue
        # ("Warsaw police said": a city's force is named by the city in front of it, a town the model may not know:
        # "the Hesselveen police")
        place = next((c for c in token.children if c.i < token.i and (
            c.dep_ == "amod" and c.ent_type_ == "NORP" or c.dep_ == "poss" and c.ent_type_ == "GPE"
            or police and c.dep_ == "compound" and (c.ent_type_ == "GPE" or c.pos_ == "PROPN" and c.is_title
                                                    and c.ent_type_ in ("", "ORG", "LOC") and token.is_lower))),
                     None)
        if place is None or any(c.i < place.i and c.dep_ in ("amod", "compound") for c in token.children):
            continue
        start = place.left_edge.i
        while start < place.i and doc[start].pos_ == "DET":
            start += 1
        if not all(t.head.i in (token.i, place.i) or place.left_edge.i <= t.i <= place.i
                   for t in doc[start : token.i]):
            continue
        # (a name the noun opens is the body's own, without the place: "Ethiopia's Ministry of Water and Energy";
        # unless another country's body has the same name: "Russia's Ministry of Defence … Ukraine's Ministry of
        # Defence")
        end = max([token.i + 1] + [m.end for m in mentions if m.start == token.i and m.label == "ORG"])
        if end > token.i + 1 and token.is_title and not _owned_elsewhere(doc, doc[token.i : end].text, place.text):
            continue
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        mentions.append(Mention(start, end, "ORG", True))
    return mentions


def _local_councils(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Petrinos municipal council voted", "the Kinosew Lake band council": a council the page names by its
    place and kind in lower case is a body that decides and speaks, though the model tags only the place (or a
    person in it). The place and the kind go into the name."""
    for token in doc_tokens(doc):
        if token.lower_ != "council" or token.tag_ != "NN" or token.dep_ == "compound":
            continue
        start = token.i
        while start > 0 and doc[start - 1].lower_ in _COUNCIL_KINDS and doc[start - 1].head.i == token.i:
            start -= 1
        place_end = start
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].head.i in range(start - 1, token.i + 1):
            start -= 1
        if start == place_end or any(m.start < token.i + 1 and m.end > start and m.label == "ORG"
                                     and (m.start < start or m.end > token.i) for m in mentions):
            continue
        mentions = [m for m in mentions if m.end <= start or m.start > token.i]
        mentions.append(Mention(start, token.i + 1, "ORG", True))
    return mentions


def _units_of_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Cricket Australia integrity unit opened its investigation … The integrity unit's findings say …": a
    unit an organisation's name and a description in lower case name, which the page names again by the description
    alone, is a body of its own that speaks for itself (not "the Apple design team said", named once: Apple's). The
    organisation's name and the description go into the name; the description alone is a mention of it."""
    ending_at = {m.end: m for m in mentions if m.label == "ORG"}
    for token in doc_tokens(doc):
        if token.lower_ not in _UNITS or token.tag_ != "NN" or token.dep_ == "compound":
            continue
        described = token.i
        while described > 0 and doc[described - 1].is_lower and doc[described - 1].tag_ in ("NN", "NNS") \
                and doc[described - 1].dep_ == "compound" and doc[described - 1].head.i == token.i:
            described -= 1
        body = ending_at.get(described)
        if described == token.i or body is None or doc[body.start].pos_ == "DET" or body.start == 0 \
                or doc[body.start - 1].lower_ != "the":
            continue
        words = [t.lower_ for t in doc[described : token.i + 1]]
        again = [t.i for t in doc_tokens(doc) if t.i > token.i and t.lower_ == words[0]
                 and [x.lower_ for x in doc[t.i : t.i + len(words)]] == words and doc[t.i - 1].lower_ == "the"]
        if not again:
            continue
        spans = [(body.start, token.i + 1)] + [(i, i + len(words)) for i in again]
        mentions = [m for m in mentions if not any(m.start < end and m.end > start for start, end in spans)]
        mentions += [Mention(start, end, "ORG", True) for start, end in spans]
    return mentions


def _owned_elsewhere(doc: Doc, name: str, place: str) -> bool:
    """Whether the article prints ``name`` after another place's possessive too ("Ukraine's Ministry of Defence",
    beside "Russia's Ministry of Defence")."""
    text = doc_text(doc)
    owners = {match.group(1) for match in re.finditer(rf"(\w+)['\u2019]s {re.escape(name)}\b", text)}
    return bool(owners - {place})


def _named_thing(name: Token) -> bool:
    """ "The glasses, called Lumora One,": the name given to a thing that is no organisation, opening with
    its maker's name, is a product's."""
    verb = name.head
    if name.dep_ != "oprd" or verb.lemma_.lower() not in ("call", "name", "dub", "brand") or verb.dep_ != "acl":
        return False
    thing = verb.head
    if thing.pos_ != "NOUN" or thing.lemma_.lower() in lexicons.words("org_nouns") | lexicons.words("person_roles"):
        return False
    # (a product's name opens with its maker's, which the article names on its own too: "a think tank
    # called Onward" is an organisation)
    maker = name.doc[name.left_edge.i] if name.left_edge.i < name.i else name
    return any(e.text == maker.text for e in name.doc.ents if e.end - e.start == 1 and e.start != maker.i)


def _name_ending_in_place(doc: Doc, place: Span) -> int:
    """Where the proper name that ``place`` ends starts: capitalised proper nouns hanging off the place
    as compounds ("Cancer Research UK"), and a possessive before them ("Alzheimer's Research UK");
    ``place.start`` when there are none. A compass or size word makes a region ("Mid Wales"), not a name."""
    start = place.start
    while start > 0:
        before = doc[start - 1]
        if before.dep_ in ("compound", "amod") and start <= before.head.i < place.end and before.pos_ == "PROPN" \
                and before.is_title and before.lower_ not in _REGION_WORDS:
            start -= 1
        elif start < place.start and before.tag_ == "POS" and start >= 2 and doc[start - 2].dep_ == "poss" \
                and start <= doc[start - 2].head.i < place.end and doc[start - 2].pos_ == "PROPN" \
                and doc[start - 2].is_title:
            start -= 2
        else:
            break
    return start


def _trusted_in_headline(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """In a title-case headline every word looks like a name ("Halden Foods to Cut 600 Jobs", "Trade
    Minister Vows Response"), so a name found there stands only if the body prints it too, or if the
    headline names it as its speaker ("…, Lindsey Graham Says")."""
    text = doc_text(doc)
    end = title_case_first_line(text)
    if end is None:
        return mentions
    body = text[end:]
    speakers = [m.span("source") for m in headline_speakers(text[:end])]
    return [m for m in mentions if doc[m.start].idx >= end or doc[m.start : m.end].text in body
            or any(s <= doc[m.start].idx < e for s, e in speakers)]


def _abbreviated_title(token: Token) -> bool:
    """ "Cllr", "Sen.", "Det." (the tokenizer may have cut its full stop): a title, never a name; without
    its full stop, one that could be a name ("Gen Nakatani", "Amartya Sen") is not taken for a title."""
    word = token.lower_.rstrip(".")
    if f"{word}." not in lexicons.words("person_roles"):
        return False
    stopped = token.text.endswith(".") or token.i + 1 < len(token.doc) and token.nbor(1).text == "."
    return stopped or word in _UNDOTTED_TITLES


def _age_between_commas(doc: Doc, end: int) -> int | None:
    """ "Naserian, 24,", "Lena de Wit, 41, and Marit de Wit, 37,": the age printed between commas after a name
    that ends at token ``end``."""
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text == "," and doc[end + 1].text.isdigit() \
            and int(doc[end + 1].text) < 120:
        return int(doc[end + 1].text)
    return None


def _given_an_age(doc: Doc, m: Mention) -> bool:
    """ "Naserian, 24, one of the eight": an age between commas, then more of the sentence (not a list's next
    item: "Basildon, 9, and Harlow, 6")."""
    return _age_between_commas(doc, m.end) is not None and m.end + 3 < len(doc) \
        and doc[m.end + 3].pos_ not in ("CCONJ", "PROPN", "PUNCT")


def _title_before_known_surname(doc: Doc, words: list[Token]) -> bool:
    """ "Councillor Dunmore" where the article names Rachel Dunmore, "Sheikh Khalid" where it names Sheikh Khalid
    bin Hamad al-Rashidi: a title before a surname the article gives someone in full, or before the given name of
    someone it names in full after that title (not "Pope Francis" or "Prince Harry" on their own)."""
    title, name = words
    roles = lexicons.words("person_roles")
    return title.lower_ in roles and any(
        e.label_ == "PERSON" and len(e) > 1 and (e[-1].text == name.text and e[0].lower_ not in roles
                                                 or e[0].text == name.text and doc[e.start - 1].lower_ == title.lower_)
        for e in doc.ents if e.start > 0)


def _person_key(doc: Doc, mention: Mention) -> list[str]:
    """The name's words as printed, honorifics, post-nominal letters and possessive dropped ("Sandmeier-Obi"
    stays one word)."""
    titled = mention.start + 2 if mention.end - mention.start > 2 and (
        doc[mention.start].lower_, doc[mention.start + 1].lower_) in _TWO_WORD_HONORIFICS else mention.start
    kept = [t for t in doc[titled : mention.end] if t.lower_ not in HONORIFICS and t.tag_ != "POS"
            and not (t.i == mention.start and t.lower_ in _STYLES | _CHIEFLY_TITLES and mention.label == "PERSON"
                     and len(doc[mention.start : mention.end].text.split()) >= 3)  # (not "Hon Kwok-leung")
            and not (t.text == _JUDGES_STYLE and t.i > 0 and doc[t.i - 1].lower_ in _JUDGES_HONORIFICS)]
    # A title the model took into the name ("Treasurer Glen Pryce", "Cllr Penrose") is a role, not part of
    # the name.
    while len(kept) > 2 and kept[0].lower_ in lexicons.words("person_roles") or len(kept) >= 2 and (
            kept[0].text in _POLICE_RANKS) or len(kept) == 2 and (
            _abbreviated_title(kept[0]) or _title_before_known_surname(doc, kept)):
        kept = kept[1:]
    while len(kept) > 2 and kept[-1].lower_ in _POST_NOMINALS:
        kept = kept[:-1]
    if not kept:
        return [doc[mention.start : mention.end].text]
    # "Margaret “Peg” Osterhout": a nickname quoted inside the name is not part of it.
    marks = [k for k, t in enumerate(kept) if t.is_quote and 0 < k < len(kept) - 1]
    if len(marks) == 2 and marks[1] > marks[0] + 1 and marks[1] + 1 < len(kept):
        given, surname = kept[: marks[0]], kept[marks[1] + 1 :]
        return [*doc[given[0].i : given[-1].i + 1].text.split(), *doc[surname[0].i : surname[-1].i + 1].text.split()]
    # Doc.text joins the whole document on every call: take only the name's own tokens.
    words = doc[kept[0].i : kept[-1].i + 1].text.split()
    # ("Peg Osterhout", where the article prints "Margaret “Peg” Osterhout", is Margaret Osterhout.)
    return _nicknamed(doc).get(_without_article(" ".join(words)), words)


_NAME_WORD = r"([A-Z][\w'\u2019-]+)"
_NICKNAMED = re.compile(rf"\b{_NAME_WORD} [\"\u201c\u2018']{_NAME_WORD}[\"\u201d\u2019'] {_NAME_WORD}")


def _nicknamed(doc: Doc) -> dict[str, list[str]]:
    """ "Nickname Surname" -> [given name, surname] for every name the article prints with a quoted
    nickname inside ("Margaret “Peg” Osterhout"), and a nickname the article gives someone -> their name
    ("il Notaio" -> [Ranieri]); found once a document."""
    if "nicknamed" not in doc.user_data:
        nicknamed = {f"{m[2]} {m[3]}": [m[1], m[3]] for m in _NICKNAMED.finditer(doc_text(doc))}
        for nickname, person in _nicknames_given(doc).items():
            nicknamed.setdefault(nickname, person)
        doc.user_data["nicknamed"] = nicknamed
    return doc.user_data["nicknamed"]


def _folded(name: str) -> str:
    """A name as compared, not as printed: "O’Neill" is "O'Neill", "De Blasio" is "de Blasio" (but
    "FORD" is not "Ford": only a word's first letter is folded)."""
    return " ".join(w[:1].lower() + w[1:] for w in name.replace("\u2019", "'").split())


NAME_PARTICLES = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "ter", "le", "la", "dos", "das",
                  "te"}  # (Dutch "te", Māori "Te": "Rāwiri Te Rangi" is "Te Rangi")
# What joins a given name to the father's name in Malay and Arabic usage ("Nur Farhana binti Abdullah", "Azman bin
# Hashim"): the given name is what the person is called by.
PATRONYMIC_LINKS = {"bin", "binti", "bte", "bt", "ibn"}
CATALAN_AND = "i"  # between a Catalan's two surnames: "Jordi Ferrer i Casals"
# What opens an Irish or Scottish surname, capitalised ("Mac Giolla Rua", "Ní Bhriain", "Ó Súilleabháin").
_GAELIC_PARTICLES = {"Mac", "Mc", "Nic", "Ní", "Ó", "Uí", "Mhic", "Ua"}


def _particle_tail(short: str, full: str, *, introduced: bool = False) -> bool:
    """ "De Blasio" is "Bill de Blasio" from its particle on (however it is first printed: "Remarks by Della Rovere,
    Ranieri, …"), as "Mac Giolla Rua" is "Pádraig Mac Giolla Rua";
    "Ortega Sáez" is "Miguel Ortega Sáez" (two surnames), "Falcão de Moura" "Renata Falcão de Moura"; "Ann Smith" is
    not "Mary Ann Smith" (a given name and a surname), nor is a short name the article introduces as someone ("her
    granddaughter, Siobhan Kelly, 19,") the longer one."""
    short_words, full_words = short.split(), full.split()
    tail = full_words[len(full_words) - len(short_words):]
    return len(full_words) > len(short_words) and _folded(" ".join(tail)) == _folded(short) and (
        tail[0][:1].islower() or tail[0] in _GAELIC_PARTICLES or tail[0].lower() in NAME_PARTICLES
        or len(short_words) == 2 and not introduced
        and tail[0].lower() not in lexicons.genders("first_names")
        # ("Falcão de Moura" of "Renata Falcão de Moura": a surname joined by a particle, however introduced)
        or len(short_words) >= 3 and any(w in NAME_PARTICLES for w in short_words[1:-1])
        and not lexicons.is_given_name(tail[0]))


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isalpha()


def _same_name(a: str, b: str) -> bool:
    """ "Joe Biden" and "Joseph R. Biden": the same given name (or its short form) and surname, middle
    initials aside."""
    if _folded(a) == _folded(b):
        return True
    nicknames = lexicons.pairs("nicknames")
    first = [nicknames.get(n.split()[0].lower(), n.split()[0].lower()) for n in (a, b)]
    if _initial(first[0]) or _initial(first[1]):  # "G Tuilagi", "J. Laulu"
        first = [name[0] for name in first]
    middles = [[w for w in n.split()[1 : len(_without_suffix(n.split())) - 1] if w.lower() not in PATRONYMIC_LINKS]
               for n in (a, b)]
    # ("Frank Mahler Sr" and his son "Frank Mahler Jr" are two people.)
    generations = [_generation(n.split()) for n in (a, b)]
    if None not in generations and generations[0] != generations[1]:
        return False
    return first[0] == first[1] and _folded(_surname(a.split())) == _folded(_surname(b.split())) and all(
        len(w.rstrip(".")) == 1 for middle in middles for w in middle)


def _office_of(name: Token) -> Token | None:
    """The noun whose holder a name is said to have: "mayor" of "Kyiv's mayor" and "the mayor of Milan"."""
    if name.dep_ == "poss":
        return name.head
    if name.dep_ == "pobj" and name.head.lower_ == "of":
        return name.head.head
    return None


# What a story says when it prints only someone's given name ("who asked that his surname not be used", "who gave
# only her first name").
_NAME_WITHHELD = re.compile(r"\b(?:surname|last name|family name|full name|first name only|only (?:his|her|their) "
                            r"first name)\b", re.I)


def _name_opening(doc: Doc, mention: Mention, words: list[str], full_names: set[str]) -> str | None:
    """ "Ms Nur Aisyah" after "Ms Nur Aisyah Abdul Rahman": a name of two or more words, given an honorific, that
    opens one full name the article prints (a Malay or Arabic name has no surname to be called by)."""
    if len(words) < 2 or not any(t.lower_ in HONORIFICS for t in doc[max(0, mention.start - 1) : mention.end]):
        return None
    longer = _names_opened_by(words, full_names)
    return longer[0] if len(longer) == 1 else None


def _names_opened_by(words: list[str], full_names: set[str]) -> list[str]:
    """The full names, longer than ``words``, that open with them."""
    return [name for name in full_names if name.split()[: len(words)] == words and len(name.split()) > len(words)]


def _before_the_fathers_name(name: str, full_names: set[str]) -> str:
    """ "Nur Farhana" -> "Nur Farhana binti Abdullah", "Azman" -> "Azman bin Hashim": a person called by the given
    name, which opens the one full name that goes on with the father's (``name`` itself otherwise)."""
    words = name.split()
    longer = [n for n in _names_opened_by(words, full_names) if n.split()[len(words)] in PATRONYMIC_LINKS]
    return longer[0] if len(longer) == 1 else name


def _same_as_one_of(words: list[str], named: Iterable[tuple[int, str]]) -> str | None:
    """The first of ``named`` (token index, full name) that is the same name as ``words``."""
    return next((name for _, name in named if _same_name(name, " ".join(words))), None)


def _generation_named(words: list[str], full_names: set[str]) -> str | None:
    """ "Frank Jr", "Frank Sr.": the one full name the article prints with that given name and generation."""
    if len(words) != 2 or _generation(words) is None:
        return None
    found = {n for n in full_names if _folded(n.split()[0]) == _folded(words[0])
             and _generation(n.split()) == _generation(words)}
    return found.pop() if len(found) == 1 else None


def _family_names_first(doc: Doc, mentions: list[Mention]) -> set[str]:
    """ "Takeda Haruto … Takeda said", "Kwon Jae-hyun … Kwon": the folded first words of the two-word names that
    put the family name first, as the article shows by printing that word alone and the other word never (and
    the first word is no given name, the second one: not "Lee Mason … Lee said", nor a "Dunmore Town" the model
    took for a person)."""
    text = doc_text(doc)
    names = [_without_suffix(_person_key(doc, m)) for m in mentions if m.label == "PERSON"]
    # (not a word that ends a longer name too: "Salinas Ortega" of "Andrea Salinas Ortega", "Ortega Lira")
    ends = {_folded(words[-1]) for words in names if len(words) >= 2}
    # (only on a page that writes names so: two names at least, each a given name after a word that is none; not
    # "Colonel Yaw Darko … Yaw, 27, who asked that his surname not be used")
    family_first = {" ".join(words) for words in names if len(words) == 2 and _folded(words[0]) not in ends and (
        "-" in words[1] or not lexicons.is_given_name(words[0]) and lexicons.is_given_name(words[1]))}
    found: set[str] = set()
    if len(family_first) < 2:
        return found
    for words in names:
        if " ".join(words) not in family_first:
            continue
        first, last = (re.escape(w) for w in words)
        # (not the first word of another full name: "Takeda Michiko", the pitcher's mother; nor of a name whose
        # second word opens in lower case: "Haider al-Jubouri")
        if re.search(rf"(?<!\w){first}(?![\w-])(?!\s+(?:[A-Z]|{last}))", text) \
                and not re.search(rf"(?<!{first}\s)(?<![\w-]){last}(?![\w-])", text, re.I):
            found.add(_folded(words[0]))
    return found


def _surname_of(words: list[str], family_first: set[str]) -> str:
    return words[0] if len(_without_suffix(words)) == 2 and _folded(words[0]) in family_first else _surname(words)


def _full_names_by_surname(doc: Doc, mentions: list[Mention], family_first: set[str]) -> tuple[
        dict[str, str], dict[str, list[tuple[int, str]]]]:
    """Folded surname -> the one full name (two or more words, typed PERSON) that has it (at its end, or where
    ``family_first`` says, at its start), the first printed of the names that are the same person's; and for a
    surname two or more people share, where each of them is first named in full (token index, full name), in
    the order the article names them."""
    full_names: dict[str, list[tuple[str, int]]] = {}
    # Names printed, where the article first prints them, with who the person is ("Siobhan Kelly, 19,", "The
    # referee, Lee Mason,"; not "Salinas Ortega, a 41-year-old lawyer," long after "Andrea Salinas Ortega").
    introduced: set[str] = set()
    seen: set[str] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "PERSON":
            words = _person_key(doc, m)
            if len(_without_suffix(words)) >= 2:
                names = full_names.setdefault(_folded(_surname_of(words, family_first)), [])
                joined = " ".join(words)
                same = next((k for k, (n, _) in enumerate(names) if _same_name(n, joined)), None)
                if same is None:
                    names.append((joined, m.start))
                elif _initial(names[same][0].split()[0]) and not _initial(words[0]) \
                        or PATRONYMIC_LINKS.intersection(words) - PATRONYMIC_LINKS.intersection(names[same][0].split()):
                    # "G Tuilagi" in a scorecard is "Grace Tuilagi"; "Datuk Azman Hashim" in a standfirst is Azman bin
                    # Hashim
                    names[same] = (joined, names[same][1])
                root = doc[m.start : m.end].root
                if joined not in seen and (root.dep_ == "appos" or any(
                        c.dep_ in ("appos", "amod", "npadvmod") or c.like_num for c in root.children if c.i >= m.end)):
                    introduced.add(joined)
                seen.add(joined)
    surnames, shared = {}, {}
    for surname, names in full_names.items():
        longest = [(n, start) for n, start in names
                   if not any(_particle_tail(n, other, introduced=n in introduced) for other, _ in names)]
        if len(longest) == 1:
            surnames[surname] = longest[0][0]
        elif longest:
            shared[surname] = [(start, n) for n, start in longest]
    given_names = {_folded(n.split()[0]) for names in full_names.values() for n, _ in names}
    for full_name in list(surnames.values()):
        paternal = _paternal_surname(full_name)
        if paternal is not None and _folded(paternal) not in surnames | shared.keys() | given_names:
            surnames[_folded(paternal)] = full_name
    return surnames, shared


def _paternal_surname(full_name: str) -> str | None:
    """ "Rivarola" of "Ignacio Rivarola Basualdo": the first of two surnames, by which Spanish usage calls a person
    alone (not a given name, "Mary Ann Smith", nor a word after a particle, "Lucía del Valle Ocampo")."""
    words = _without_suffix(full_name.split())
    # ("Vilalta" of "Núria Vilalta i Roca")
    if len(words) >= 4 and words[-2] == CATALAN_AND:
        words = words[:-2] + words[-1:]
    if len(words) < 3:
        return None
    first, before = words[-2], words[-3]
    if not (first[:1].isupper() and first.isalpha() and len(first) > 2 and before[:1].isupper()) \
            or first.lower() in NAME_PARTICLES or first.lower() in lexicons.genders("first_names"):
        return None
    return first


def _named_so_far(shared: list[tuple[int, str]] | None, position: int, honorific: str | None = None,
                  honoured: dict[str, str] | None = None) -> str | None:
    """ "Helen Marchetti … Marchetti … her daughter, Francesca Marchetti": until a second person with the
    surname is named, the surname alone is the first; after that it could be either (a paper that calls
    everyone by surname gives it to the victim's mother and to a wife's husband alike), and only an
    honorific tells them apart: by sex ("Mr Olowe" of Janet and Derek Olowe), or by the one it was given
    before (``honoured``: honorific -> name), a new one going to the person not yet given any ("Miss Banks"
    … her mother, Lorraine Banks … "Mrs Banks")."""
    if not shared:
        return None
    named = [name for start, name in shared if start < position]
    if len(named) <= 1:
        return named[0] if named else shared[0][1]
    if honorific is None:
        return None
    honoured = honoured or {}
    if honoured.get(honorific) in named:
        return honoured[honorific]
    sex = lexicons.genders("gendered_words").get(honorific)
    if sex is None:  # "Dr Banks" may be either
        return None
    fitting = [name for name in named if (lexicons.given_name_gender(name.split()[0]) or sex) == sex]
    if len(fitting) == 1:
        return fitting[0]
    fresh = [name for name in fitting if name not in honoured.values()]
    return fresh[0] if len(fresh) == 1 else None


# "The elder Ms Kettering", "the younger Van Rijn": which of a family sharing a surname is meant, +1 the older.
_SENIORITY = {"elder": 1, "older": 1, "eldest": 1, "oldest": 1, "younger": -1, "youngest": -1}
# A relative a name is introduced as, by the generation they are of the one they are a relative of.
_KIN_GENERATIONS = {"father": 1, "mother": 1, "dad": 1, "mum": 1, "mom": 1, "grandfather": 1, "grandmother": 1,
                    "son": -1, "daughter": -1, "grandson": -1, "granddaughter": -1, "nephew": -1, "niece": -1}


def _seniority_asked(doc: Doc, mention: Mention) -> int | None:
    """+1 for "the elder Okafor" ("the elder Ms Kettering"), -1 for "the younger Van Rijn", else None."""
    i = mention.start
    while i > 0 and doc[i - 1].lower_ in HONORIFICS:
        i -= 1
    if i >= 2 and doc[i - 1].lower_ in _SENIORITY and doc[i - 2].lower_ == "the":
        return _SENIORITY[doc[i - 1].lower_]
    return None


def _seniority_given(doc: Doc, mention: Mention) -> tuple[int | None, int | None]:
    """What a full name's sentence says of the person's age: (+1 older / -1 younger than the relative it is
    introduced with, the age printed with it): "said his father, Samuel Okafor," (+1), "Her daughter, Amy
    Kettering," (-1), "Joost van Rijn, the elder of the two," (+1), "Joanne Kettering, 58," (age 58)."""
    root = doc[mention.start : mention.end].root
    # (an age in a list of people is theirs too: "Lena de Wit, 41, and Marit de Wit, 37,")
    age = _age_between_commas(doc, mention.end)
    words = [root.head] if root.dep_ == "appos" else []
    words += [c for c in root.children if c.dep_ == "appos" and c.i >= mention.end]
    for word in words:
        if word.lower_ in _KIN_GENERATIONS:
            return _KIN_GENERATIONS[word.lower_], age
        if word.lower_ in _SENIORITY:
            return _SENIORITY[word.lower_], age
        older = [_SENIORITY[c.lower_] for c in word.children if c.dep_ == "amod" and c.lower_ in _SENIORITY]
        if older:  # "his elder brother, Tom Baines,"
            return older[0], age
    return None, age


def _seniority_by_name(doc: Doc, mentions: list[Mention]) -> dict[str, tuple[int | None, int | None]]:
    """Full name -> what the article says of that person's age (``_seniority_given``), the first it says of
    each."""
    seniority: dict[str, tuple[int | None, int | None]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(words := _person_key(doc, m)) >= 2:
            relation, age = seniority.get(" ".join(words), (None, None))
            said = _seniority_given(doc, m)
            seniority[" ".join(words)] = (relation if relation is not None else said[0], age or said[1])
    return seniority


def _by_seniority(asked: int, named: list[str], given: dict[str, tuple[int | None, int | None]]) -> str | None:
    """Of the family members named so far, the one "the elder"/"the younger" (``asked``) means: the one
    introduced as the older (or younger) relative, or the one left when the others are introduced as the
    opposite, or by the ages printed with their names."""
    said = [name for name in named if given.get(name, (None, None))[0] == asked]
    if len(said) == 1:
        return said[0]
    left = [name for name in named if given.get(name, (None, None))[0] != -asked]
    if len(left) == 1:
        return left[0]
    ages = {name: given.get(name, (None, None))[1] for name in named}
    if len(ages) > 1 and None not in ages.values() and len(set(ages.values())) == len(ages):
        return (max if asked > 0 else min)(ages, key=lambda name: ages[name])
    return None


def _surname_kept(doc: Doc, mentions: list[Mention], shared: dict[str, list[tuple[int, str]]],
                  given: dict[str, str]) -> dict[str, str]:
    """ "Eamon Coyle … Coyle, 66, … His wife, Bríd Coyle, … Bríd says … Coyle says": of a family sharing a
    surname, the one the article gave the surname alone before naming the others keeps it, where it calls
    the others by their given names (a paper that calls everyone by surname does not: see
    ``_named_so_far``). Folded surname -> that person."""
    kept = {}
    alone = [(m.start, words) for m in mentions if m.label == "PERSON" and len(words := _person_key(doc, m)) == 1]
    by_given_name = {given[_folded(words[0])] for _, words in alone if _folded(words[0]) in given}
    headline = headline_line(doc_text(doc))
    # (the headline and the standfirst under it: "Painter's son tells court … / Edwin Saltash left his studio …")
    over_the_story = lede_line(doc_text(doc))[0] if headline is not None else 0
    for surname, named in shared.items():
        first_alone = next((start for start, words in alone if _folded(words[0]) == surname), None)
        # (An obituary or profile calls its subject, whom the headline names, by the surname throughout: "Ilse
        # Marwitz, pianist, dies at 87 … Her daughter, Katrin Marwitz, said … Marwitz never learned to read
        # music", "She married the cellist Laurence Ashgrove in 1958. Ashgrove later said …".)
        # (Or its standfirst: "Edwin Saltash left his studio … The son of the painter … Rupert Saltash … Saltash, who
        # died in January 2026, …".)
        # (Or a story whose headline names its subject by the surname alone: "Bankole vows … Tyrell Bankole …
        # Samuel Bankole, his father and trainer, … Bankole said".)
        headlined = headline is not None and (doc[named[0][0]].idx < over_the_story or (
            first_alone is not None and doc[first_alone].idx < headline[1]))
        if headlined and first_alone is not None or first_alone is not None and first_alone < named[1][0] \
                and any(name in by_given_name for _, name in named[1:]):
            kept[surname] = named[0][1]
        elif len(named) == 2 and _introduced_by_the_others_surname(doc, named[1][0], surname):
            kept[surname] = named[0][1]
    return kept


def _introduced_by_the_others_surname(doc: Doc, start: int, surname: str) -> bool:
    """ "Castellan's caddie, his sister Jenna Castellan,": a name introduced as what the surname alone has
    (a relative, an aide) in the words just before it, so that the surname alone is the other person's."""
    sentence = doc[start].sent
    for token in reversed(doc[sentence.start : start]):
        if token.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or token.text in (";", ":"):
            return False
        if _folded(token.text) == surname and token.nbor(1).lower_ in ("'s", "\u2019s"):
            return True
    return False


def _honorific(doc: Doc, mention: Mention) -> str | None:
    """ "Mrs Banks", "Mr. Olowe": the honorific printed with (or just before) a name, without its stop."""
    for token in (doc[mention.start], doc[mention.start - 1] if mention.start > 0 else None):
        if token is not None and token.lower_ in HONORIFICS:
            return token.lower_.rstrip(".")
    return None


def _other_given_name(doc: Doc, start: int, full_name: str) -> bool:
    """ "Melania Trump" in an article about Donald Trump: a capitalised name before the surname that is
    neither a title ("President Trump") nor the person's own given name makes it someone else's."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.pos_ == "PROPN" and before.is_title and before.ent_type_ in ("", "PERSON") and \
        before.lower_ not in HONORIFICS and before.lower_.rstrip(".") not in lexicons.words("person_roles") and \
        not _same_name(f"{before.text} {_surname(full_name.split())}", full_name)


def _named_alone(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The folded one-word names the article gives people ("Lefèvre")."""
    return {_folded(doc[m.start].text) for m in mentions if m.label == "PERSON" and m.end - m.start == 1}


def _described_as_someone(doc: Doc, mention: Mention) -> bool:
    """Whether a relative clause of a person's follows the name ("Ramón Echevarría Solís, whose party …")."""
    return mention.end + 1 < len(doc) and doc[mention.end].text == "," and doc[mention.end + 1].lower_ in ("who",
                                                                                                        "whose")


def _reads_as_a_name(words: Span) -> bool:
    """Capitalised proper nouns with no organisation noun among them: a person's name, whatever the model
    typed it."""
    return all(t.pos_ == "PROPN" and t.is_title for t in words) and not any(_org_head(t) for t in words)


def _names_typed_as_organisations(doc: Doc, mentions: list[Mention]) -> None:
    """ "The président of the café association, Rémi Lefèvre," reads like "the agency, Roscosmos," but
    an article that prints "Lefèvre" alone as a person says whose name it is: two or three capitalised
    words with no organisation noun among them, ending in that surname, are the person's full name; so are a
    given name and two surnames, with a person's relative clause after them and the first surname printed alone
    elsewhere (not "Walt Disney World")."""
    alone = _named_alone(doc, mentions)
    for m in mentions:
        words = doc[m.start : m.end]
        # (or a given name and two surnames, as Spanish names are: "Ramón Echevarría Solís"; two words may be a
        # brand, "Ted Baker")
        if m.label != "ORG" or not 2 <= len(words) <= 3 or _folded(words[-1].text) not in alone and not (
                len(words) == 3 and lexicons.given_name_gender(words[0].text) is not None
                and _paternal_surname(words.text) is not None and not lexicons.is_given_name(words[2].text)
                and _described_as_someone(doc, m) and any(
                    t.text == words[1].text for t in doc_tokens(doc) if not m.start <= t.i < m.end)):
            continue
        if _reads_as_a_name(words) and words[0].lower_ not in _KIND_OPENINGS:  # ("Sporting Almeida … Almeida's offer")
            m.label = "PERSON"


def _companies_without_their_legal_form(doc: Doc, mentions: list[Mention]) -> None:
    """ "the contractor, Ganga Infracon Pvt Ltd, …" then "Ganga Infracon": a company's name printed again without
    its legal form is the company, whatever the model took it for (but not a person the company is named after:
    "Paul Smith Ltd said its founder would step back. Paul Smith, the designer, said …")."""
    names = {doc[m.start : m.end].text for m in mentions if m.label == "ORG"}
    companies = {name for name in {_LEGAL_FORM.sub("", name) for name in names} - names
                 if len(name.split()) > 1 and not lexicons.is_given_name(name.split()[0])}
    for m in mentions:
        if m.label == "PERSON" and doc[m.start : m.end].text in companies:
            m.label = "ORG"


def _names_given_a_post(doc: Doc, mentions: list[Mention]) -> None:
    """ "Paulo Ventura, Solmar's chief executive, said": two or three capitalised words the model took for a
    place or a body, with no organisation noun among them, in apposition with a person's post, or with a
    relative clause on "who", are a person's name."""
    roles = lexicons.words("person_roles")
    for m in mentions:
        words = doc[m.start : m.end]
        if m.label not in ("GPE", "ORG", "NORP") or m.strong or not 2 <= len(words) <= 3 or not _reads_as_a_name(words):
            continue
        root = words.root
        posts = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        # ("The president of the Spanish football federation, Ramón Echeverría,": the parse may hang the name
        # off the post's last noun)
        posts += [p.head.head for p in posts if p.dep_ == "pobj" and p.head.lower_ == "of"]
        if any(p.lower_ in roles and p.lower_ not in _FIRMS_TOO for p in posts):
            m.label = "PERSON"
        # ("Deepa Raman, who was sitting over the left wing, said": a body is no "who")
        elif any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") and w.dep_ in ("nsubj", "nsubjpass", "dobj")
                                           for w in c.children) and c.i > root.i for c in root.children):
            m.label = "PERSON"


_LOWER = "a-z\u00e0-\u00ff"
_DOUBLE_BARRELLED = re.compile(rf"(?P<given>[A-Z][{_LOWER}]+) (?P<surname>[A-Z][{_LOWER}]+-[A-Z][{_LOWER}]+)")


def _double_barrelled_names(doc: Doc, mentions: list[Mention]) -> None:
    """ "Nell Okonjo-Hart … Okonjo-Hart said": a common given name before a hyphenated pair of capitalised
    words, which the model may take for a firm's ("Hewlett-Packard" has no given name before it), is a person's
    name, and so is that surname printed alone."""
    surnames = set()
    for m in mentions:
        match = _DOUBLE_BARRELLED.fullmatch(doc[m.start : m.end].text)
        if m.label in ("ORG", "GPE") and not m.strong and match is not None \
                and lexicons.given_name_gender(match["given"]) is not None:
            m.label = "PERSON"
            surnames.add(match["surname"])
    for m in mentions:
        if m.label in ("ORG", "GPE") and not m.strong and doc[m.start : m.end].text in surnames:
            m.label = "PERSON"


def _families(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Quigley family said …", "the Mahler family's own records": a family named by its surname is a
    group of its own that speaks (not its surname's one person), named "Quigley family"."""
    families = [Mention(t.i - 1, t.i + 1, "ORG", True) for t in doc_tokens(doc) if t.lower_ == "family" and t.i > 0
                and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title and doc[t.i - 1].dep_ == "compound"
                and doc[t.i - 1].head.i == t.i]
    taken = {i for m in families for i in range(m.start, m.end)}
    return sorted([m for m in mentions if not taken.intersection(range(m.start, m.end))] + families,
                  key=lambda m: m.start)


def _given_name_left_out(doc: Doc, mentions: list[Mention]) -> None:
    """ "said Per Østby, the deputy governor", "Marguerite Okafor-Lindqvist, a diplomat, said": a capitalised
    given name right before a one-word person, which the tagger took for a word ("per") or the model left out,
    is part of the name (at the start of a sentence, only where the parse joins it to the name)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    # ("Secretary Ma. Cristina Tolentino": María abbreviated, as Philippine names print it, before a given name not
    # a man's, after a title or opening the line, even where the model took "Ma" alone for a person; not the surname
    # "Ma" ending a sentence: "founded by Jack Ma. Daniel Zhang …")
    alone = {m.start: m for m in mentions if m.end - m.start == 1 and doc[m.start].text == "Ma"}
    absorbed = []
    for m in mentions:
        before = doc[m.start - 1] if m.start > 0 else None
        if m.label == "PERSON" and m.start >= 2 and doc[m.start - 2].text == "Ma" and before.text == "." \
                and not doc[m.start - 2].whitespace_ and (m.start - 2 not in covered or m.start - 2 in alone) \
                and lexicons.given_name_gender(doc[m.start].text) != "m" and (
                    m.start == 2 or doc[m.start - 3].lower_ in lexicons.words("person_roles")
                    or doc[m.start - 3].text == "," or doc[m.start - 3].is_space):
            absorbed += [alone[m.start - 2]] if m.start - 2 in alone else []
            m.start -= 2
            continue
        # (or before a longer name, right after a title: "Antiquities Minister Sherif Abdel Ghaffar")
        titled = before is not None and before.i > 0 and doc[before.i - 1].lower_ in lexicons.words("person_roles")
        if m.label == "PERSON" and before is not None and before.i not in covered and before.is_title \
                and before.whitespace_ == " " and (titled or not any(t.whitespace_ for t in doc[m.start : m.end - 1])) \
                and lexicons.given_name_gender(before.text) is not None \
                and (not before.is_sent_start or before.pos_ == "PROPN" and m.start <= before.head.i < m.end):
            m.start -= 1
    mentions[:] = [m for m in mentions if not any(m is gone for gone in absorbed)]


def _surname_left_out(doc: Doc, mentions: list[Mention]) -> None:
    """ "Remarks by Mr Mukendi Ilunga" with only "Mukendi" recognised: a capitalised word right after a person
    that, with the mention, ends a longer name the article prints ("Jean-Baptiste Mukendi Ilunga") is part of
    the name; so is the one the parse joins a lone given name to ("Paola Dell’Orto, one of two senators")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    longer = [words for m in mentions if m.label == "PERSON" and len(words := _person_key(doc, m)) >= 2]
    headline_end = title_case_first_line(doc_text(doc)) or 0  # where every word is capitalised
    for m in mentions:
        after = doc[m.end] if m.end < len(doc) else None
        # (not "Clinton Campaign Reportedly Scraps …" in a headline, nor "the Clinton Foundation")
        if m.label != "PERSON" or after is None or after.i in covered or not after.is_title \
                or after.pos_ != "PROPN" or doc[m.end - 1].whitespace_ != " " or after.idx < headline_end \
                or _org_head(after):
            continue
        words = [*_person_key(doc, m), after.text]
        joined = len(words) == 2 and doc[m.start].head.i == after.i and doc[m.start].dep_ == "compound" \
            and lexicons.is_given_name(words[0])
        if joined or any(len(full) > len(words) - 1 and full[-len(words):] == words for full in longer):
            m.end += 1
            covered.add(after.i)


def _posts_abroad(doc: Doc, mentions: list[Mention]) -> None:
    """ "the Philippine Embassy in Riyadh", "the British Consulate in Jeddah": a country's embassy, consulate or
    mission is named with the place it is in (its country has others)."""
    places = {m.start: m for m in mentions if m.label == "GPE"}
    taken = []
    for m in mentions:
        if m.label == "ORG" and doc[m.end - 1].lower_ in _POSTS_ABROAD and m.end + 1 < len(doc) \
                and doc[m.end].lower_ == "in" and (place := places.get(m.end + 1)) is not None:
            m.end = place.end
            taken.append(place)
    mentions[:] = [m for m in mentions if not any(m is place for place in taken)]


_POSTS_ABROAD = {"embassy", "consulate", "mission"}


def _missed_full_names(doc: Doc, mentions: list[Mention]) -> None:
    """ "“Yes,” Dora Lind said." with only "Lind" recognised, as a person: capitalised proper nouns
    just before a speaker's surname that the article prints alone as a person, and in full nowhere else,
    are that person's name (the mention grows to take them, or one is added); a title ("President
    Obama") is not. A person's title in apposition vouches for an unrecognised speaker too ("Priya
    Raman, NASA's deputy administrator, said")."""
    full = {_folded(_surname(words)) for m in mentions if m.label == "PERSON"
            and len(_without_suffix(words := _person_key(doc, m))) >= 2}
    alone = _named_alone(doc, mentions) - full
    by_token = {m.start: m for m in mentions if m.end - m.start == 1}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    headline_end = title_case_first_line(doc_text(doc)) or 0  # where every word is capitalised
    for token in doc_tokens(doc):
        mention = by_token.get(token.i)
        # (not "The Dane, now a television commentator, said": a name takes no article)
        if (token.i in covered and (mention is None or mention.label != "PERSON")) or token.pos_ != "PROPN" \
                or not token.is_title or token.idx < headline_end or token.dep_ != "nsubj" \
                or token.i > 0 and doc[token.i - 1].lower_ == "the":
            continue
        titled = any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in lexicons.words("person_roles")
                     and c.lower_ not in _FIRMS_TOO for c in token.children)
        # (A subject with a title in apposition is a person whatever it does: "Cass Morrow, the band’s
        # bassist, talked her out of it.")
        speaks = token.head.lemma_.lower() in lexicons.reporting_frames()
        if not (speaks and _folded(token.text) in alone or titled and token.i not in covered):
            continue
        # The given names just before it on the line (the parse may not have joined them to it).
        start = token.i
        while start > 0 and token.i - start < 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].whitespace_ == " " and doc[start - 1].i not in covered \
                and not _org_head(doc[start - 1]) \
                and doc[start - 1].lower_.rstrip(".") not in HONORIFICS | lexicons.words("person_roles"):
            start -= 1
        # (A lone word titled so names a person only as a speaker: "Varnholt, the German chip designer, cut 400
        # jobs" is a company.)
        if start == token.i and (mention is not None or not titled or not speaks):
            continue
        if mention is not None:
            mention.start = start
        else:
            mentions.append(Mention(start, token.i + 1, "PERSON"))
            covered.update(range(start, token.i + 1))
    mentions.sort(key=lambda m: m.start)


def _unrecognised_people(doc: Doc, mentions: list[Mention]) -> None:
    """ "Jan Pritchard started shelving books at the library in 1985": a given name the team's list or the
    registers know as one (not "River Don", "Little Relief") and a capitalised word after it, the subject of a
    verb or set beside a role ("The mayor of Ust-Lesnoy, Valentina Igorevna Shchukina,"), are a person's name
    where the model saw none (or saw a nation in the given name: "Lucía Ferrer Albiol")."""
    nations = {m.start: m for m in mentions if m.label == "NORP" and m.end - m.start == 1
               and lexicons.is_given_name(doc[m.start].text)}
    covered = {i for m in mentions if m.start not in nations for i in range(m.start, m.end)}
    headline_end = title_case_first_line(doc_text(doc)) or 0
    for token in doc_tokens(doc):
        given = doc[token.i - 1] if token.i > 0 else None
        # ("Rubén Ortega Lira, who is seeking a second term": the given name before a double surname, which the
        # tagger may take for an adjective)
        if given is not None and given.i > 0 and given.pos_ == "PROPN" and given.dep_ == "compound" \
                and given.head.i == token.i and given.is_title and given.whitespace_ == " ":
            first = doc[given.i - 1]
            # (the parse may hang the given name on the first surname: "Aminata Sow Ndiaye")
            if first.is_title and first.head.i in (token.i, given.i) and first.dep_ in ("compound", "amod") \
                    and first.pos_ in ("PROPN", "ADJ") and lexicons.given_name_gender(first.text) is not None \
                    and not lexicons.given_name_gender(given.text):
                given = first
        if given is None or token.dep_ not in ("nsubj", "nsubjpass", "appos") or token.pos_ != "PROPN" \
                or not token.is_title \
                or given.pos_ not in ("PROPN", "ADJ") or given.dep_ not in ("compound", "amod") \
                or given.head.i not in (token.i, given.i + 1) or given.pos_ == "ADJ" and given.i == token.i - 1 \
                or not given.is_title or given.idx < headline_end or covered.intersection(range(given.i, token.i + 1)) \
                or not (given.lower_ in lexicons.genders("first_names") or lexicons.given_name_gender(given.text)) \
                or _org_head(token) or token.lower_ in _NAMED_DOCUMENTS:
            continue
        # ("Billie Jean King": every given name before it)
        start = given.i
        while start > 0 and (before := doc[start - 1]).pos_ == "PROPN" and before.is_title \
                and before.dep_ == "compound" and before.head.i == token.i and start - 1 not in covered \
                and before.lower_.rstrip(".") not in HONORIFICS and not _is_courtesy_title(before):
            start -= 1
        if start in nations:
            mentions.remove(nations.pop(start))
        mentions.append(Mention(start, token.i + 1, "PERSON"))
        covered.update(range(start, token.i + 1))
    mentions.sort(key=lambda m: m.start)


def _people_by_given_name_alone(doc: Doc, mentions: list[Mention]) -> None:
    """ "Jade, 19, said she had lost both shoes", "Joy, whose son, Jerome, is an able seaman,": a given name alone
    with an age between commas, the subject of what follows, or with a relative of theirs, is someone the article
    names by first name only, where the model saw no one (or a body); and any one-word name with an age, where the
    model saw a body ("Kumoidake, 49, spoke")."""
    one_word = {m.start: m for m in mentions if m.end - m.start == 1 and m.label in ("PERSON", "ORG")}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for token in doc_tokens(doc):
        # ("Mercy, a mother of three in Kibera, said": a given name that is a word too, which the tagger takes for
        # a noun, set beside who the person is)
        # (the subject of what she says, the description closed by its comma: not "Faith, a mother of three
        # explained, is what kept her going")
        described = (token.pos_ == "NOUN" and token.is_sent_start or token.pos_ == "PROPN") and token.is_title \
            and token.dep_ == "nsubj" and token.head.lemma_.lower() in lexicons.words("reporting_verbs") \
            and token.i not in covered and lexicons.is_given_name(token.text) and any(
                c.dep_ == "appos" and determined(c, "a", "an") and c.right_edge.i + 1 < len(doc)
                and doc[c.right_edge.i + 1].text == "," and (
                    c.lower_ in lexicons.genders("gendered_words") or c.lower_ in lexicons.words("occupations"))
                for c in token.children)
        if described:
            mentions.append(Mention(token.i, token.i + 1, "PERSON"))
            continue
        if token.i in covered and token.i not in one_word or token.pos_ != "PROPN" or not token.is_title \
                or token.i > 0 and (doc[token.i - 1].is_title and doc[token.i - 1].pos_ == "PROPN"
                                    or doc[token.i - 1].lower_ == "the"):
            continue
        aged = token.dep_ == "nsubj" and _given_an_age(doc, Mention(token.i, token.i + 1, "PERSON"))
        # ("Kumoidake, 49, spoke in Japanese": a one-word name with an age is someone's, given name or not)
        if aged and token.i in one_word and one_word[token.i].label == "ORG" and not one_word[token.i].strong:
            one_word[token.i].label, one_word[token.i].strong = "PERSON", True
            continue
        if not lexicons.is_given_name(token.text) and not (aged and token.i not in covered):
            continue
        related = token.i + 3 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "whose" \
            and doc[token.i + 3].lower_ in KINSHIP
        if related and token.i in one_word:
            one_word[token.i].label = "PERSON"
        elif token.i not in covered and (related or aged):
            mentions.append(Mention(token.i, token.i + 1, "PERSON"))
    mentions.sort(key=lambda m: m.start)


def _nicknames_used(doc: Doc, mentions: list[Mention]) -> None:
    """ "Teammates call Marc-André Lévesque “Pépère” … Pépère, who will retire this summer, said": a nickname the
    article gives someone, used later as the name where the model saw none, is that person."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    text = doc_text(doc)
    for nickname, person in _nicknamed(doc).items():
        if len(person) < 2:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(nickname)}(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is None or covered.intersection(range(span.start, span.end)):
                continue
            # (not where it is given, in its quotation marks, past an article: "known as "The Rock"")
            opening = span.start - 1 if span.start > 1 and doc[span.start - 1].lower_ in lexicons.NAME_ARTICLES \
                else span.start
            if opening > 0 and doc[opening - 1].is_quote:
                continue
            mentions.append(Mention(span.start, span.end, "PERSON", True))
            covered.update(range(span.start, span.end))
    mentions.sort(key=lambda m: m.start)


def _governments(doc: Doc, mentions: list[Mention]) -> None:
    """ "the UK government", "the Icelandic government": a country's government is a body of its own, which
    "the government" speaks for later, not the country."""
    for m in mentions:
        if m.label in ("GPE", "NORP") and m.end < len(doc) and doc[m.end].lower_ == "government" \
                and doc[m.end].dep_ != "compound" and doc[m.end - 1].head.i == m.end:
            m.end, m.label, m.strong = m.end + 1, "ORG", True


def _is_courtesy_title(token: Token) -> bool:
    """Whether ``token`` is the title of "Her Excellency" or "His Grace", and not a given name ("Grace Okafor")."""
    return token.lower_ in _COURTESY_TITLES and token.i > 0 \
        and token.doc[token.i - 1].lower_ in _COURTESY_POSSESSIVES


def _listing_its_fields(doc: Doc, before: list[Mention], m: Mention) -> int | None:
    """Where in ``before`` the name starts that ``m`` ends by an organisation noun after a list of capitalised
    fields ("Senate Health, Education, Labor and | Pensions Committee"), if the model cut it up."""
    if m.label != "ORG" or doc[m.end - 1].lower_ not in lexicons.words("org_nouns") or not before:
        return None
    for k in range(len(before) - 1, -1, -1):
        gap = doc[before[k].end : m.start]
        if not all(t.text in (",", "and") or t.is_title or any(o.start <= t.i < o.end for o in before[k + 1 :])
                   for t in gap):
            return None
        if before[k].label == "ORG" and len(gap) >= 3 and gap[0].text == "," and gap[-1].lower_ == "and":
            return k
    return None


# Plural names after a place that are no team: places ("Palm Springs"), parties and peoples' groups ("Texas
# Democrats"), games ("the Paris Olympics") and newspapers ("The Seattle Times").
_NOT_TEAMS = frozenset({"springs", "falls", "heights", "islands", "isles", "hills", "woods", "lakes", "rapids",
                        "plains", "keys", "flats", "gardens", "mountains", "highlands", "lowlands", "midlands",
                        "territories", "states", "emirates", "cities", "democrats", "republicans", "conservatives",
                        "liberals", "greens", "socialists", "nationalists", "unionists", "loyalists", "tories",
                        "olympics", "paralympics", "games", "times", "news"})


def _people_word(token: Token, *, trades: bool = False) -> bool:
    """ "Palestinians", "Officials": a word for a people or for holders of a post, which ends no team's name (and,
    with ``trades``, for those of a trade: "the Ohio Farmers", though "the Milwaukee Brewers" is a team)."""
    forms = {token.lemma_.lower(), token.lower_.removesuffix("s")}
    return token.ent_type_ == "NORP" or lexicons.people_of(token.lower_) is not None \
        or bool(forms & lexicons.words("person_roles")) or trades and bool(forms & lexicons.words("occupations"))


def _teams(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Pioneers beat the Charlotte Ironclads": a city's name with a plural name after it is a team, and that
    plural alone ("the Pioneers", a headline's "Stags send Okafor to Wolves") is the team too."""
    nicknames: set[tuple[str, ...]] = set()
    teams: dict[int, int] = {}  # start of the city's mention: end of the team's name
    headline_end = doc_text(doc).find("\n")
    for m in mentions:
        end = m.end
        # (the tagger may take the plural for a common noun: "the Hartford Wolves"; but a Title Case headline's
        # "US Officials Say …", and "Gaza Palestinians", are people)
        while end < len(doc) and doc[end].is_title and doc[end].lower_ not in _NOT_TEAMS \
                and doc[end].idx > headline_end and not _people_word(doc[end]) \
                and (doc[end].pos_ == "PROPN" or doc[end].tag_ == "NNS" and not doc[end].is_sent_start):
            end += 1
        if m.label == "GPE" and end > m.end and doc[end - 1].tag_ in ("NNPS", "NNS") \
                and doc[end - 1].text.endswith("s"):
            nicknames.add(tuple(t.text for t in doc[m.end : end]))
            teams[m.start] = end
    # (or the whole name as one organisation: "the Portland Pioneers … in Portland … the Pioneers' ballpark")
    places = {doc[m.start : m.end].text.lower() for m in mentions if m.label == "GPE"}
    for m in mentions:
        words = [t for t in doc[m.start : m.end] if t.pos_ != "DET"]
        if m.label == "ORG" and len(words) >= 2 and doc[words[0].i : words[-1].i].text.lower() in places \
                and words[-1].is_title and words[-1].text.endswith("s") and words[-1].tag_ in ("NNPS", "NNS") \
                and words[-1].lower_ not in _NOT_TEAMS | lexicons.words("org_nouns") \
                and not _people_word(words[-1], trades=True):
            nicknames.add((words[-1].text,))
    if not nicknames:
        return mentions
    kept = [Mention(m.start, teams[m.start], "ORG", True) if m.start in teams
            else Mention(m.start, m.end, "ORG", True) if tuple(t.text for t in doc[m.start : m.end]) in nicknames
            else m for m in mentions]
    covered = {i for m in kept for i in range(m.start, m.end)}
    by_first_word: dict[str, list[tuple[str, ...]]] = {}
    for nickname in nicknames:
        by_first_word.setdefault(nickname[0], []).append(nickname)
    for token in doc_tokens(doc):
        for nickname in by_first_word.get(token.text, ()):
            end = token.i + len(nickname)
            if tuple(t.text for t in doc[token.i : end]) == nickname and not covered.intersection(range(token.i, end)):
                kept.append(Mention(token.i, end, "ORG", True))
                covered.update(range(token.i, end))
    kept.sort(key=lambda m: m.start)
    return kept


def _rest_of_the_name(doc: Doc, before: Mention, after: Mention) -> bool:
    """Whether ``after``, printed right after ``before``, goes on with the same person's name: "Nur Farhana | binti
    Abdullah", the father's name; "Datuk Harvinder | Singh Gill", after a titled given name; not two people's names
    side by side, "Sarah Collins Tanaka Hiroshi", nor a name of its own after a title, "Mayor Pro Tem | Teresa
    Albano"."""
    if doc[after.start - 1].whitespace_ != " ":
        return False
    first = doc[after.start]
    titled_given_name = before.end - before.start == 2 \
        and sum(t.lower_ not in HONORIFICS for t in doc[before.start : before.end]) == 1
    return first.lower_ in PATRONYMIC_LINKS or titled_given_name and first.is_title \
        and not lexicons.is_given_name(first.text)


def _rejoined(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the Australian Competition and | Consumer Commission": one name the model cut in two after a joining
    word is one organisation."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        # "St. Paul", "ST. LOUIS —", "Ft. Worth": a place's abbreviated saint or fort is part of its name, which
        # the model gave without it, or as two names.
        start = m.start
        if start >= 2 and doc[start - 1].text == "." and doc[start - 2].lower_ in _PLACE_PREFIXES:
            start -= 2
        elif start >= 1 and doc[start - 1].lower_.rstrip(".") in _PLACE_PREFIXES and doc[start - 1].text.endswith("."):
            start -= 1
        if start < m.start:
            out = [o for o in out if o.end <= start]
            # (a name the model called a person or a body, one word: the place; "St. Mary's Hospital" stays a body)
            place = m.label in ("GPE", "LOC", "PERSON") or m.end - m.start == 1
            m = Mention(start, m.end, "GPE" if place else m.label, place or m.strong)
        # ("The Court of Justice | of the | European Union", "the Court of Appeal | for | Ontario": a body of a
        # body, or for a place, is named with both.)
        between = [t.lower_ for t in doc[out[-1].end : m.start]] if out else []
        of_a_body = between in (["of"], ["of", "the"], ["for"]) and (m.label == "ORG" or m.label == "GPE"
                                                                   and between == ["for"]) \
            and not (m.end < len(doc) and doc[m.end].tag_ == "POS") and any(
            t.lower_ in lexicons.words("org_nouns") for t in doc[out[-1].start : out[-1].end])
        joined = m.label == "ORG" and out and out[-1].end == m.start \
            and doc[m.start - 1].lower_ in ("and", "of", "for", "&")
        # ("Pádraig Mac | Giolla Rua", "Siobhán Ní | Bhriain": a Gaelic surname the model cut after its particle)
        if m.label == "PERSON" and out and out[-1].label == "PERSON" and out[-1].end == m.start and (
                doc[m.start - 1].text in _GAELIC_PARTICLES or _rest_of_the_name(doc, out[-1], m)):
            out[-1] = Mention(out[-1].start, m.end, "PERSON", out[-1].strong or m.strong)
            continue
        if m.label == "PERSON" and m.start > 0 and doc[m.start - 1].text in _GAELIC_PARTICLES \
                and doc[m.start].text not in _GAELIC_PARTICLES and not (out and out[-1].end >= m.start):
            start = m.start - 1
            if start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and not (out and out[-1].end > start - 1) and lexicons.is_given_name(doc[start - 1].text):
                start -= 1
            m = Mention(start, m.end, "PERSON", m.strong)
        # ("the Senate Health, | Education, | Labor | and | Pensions Committee": a name listing its fields, cut at
        # its commas and its "and")
        listed = _listing_its_fields(doc, out, m)
        if listed is not None:
            out[listed:] = [Mention(out[listed].start, m.end, "ORG", True)]
            continue
        if out and out[-1].label == "ORG" and (joined or of_a_body):
            out[-1] = Mention(out[-1].start, m.end, "ORG", out[-1].strong or m.strong)
        else:
            out.append(m)
    return out


def _as_a_label(printed: str) -> str:
    """The alternative, for a pattern of ``printed``, of the name in capitals as a transcript's speaker label
    ("PENCE: Well, …"); none for a name too short to tell from initials."""
    return f"|{re.escape(printed.upper())}(?=:)" if len(printed) > 2 else ""


def _label_taken_for_a_body(mentions: list[Mention], span: Span) -> None:
    """A name in capitals the model typed as something else is the person ("MARTINEZ: I am responsible")."""
    if span.text.isupper():
        for m in mentions:
            if (m.start, m.end) == (span.start, span.end) and m.label != "PERSON":
                m.label = "PERSON"


def cluster_entities(doc: Doc) -> list[Cluster]:
    mentions = _teams(doc, _rejoined(doc, _candidate_mentions(doc)))
    _names_typed_as_organisations(doc, mentions)
    _companies_without_their_legal_form(doc, mentions)
    _names_given_a_post(doc, mentions)
    _double_barrelled_names(doc, mentions)
    _given_name_left_out(doc, mentions)
    _surname_left_out(doc, mentions)
    _posts_abroad(doc, mentions)
    mentions = _families(doc, mentions)
    _missed_full_names(doc, mentions)
    _unrecognised_people(doc, mentions)
    _people_by_given_name_alone(doc, mentions)
    _nicknames_used(doc, mentions)
    _governments(doc, mentions)
    # A name typed PERSON anywhere with two or more words fixes the type of its surname elsewhere.
    family_first = _family_names_first(doc, mentions)
    surnames, shared = _full_names_by_surname(doc, mentions, family_first)
    # "Daniel showed again why he is the best finisher": a given name alone is the one person the
    # article names in full with it (when only one is).
    by_given: dict[str, set[str]] = {}
    # (Of a family, "Anwar Siddiqui … Bilal Siddiqui", each given name is one of them.)
    for full_name in set(surnames.values()) | {name for names in shared.values() for _, name in names}:
        by_given.setdefault(_folded(full_name.split()[0]), set()).add(full_name)
    # ("Yaw, 27, who asked that his surname not be used", after Col. Yaw Darko: a given name printed alone, with an
    # age and without the rest of the name on purpose, is someone else's; not "Kieran, 63, said" after "their sons,
    # Kieran Quigley, …")
    aged_alone = {_folded(doc[m.start].text) for m in mentions
                  if m.label == "PERSON" and m.end - m.start == 1 and _given_an_age(doc, m)
                  and _NAME_WITHHELD.search(doc_text(doc), doc[m.start].idx, doc[m.start].idx + 120)}
    given = {name: next(iter(fulls)) for name, fulls in by_given.items()
             if len(fulls) == 1 and name not in surnames and name not in aged_alone}
    # ("Yohannes Alemu told reporters … “…,” Yohannes said": an Ethiopian, an Icelander, is called by the given name;
    # the model, not knowing the word for a name, may take it for a body)
    # (as someone who says or does something, not a word before a noun: "the Dunmore manager", of a "Dunmore Town"
    # the model took for a person)
    openings = {_folded(doc[m.start].text) for m in mentions if m.label != "PERSON" and m.end - m.start > 1}
    for m in mentions:
        if m.label == "ORG" and not m.strong and m.end - m.start == 1 and (folded := _folded(doc[m.start].text)) \
                in given and folded not in openings and doc[m.start].dep_ in ("nsubj", "nsubjpass", "dobj", "appos") \
                and given[folded].split()[-1].lower() not in _CLUB_ENDINGS:
            m.label = "PERSON"
    # Bare surnames the model missed or mistyped.
    covered = {i for m in mentions for i in range(m.start, m.end)}
    text = doc_text(doc)
    printed_names = [(_surname_of(name.split(), family_first), name) for name in set(surnames.values())
                     | {name for names in shared.values() for _, name in names}]
    # ("Rivarola" alone, where the article's "Ignacio Rivarola Basualdo" is called by his first surname)
    printed_names += [(paternal, name) for key, name in surnames.items()
                      if (paternal := _paternal_surname(name)) is not None and _folded(paternal) == key]
    for printed, full_name in printed_names:
        pattern = "".join("['\u2019]" if ch in "'\u2019" else re.escape(ch) for ch in printed)
        for match in re.finditer(rf"(?<!\w)(?:{pattern}{_as_a_label(printed)})(?!\w)", text):
            span = doc.char_span(match.start(), match.end())
            if span is None:
                continue
            if covered.intersection(range(span.start, span.end)):
                _label_taken_for_a_body(mentions, span)
                continue
            # The tagger often takes a bare surname for a common noun or a verb ("Trump said …", "But Trump
            # claims …"): capitalised inside a sentence, or a verb's subject, it is the name.
            root = span.root
            if (root.pos_ == "PROPN" or root.is_upper or root.is_title and (
                    root.pos_ == "NOUN" or not root.is_sent_start or root.dep_ in ("nsubj", "nsubjpass"))) \
                    and not _other_given_name(doc, span.start, full_name):
                mentions.append(Mention(span.start, span.end, "PERSON"))
                covered.update(range(span.start, span.end))
    # "Precious Mulenga, 34, … “…,” Precious said": a feature's given name alone, where only one person
    # the article names in full has it.
    for full_name in given.values():
        printed = full_name.split()[0]
        # (and a transcript's label: "PRIYA: That's not true, though, is it?")
        for match in re.finditer(rf"(?<![\w-])(?:{re.escape(printed)}{_as_a_label(printed)})(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is None or len(span) != 1:
                continue
            token = span[0]
            if span.start in covered:
                _label_taken_for_a_body(mentions, span)
            elif token.is_upper:
                mentions.append(Mention(span.start, span.end, "PERSON"))
                covered.add(span.start)
            elif token.is_title and token.ent_type_ in ("", "PERSON") and (
                    token.pos_ == "PROPN" or token.dep_ in ("nsubj", "nsubjpass")):
                mentions.append(Mention(span.start, span.end, "PERSON"))
                covered.add(span.start)
    organisations = {doc[m.start : m.end].text for m in mentions if m.label == "ORG"}
    # How often the article prints each one-word name as a person and as something else.
    alone_as: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    for m in mentions:
        if len(words := _person_key(doc, m)) == 1:
            alone_as[m.label == "PERSON"][_folded(words[0])] += 1
    for m in mentions:
        words = _person_key(doc, m)
        key = _folded(words[0]) if len(words) == 1 else None
        # (A rule's type stands, unless the article prints the surname alone as the person more often: "released
        # by the Foreign Ministry, Brandvold, wearing a borrowed jacket, said".)
        if m.label != "PERSON" and key is not None and (key in surnames or key in shared) \
                and (not m.strong or alone_as[True][key] > alone_as[False][key]):
            m.label = "PERSON"
        # "Eli wants to convert the vineyard": a given name the model took for a body is the one person the
        # article names in full with it (not "Morgan" of a "Morgan Stanley" the article names too).
        elif m.label == "ORG" and not m.strong and key in given and lexicons.is_given_name(words[0]) \
                and not _org_head(doc[m.start]) \
                and not any(_folded(name).startswith(key + " ") for name in organisations):
            m.label = "PERSON"
        # "with her husband, Marek, …", "Her sister, Paloma, a nurse": a given name printed as someone's relative
        # or role is a person.
        elif m.label != "PERSON" and not m.strong and key is not None \
                and (key in given or lexicons.is_given_name(words[0])) \
                and (root := doc[m.start : m.end].root).dep_ == "appos" \
                and (root.head.lower_ in lexicons.words("person_roles")
                     or root.head.lower_ in lexicons.genders("gendered_words")):
            m.label = "PERSON"
    full_names = set(surnames.values()) | {name for names in shared.values() for _, name in names}
    datelined = _dateline_places(doc, mentions)
    mentions += _unseen_acronyms(doc, mentions)
    for m in mentions:
        if m.label != "ORG" and _short_form(doc, m) is not None:
            m.label, m.strong = "ORG", True
    repeats = _unseen_repeats(doc, mentions)
    mentions += repeats
    mentions.sort(key=lambda m: m.start)
    acronyms = _acronyms(doc, mentions)

    clusters: dict[tuple[str, str], Cluster] = {}
    votes: dict[str, Counter[str]] = {}
    strong_type: dict[str, str] = {}
    keyed: list[tuple[str, Mention]] = []
    honoured: dict[str, dict[str, str]] = {}  # shared surname -> honorific -> whom it was given to
    kept = _surname_kept(doc, mentions, shared, given)
    seniority = _seniority_by_name(doc, mentions)
    for m in mentions:
        span = doc[m.start : m.end]
        if m.label == "PERSON":
            words = _person_key(doc, m)
            surname = _surname(words)
            if len(words) == 1 and surname.isupper() and doc[m.end : m.end + 1].text == ":":
                surname = surname.title()  # a transcript's label
            folded = _folded(surname)
            surname_alone = len(words) == 1 or all(w.lower() in NAME_PARTICLES for w in words[:-1])
            honorific = _honorific(doc, m) if surname_alone and folded in shared else None
            asked = _seniority_asked(doc, m) if surname_alone and folded in shared else None
            if asked is not None:
                of_shared = _by_seniority(asked, [n for start, n in shared[folded] if start < m.start], seniority)
            else:
                of_shared = _named_so_far(shared.get(folded), m.start, honorific, honoured.get(folded)) \
                    if surname_alone else None
            if honorific is not None and of_shared is not None:
                honoured.setdefault(folded, {}).setdefault(honorific, of_shared)
            if of_shared is None and honorific is None and len(words) == 1:
                of_shared = kept.get(folded)
            # ("Datuk Azman Hashim" in a standfirst, where Roslan bin Hashim shares the father's name: the one of
            # those named in full that it is)
            key = _name_opening(doc, m, words, full_names) or surnames.get(folded) \
                or (given.get(folded) if len(words) == 1 else None) or of_shared \
                or (_same_as_one_of(words, shared.get(folded, ())) if len(words) >= 2 else None) \
                or _generation_named(words, full_names) or " ".join(words)
            key = _before_the_fathers_name(key, full_names)
        else:
            key = name_of(span).title() if m.start in datelined else name_of(span)
        keyed.append((key, m))
        votes.setdefault(key, Counter())[m.label] += 1
        if m.strong:
            strong_type[key] = m.label
    labels = {key: strong_type.get(key) or votes[key].most_common(1)[0][0] for key in votes}
    # "Three branch libraries in Westhaven will close": a "person" the article only ever puts somewhere
    # (a one-word name, or a longer one more than once: "in Port Arlen") is a place.
    placed: dict[str, list[bool]] = {}
    for key, m in keyed:
        root = doc[m.start : m.end].root
        # ("A former Crown prosecutor from Moncton": where someone of a trade comes from)
        placed.setdefault(key, []).append(root.dep_ == "pobj" and (
            root.head.lower_ in _LOCATIVE or any(c.lower_ in _NEIGHBOURING for c in root.children)
            or root.head.lower_ == "to" and root.head.head.lemma_.lower() in _MOVING
            or root.head.lower_ == "from" and root.head.head.lemma_.lower() in _COMING
            or root.head.lower_ == "from" and root.head.head.pos_ == "NOUN"
            and root.head.head.lower_ in lexicons.words("person_roles")) and not any(
            c.dep_ == "case" for c in root.children))
    # ("in Dhemaji district", "Lakhimpur, Dhemaji and Biswanath districts", "Nusa Kencana province": a district's
    # name.)
    districts = {key for key, m in keyed if any(
        t.lemma_.lower() in _DIVISIONS and (t.i == m.end or len(key.split()) == 1 and t.i > m.end and all(
            x.text == "," or x.pos_ in ("PROPN", "CCONJ") for x in doc[m.end : t.i]))
        for t in doc[m.end : min(m.end + 6, len(doc))])}
    # "Lumenfeed employees", "Lumenfeed shares": a one-word "person" whose employees, shares or customers the
    # article names is an organisation.
    corporate = {t.text for t in doc_tokens(doc) if t.dep_ == "compound" and (t.pos_ == "PROPN" or t.is_title)
                 and t.head.lemma_.lower() in _WHAT_A_BODY_HAS}
    # ("the left-wing alliance Confluencia", "the magazine Wavelength": a one-word "person" an organisation's noun
    # introduces.)
    org_nouns = lexicons.words("org_nouns")
    # (not "told the court Hancock had known": a body a verb acts on, then a person)
    corporate |= {key for key, m in keyed if m.end - m.start == 1 and len(key.split()) == 1 and m.start > 0
                  and doc[m.start - 1].is_lower and doc[m.start - 1].lemma_ in org_nouns
                  and doc[m.start - 1].dep_ != "dobj" and not lexicons.is_given_name(key)}
    for key in corporate:
        if labels.get(key) == "PERSON" and key not in strong_type:
            labels[key] = "ORG"
    # "Naserian, 24, one of the eight, said": a name given an age is a person's, whatever the model called it;
    # not "Thurrock, 14, Basildon, 9, and Harlow" (counts in a list), nor a name the article also uses for a
    # place ("Chad, 31, an aid worker … Aid to Chad was cut").
    repeated = {m.start for m in repeats}
    aged: set[str] = set()
    elsewhere: set[str] = set()  # printed where the model saw it, with no age
    for key, m in keyed:
        if _given_an_age(doc, m):
            aged.add(key)
        elif m.start not in repeated:
            elsewhere.add(key)
    for key in aged - elsewhere:  # (one word: a longer name's surname was keyed apart by the type the model gave)
        if len(key.split()) == 1 and labels[key] in ("GPE", "ORG", "NORP") and key.lower() not in lexicons.places():
            labels[key] = "PERSON"
    # (Or, where the model itself called it a place once, one the article puts somewhere and never has do
    # anything: "stood in Kilnworth four times", "the Kilnworth seat", "councillor for Kilnworth".)
    doers = {key for key, m in keyed if doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass")}
    # (or once, a longer name that opens with no given name: "watched from a screen in Dún Laoghaire")
    for key, flags in placed.items():
        if labels[key] == "PERSON" and key not in strong_type and (
                (len(key.split()) == 1 or len(flags) > 1 or lexicons.given_name_gender(key.split()[0]) is None)
                and all(flags) or key in districts
                or votes[key]["GPE"] and any(flags) and key not in doers):
            labels[key] = "GPE"
    # "Halvorsen Foods … Halvorsen kept its forecast", "Sporting Almeida … Almeida's offer": a one-word
    # "person" no full name has as its surname, that opens or ends the name of an organisation in the
    # article, is that organisation called short.
    openings = {_folded(key.split()[end]) for key, label in labels.items() if label == "ORG" and len(key.split()) > 1
                for end in (0, -1)}
    # (And "FC Rheinfeld … Rheinfeld later said": a club named after its town, the town's name alone where it
    # is never a place the story puts something in.)
    clubs = {_folded(key.split()[-1]) for key, label in labels.items() if label == "ORG" and len(key.split()) == 2
             and key.split()[0].lower() in _CLUB_OPENINGS}
    # (What says, tells or announces, in the past, is no work: "The Quiet Ferns said …", not "The Bible says".)
    speaking = {key for key, m in keyed if (root := doc[m.start : m.end].root).dep_ == "nsubj"
                and root.head.lemma_.lower() in ("say", "tell", "announce", "confirm", "deny")
                and root.head.tag_ == "VBD" and not _in_own_quotes(doc, doc[m.start : m.end])}
    # ("Mossbury District Council … on the edge of Mossbury": a council's town is a place, whatever else is named
    # after it.)
    council_places = {_folded(key.split()[0]) for key, label in labels.items() if label == "ORG"
                      and len(key.split()) > 1 and key.split()[-1].lower() == "council"}
    company_openings = {_folded(key.split()[0]) for key, label in labels.items() if label == "ORG"
                        and len(key.split()) > 1 and key.split()[-1].lower() not in _PLACE_NAMED_BODIES}
    first_break = text.find("\n")
    firm_stems = {key.rsplit(" ", 1)[0] for key, label in labels.items() if label == "ORG" and len(key.split()) > 2
                  and key.split()[-1].lower().rstrip(".") in _SUFFIXES_OF_FIRMS}
    # ("Kyiv's mayor", "the mayor of Milan": the city itself, whatever its club is called.)
    roles = lexicons.words("person_roles")
    offices = [(key, office) for key, m in keyed if (office := _office_of(doc[m.start : m.end].root)) is not None]
    civic = {key for key, office in offices if office.lower_ in roles}
    of_a_state = {key for key, office in offices if office.lemma_.lower() in _OFFICES_OF_STATE}
    of_a_town = {key for key, office in offices if office.lemma_.lower() in _OFFICES_OF_TOWNS}
    for key, label in labels.items():
        # ("Imani Okereke sweeps Northlight Awards": a name ending in what an event or a prize is called is no one's.)
        if label == "PERSON" and len(key.split()) >= 2 and key.split()[-1].lower() in _EVENT_HEADS:
            labels[key] = "ORG"
        elif label == "PERSON" and key not in strong_type and len(key.split()) == 1 and _folded(key) in openings \
                and _folded(key) not in surnames and _folded(key) not in shared:
            labels[key] = "ORG"
        elif label == "GPE" and _folded(key) in clubs and not any(placed.get(key, [])) and key not in civic:
            labels[key] = "ORG"
        # ("Norvalis Therapeutics … Norvalis believes", "Norrvik Telecom … Norrvik would now pay": a "nation" or
        # "place" the model's vocabulary has no vector for, so no well-known one, that opens a company's name.)
        elif label in ("NORP", "GPE", "PRODUCT") and (key not in strong_type or label == "PRODUCT") \
                and len(key.split()) == 1 and _folded(key) in company_openings and not doc.vocab[key].has_vector \
                and not any(placed.get(key, [])) and _folded(key) not in council_places:
            labels[key] = "ORG"
        elif label == "ORG" and key not in strong_type and len(key.split()) == 1 and _folded(key) in council_places \
                and key not in speaking:  # ("Wigan said the decision put the club's future at risk")
            labels[key] = "GPE"
        # ("The Quiet Ferns said in March that they were taking “an indefinite pause”": a band, not a work.)
        elif label == "WORK_OF_ART" and key in speaking:
            labels[key] = "ORG"
        # ("The culture minister of Dambara": a one-word "person" whose minister or envoy someone is, is a
        # country.)
        elif label == "PERSON" and key not in strong_type and len(key.split()) == 1 and key in of_a_state \
                and _folded(key) not in surnames and _folded(key) not in shared:
            labels[key] = "GPE"
        # ("Andrea Fumagalli, the mayor of Borgo Ventoso": a "person" with a mayor, named with no given name, is a
        # town.)
        elif label == "PERSON" and key not in strong_type and key in of_a_town \
                and lexicons.given_name_gender(key.split()[0]) is None and _folded(key) not in surnames \
                and _folded(key) not in shared:
            labels[key] = "GPE"
        # ("Halvorsen Chemie in talks …" in a headline, "Halvorsen Chemie AG" in the body: a company's name
        # without its legal form is no person.)
        elif label == "PERSON" and key not in strong_type and key in firm_stems and all(
                doc[m.start].idx < first_break for k, m in keyed if k == key and name_of(doc[m.start : m.end]) == key):
            labels[key] = "ORG"

    full_org = _organisation_full_names([key for key, label in labels.items() if label == "ORG"])
    spelled_out = _initialisms([key for key, label in labels.items() if label == "ORG"])
    in_body = {key for key, m in keyed if doc[m.start].idx > first_break}
    full_org = {short: full for short, full in full_org.items() if full in in_body}
    # ("Beijing said", "according to Moscow": a capital that speaks is its country's government.)
    governments = {id(m): country for key, m in keyed if labels[key] == "GPE"
                   and (country := lexicons.seats_of_government().get(key.lower())) is not None
                   and _speaks(doc[m.start : m.end])}
    places = _place_names([key for key, label in labels.items() if label == "GPE"] + list(governments.values()))
    # (the government by the name the article gives it, when it does: "Astana said" after "the Kazakh government")
    named_governments = {country: key for country in set(governments.values()) for key, label in labels.items()
                         if label == "ORG" and _government_of(key, country)}
    for key, m in keyed:
        label = labels[key]
        key = governments.get(id(m), key)
        if id(m) in governments and key in named_governments:
            key, label = named_governments[key], "ORG"
        if label == "ORG" and key in acronyms and labels.get(acronyms[key]) == "ORG":
            key = acronyms[key]
        elif label == "ORG" and key in spelled_out:
            key = spelled_out[key]
        if label == "ORG" and key in full_org:
            key = full_org[key]
        elif label == "GPE":
            key = places.get(key, key)
        cluster = clusters.get((key, label))
        if cluster is None:
            # ("the office of the … Commissioner" is named as a name is written.)
            name = key[0].upper() + key[1:] if key.split()[0].islower() and " " in key else key
            cluster = Cluster(id=f"e{len(clusters) + 1}", name=name, type=label)
            clusters[(key, label)] = cluster
        cluster.mentions.append(m)
    return list(clusters.values())


# What belongs to an organisation and not to a person, named with the organisation's name before it (not a
# spokesman or staff, whom people have too: "a Trump spokesman").
_WHAT_A_BODY_HAS = frozenset({"employee", "worker", "shareholder", "share", "stock", "investor", "customer",
                              "subscriber", "headquarters", "survey", "poll"})


# Month and day names, which are also given names ("May", "June", "August").
_CALENDAR_WORDS = frozenset(n.lower() for n in (*calendar.month_name, *calendar.day_name) if n)


def _unseen_repeats(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "According to Chainlight, a blockchain analytics firm, … Chainlight said": an organisation's (or a
    work's) name printed again where the model saw nothing is the same one."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    named = {doc[m.start].text: m.label for m in mentions if m.end - m.start == 1 and m.label == "ORG"
             and (doc[m.start].is_title or doc[m.start].is_upper) and doc[m.start].is_alpha and len(doc[m.start]) > 1}
    # ("Naserian, 24, said … Naserian grew up herding goats": a one-word name of a person or a place too, where
    # the parse reads it as a name again; not one that is also a word of the calendar: "May", "August".)
    # (Only a word the model never gave another type: "Lumenfeed" the company is not the person it once saw.)
    types: dict[str, set[str]] = {}
    for m in mentions:
        types.setdefault(doc[m.start : m.end].text, set()).add(m.label)
    for m in mentions:
        word = doc[m.start]
        if m.end - m.start == 1 and m.label in ("PERSON", "GPE") and types[word.text] == {m.label} and word.is_title \
                and word.is_alpha and len(word) > 2 and word.lower_ not in _CALENDAR_WORDS:
            named.setdefault(word.text, m.label)
    # (Not where the word modifies a noun, as a capitalised common word does: "Next year", "Orange juice".)
    found = [Mention(t.i, t.i + 1, named[t.text]) for t in doc_tokens(doc) if t.text in named and t.i not in covered
             and (named[t.text] == "ORG" or t.pos_ == "PROPN" and not (  # (not "Melania Trump" for "Trump")
                 t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title))
             and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"))]
    # "… nearly ended The Quiet Ferns" in a headline, "The Quiet Ferns said …" below: a longer name, every word
    # capitalised, printed again word for word.
    longer = {tuple(t.text for t in doc[m.start : m.end]): m.label for m in mentions
              if m.label in ("ORG", "WORK_OF_ART") and 2 <= m.end - m.start <= 5
              and all(t.is_title or t.is_upper for t in doc[m.start : m.end])}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in longer:
        by_first.setdefault(words[0], []).append(words)
    for t in doc_tokens(doc):  # one pass, whatever the number of names
        for words in by_first.get(t.text, ()):
            end = t.i + len(words)
            if end <= len(doc) and tuple(x.text for x in doc[t.i : end]) == words \
                    and not covered.intersection(range(t.i, end)):
                found.append(Mention(t.i, end, longer[words]))
                covered.update(range(t.i, end))
    return found


def _short_form(doc: Doc, m: Mention) -> Token | None:
    """The short form in brackets right after an organisation's name ("… Commission (CDMC)"), if any; after a
    name the model gave another type, only one that spells its initials ("The Lok Sankalp Aghadi (LSA)": a
    body, whatever the model made of the words)."""
    if m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
        return None
    short = doc[m.end + 1]
    if not (short.is_upper and short.is_alpha and 2 <= len(short) <= 8):
        return None
    return short if m.label == "ORG" or m.end - m.start > 1 and _initials(doc[m.start : m.end]) == short.text else None


def _initials(words: Span) -> str:
    """The initials a short form spells: of the capitalised words, small words aside."""
    return "".join(t.text[0] for t in words if t.is_title and not t.is_stop)


def _unseen_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the Rail and Signal Workers’ Union (RSWU) … The RSWU said": a short form in brackets that spells the
    organisation's initials, and each later use of it, where the model saw no name."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for m in mentions:
        short = _short_form(doc, m)
        if short is None or short.i in covered or _initials(doc[m.start : m.end]) != short.text:
            continue
        for token in doc[short.i :]:
            if token.text == short.text and token.i not in covered:
                found.append(Mention(token.i, token.i + 1, "ORG", True))
                covered.add(token.i)
    return found


def _acronyms(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """ "The Consumer and Digital Markets Commission (CDMC)": the short form in brackets after a name is
    that name. The model may have cut the name's first words off ("Digital Markets Commission"); the
    initials the short form spells put them back."""
    by_start = {m.start: m for m in mentions}
    out = {}
    for m in mentions:
        short = _short_form(doc, m)
        if short is None or m.end + 1 not in by_start:
            continue
        initials = _initials(doc[m.start : m.end])
        start = m.start
        while start > 0 and len(initials) < len(short.text) and short.text.endswith(initials):
            before = doc[start - 1]
            if before.lower_ in ("and", "of", "for", "&") or before.is_title and before.pos_ == "PROPN" \
                    or before.is_title and before.i > 0 and doc[before.i - 1].lower_ == "the":
                start -= 1
                if before.is_title and not before.is_stop:
                    initials = before.text[0] + initials
            else:
                break
        if initials == short.text:
            m.start = start
            out[short.text] = name_of(doc[m.start : m.end])
    return out


def _named_before(ent: Span) -> bool:
    """Whether the entity, a person, names someone before its last word ("Rishi Sunak MP", "Ann Kerr MP";
    not "Labor MP" or "Liberal Democrat MP", unless a known given name opens it)."""
    before = [t for t in ent.doc[ent.start : ent.root.i] if t.is_title and t.lower_ not in HONORIFICS]
    return ent.label_ == "PERSON" and (len(before) >= 2 or any(
        t.lower_ in lexicons.genders("first_names") for t in before))


def _dateline_places(doc: Doc, mentions: list[Mention]) -> set[int]:
    """ "TOKYO — …", "LONDON (Reuters) - …": the place a dateline names is a place, printed in capitals,
    and the same place as "Tokyo" in the story. Its mention is added if the model missed it; returns the
    start tokens of the dateline places' mentions."""
    starts = set()
    for dateline in datelines(doc_text(doc)):
        span = doc.char_span(*dateline.span("place"))
        if span is None:
            continue
        inside = [m for m in mentions if span.start <= m.start and m.end <= span.end]
        if not inside and not any(m.start < span.end and span.start < m.end for m in mentions):
            inside = [Mention(span.start, span.end, "GPE", strong=True)]
            mentions.extend(inside)
        for m in inside:
            m.label, m.strong = "GPE", True
            starts.add(m.start)
    return starts


# One-word names of bodies that a longer name ending in the word is not: "the House" is not the White House.
_DISTINCT_BODIES = frozenset({"house", "senate", "congress", "parliament", "assembly", "cabinet", "court"})


def _initialisms(names: list[str]) -> dict[str, str]:
    """ "the WHO" after "the World Health Organization": a name in capitals, of three letters or more,
    that spells the initials of exactly one other organisation's name (its small words aside)."""
    out = {}
    for short in names:
        if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
            continue
        # (Two letters spell too many names, "BP" is not the Bank of Portugal, but a name of just two words
        # spelled so is: "the UN" after "the United Nations".)
        spelled = [n for n in names if n != short and "".join(
            w[0] for w in n.split() if w[0].isupper() and w.lower() not in _SMALL_WORDS) == short
            and (len(short) > 2 or len(n.split()) == 2)]
        if len(spelled) == 1:
            out[short] = spelled[0]
    return out


def _organisation_full_names(names: list[str]) -> dict[str, str]:
    """A short organisation name ("Kessler-Nordmann") -> the one longer name it begins
    ("Kessler-Nordmann Antriebstechnik"), when exactly one does; a one-word name ("Commission") -> the
    one longer name it ends ("European Commission"), as does a name in lower case ("community council" ->
    "Skerrow Community Council")."""
    out = {}
    for short in names:
        # ("Northbridge City" is not its supporters' trust, nor "Acme" the Acme Foundation.)
        longer = [n for n in names if n != short and n.startswith(short + " ")
                  and n.split()[-1].lower() not in _AFFILIATED_BODIES]
        if not longer and " " not in short and short.lower() not in _DISTINCT_BODIES:
            longer = [n for n in names if n != short and n.endswith(" " + short)]
        # "the community council" after "the Skerrow Community Council": the description is the name's end.
        if not longer and short.islower():
            longer = [n for n in names if n != short and n.lower().endswith(" " + short)]
        # "Northbridge" with "Northbridge City" and "Northbridge City Supporters' Trust": the names nest, and
        # the short one is the shortest of them.
        shortest = min(longer, key=len, default=None)
        if shortest is not None and all(n == shortest or n.startswith(shortest + " ") for n in longer):
            out[short] = shortest
        # "Quillon" beside "Quillon Systems" and its product "Quillon Assist": the one the company's own noun ends
        # (the shortest, beside "Tessaly Holdings" and its range "Tessaly Home Systems").
        elif firms := [n for n in longer if n.split()[-1].lower() in lexicons.words("org_nouns")]:
            shortest_firms = [n for n in firms if len(n.split()) == min(len(f.split()) for f in firms)]
            if len(shortest_firms) == 1:
                out[short] = shortest_firms[0]
    # "Norvalis Therapeutics, Inc." is "Norvalis Therapeutics": a company's legal form printed or not.
    for name in names:
        base = _LEGAL_FORM.sub("", name)
        if base != name and base in names and name not in out:
            out[name] = out.get(base, base)
    # "Acme" -> "Acme Corp" -> "Acme Corp Holdings": each short name goes to the longest it leads to.
    for short, full in out.items():
        seen = {short}
        while full in out and full not in seen:
            seen.add(full)
            full = out[full]
        out[short] = full
    return out


def _government_of(name: str, country: str) -> bool:
    """Whether ``name`` is the government of ``country`` as an article names it ("Kazakh government", "the
    Ethiopian government", "Government of Kazakhstan")."""
    words = name.lower().removeprefix("the ").split()
    if words[-1:] == ["government"] and len(words) == 2:
        people = words[0]
    elif words[:2] == ["government", "of"]:
        people = " ".join(words[2:])
    else:
        return False
    country = country.lower()
    if people == country or lexicons.people_of(people) == country:
        return True
    # ("Kazakh" of Kazakhstan by its first letters, where no other country shares them: not "Australian" of Austria)
    sharing = {c.lower() for c in lexicons.seats_of_government().values() if c.lower()[:4] == people[:4]}
    return sharing == {country}


def _speaks(mention: Span) -> bool:
    """Whether ``mention`` is what says something: the subject of a reporting verb ("Moscow has denied"), or
    what something is according to."""
    root = mention.root
    return what_it_is_according_to(root) \
        or root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicons.words("reporting_verbs")


def _place_names(keys: list[str]) -> dict[str, str]:
    """Another name of a place the article names in full ("U.S.", "US" -> "United States")."""
    by_place: dict[str, list[str]] = {}
    for key in keys:
        by_place.setdefault(lexicons.places().get(key.lower(), key.lower()), []).append(key)
    return {key: max(names, key=len) for names in by_place.values() if len(names) > 1 for key in names}


def token_index(clusters: list[Cluster]) -> dict[int, Cluster]:
    """Map each token index inside a mention to its cluster."""
    index = {}
    for cluster in clusters:
        for m in cluster.mentions:
            for i in range(m.start, m.end):
                index[i] = cluster
    return index


@Language.factory("newsgraph_entities", requires=["doc.ents", "token.dep"],
                  assigns=["doc._.entity_clusters"])
def make_entities(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent()


class EntityComponent:
    version = "157"

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.nlp.roles import assign_roles

        clusters = cluster_entities(doc)
        assign_roles(doc, clusters)
        doc._.entity_clusters = clusters
        return doc
