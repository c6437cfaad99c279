"""Build newsgraph's HELD-OUT attribution gold set from marked-up articles.

Ten further articles written for newsgraph (invented but realistic news: every person, place and
organisation is fictional; no outside text), annotated independently of the system's rules so that the
team can report figures on text the rules were never tuned on. Do not tune rules against this file.

Markup, offsets and annotation conventions are those of ``make_attribution_gold.py`` (PolNeAR style, see
its docstring and docs/eval.md), whose parser is reused here: roles are marked inline as ``{src1|…}``,
``{cue1|…}``, ``{con1|…}``; the number ties the pieces of one attribution; a role marked twice has several
pieces (split quotes, multi-paragraph quotes, a follow-on quote without a cue of its own); ``{src4+5|…}``
is one mention shared by two attributions; marks nest (an attribution inside another's content, including
a quotation inside a quotation). A content keeps "that" and its quotation marks but not a sentence-final
period outside them; one piece never crosses a paragraph break; the source is the mention as written;
"according to" is a cue. ``speakers`` maps attribution numbers to the entity the source resolves to in
the article; numbers left out have speaker null (the source names no one).

Judgement calls made for this set (kept consistently across the ten articles):

* A source spans the name plus appositives saying who the person is (title, age, job, affiliation, an
  identifying "who leads …" clause), with the closing comma when the appositive ends before the cue;
  asides about what the person did ("who proposed the motion", "who voted against") stay outside.
* "said in a statement" is one cue, as in the original set; the recipient of "told" ("told reporters",
  "told analysts", "told the meeting") is not part of the cue or the content.
* "called/described X Y" takes "X Y" as content; "rejected the charge" takes "the charge".
* A quotation inside a quotation ("the mayor told us ‘…’") is its own attribution nested in the outer
  content; its source, as written inside the quote, is usually someone unnamed (speaker null).
* Reported silence ("declined to comment", "had not commented", "did not respond to requests for
  comment", "declined to say"), scare quotes and quoted titles of works are NOT attributions here, as the
  brief for this set asks (PolNeAR itself annotates reported silence). ``negatives`` lists those phrases;
  ``--check`` verifies that no span touches them.
* Documents and figures nobody is said to own ("court filings", "a study") and unnamed groups
  ("officials", "residents", "the judges") have speaker null; an organisation pronoun ("it") or noun ("the
  ministry", "the company") resolves to the organisation's name as the article gives it, and so does a
  document it owns ("its annual report", "the ministry’s own figures"), as in the review rounds.

    python tests/golden/make_attribution_heldout.py          # rewrite src/newsgraph/eval/data/attribution-heldout.jsonl
    python tests/golden/make_attribution_heldout.py --check  # validate, and exit 1 if the file is stale or wrong
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_attribution_gold import MARK, ROLE_NAMES, build_checked  # noqa: E402
from make_attribution_gold import build as build_set  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "eval" / "data" / "attribution-heldout.jsonl"
ROLES = ("source", "cue", "content")

ARTICLES = [
    {
        "id": "heldout_2025-03-18_dredging-fraud-sentence",
        "speakers": {2: "Helen Marsh", 3: "Helen Marsh", 4: "Peter Quill", 5: "Peter Quill",
                     6: "Dana Ruiz", 7: "Dana Ruiz"},
        "date": "2025-03-18",
        "beat": "courts",
        "cases": ["according to", "document source", "told", "mixed", "split direct", "pronoun source",
                  "pronoun source, different gender nearby", "pronoun source, same gender nearby",
                  "role source", "called X Y", "indirect that", "indirect no that",
                  "negative: declined to comment", "negative: did not address the court"],
        "negatives": ["declined to comment", "did not address the court"],
        "text": """\
Former Port Contractor Jailed for Six Years Over Dredging Fraud

CALDER BAY — A former contractor was sentenced on Monday to six years in prison for billing the Calder \
Bay port authority for dredging work that was never carried out.

{cue1|According to} {src1|court filings}, {con1|Victor Anand’s firm submitted 212 invoices between 2019 \
and 2023 for channel maintenance that its own boats were not equipped to perform}. The invoices came to \
$4.7 million in all.

Before passing sentence, {src2|Judge Helen Marsh} {cue2|told} Anand {con2|that he had shown “a settled \
habit of deceit” and had misled investigators even after his arrest}.

{con3|“You treated the public’s money as a private account,”} {src3|she} {cue3|said}. {con3|“The harbor \
was left to silt up while you bought a second house.”}

Anand, 58, pleaded guilty in November and did not address the court. {src4|His lawyer, Peter Quill,} \
{cue4|said} {con4|his client would appeal the length of the sentence}. {src5|He} {cue5|argued} \
{con5|that the judge had given too little weight to Anand’s decision to repay $1.2 million before the \
trial}.

{src6|The prosecutor, Dana Ruiz,} {cue6|called} {con6|the sentence “a fair measure of a long and \
deliberate crime.”} {src7|She} {cue7|said} {con7|her office was examining whether two of Anand’s former \
employees had known about the scheme}.

The port authority declined to comment. Its board has hired an outside firm to audit every maintenance \
contract signed since 2018.
""",
    },
    {
        "id": "heldout_2025-04-07_kestrel-rovers-manager",
        "speakers": {1: "Kestrel Rovers", 2: "Sofia Brandt", 3: "Leah Okoro", 4: "Leah Okoro",
                     5: "Graham Lowe", 7: "Graham Lowe"},
        "date": "2025-04-07",
        "beat": "sport",
        "cases": ["organisation source", "statement", "mixed", "split direct", "pronoun source",
                  "pronoun source, same gender nearby", "role source", "direct with colon",
                  "multi-paragraph direct", "follow-on quote without cue", "plural source", "intention",
                  "indirect that", "indirect no that", "negative: scare quotes"],
        "negatives": ["“five-year project”"],
        "text": """\
Kestrel Rovers Part Ways With Manager After Relegation

Kestrel Rovers have parted company with manager Sofia Brandt two days after the women’s club was \
relegated from the top division for the first time in its 40-year history.

{src1|The club} {cue1|said in a statement} {con1|that the decision had been reached “by mutual agreement” \
and that the search for a successor would begin at once}.

{src2|Brandt}, who took charge in 2021, {cue2|said} {con2|she was proud of the squad’s two cup finals \
under her}. The club’s much-promoted “five-year project” lasted a little under four.

{src3|The captain, Leah Okoro,} {cue3|said} {con3|the players had been told of the decision in the \
dressing room on Monday morning}. {con4|“Sofia gave half of this squad their first chance in the top \
division,”} {src4|she} {cue4|said}. {con4|“However this season is remembered, none of us will forget \
that.”}

At a news conference, {src5|the chairman, Graham Lowe,} {cue5|said}:

{con5|“We owe our supporters honesty. The squad was not strong enough, and that is a failure of this \
board as much as of anyone on the touchline.}

{con5|“We will spend what it takes to come straight back up. I would rather lose money than lose \
another season.”}

{con5|“The new manager will have the final word on every signing.”}

{src6|Supporters’ groups} {cue6|have called for} {con6|a meeting with the board before the summer \
transfer window opens}. {src7|Lowe} {cue7|said} {con7|he would attend}.
""",
    },
    {
        "id": "heldout_2025-05-13_ostrander-measles",
        "speakers": {2: "Ministry of Health", 3: "Ministry of Health", 4: "Ministry of Health", 5: "Ines Varga",
                     6: "Ines Varga", 8: "Anton Fehr", 9: "Ministry of Health"},
        "date": "2025-05-13",
        "beat": "health",
        "cases": ["officials", "plural source", "indirect before cue", "direct before cue", "organisation source",
                  "organisation pronoun it", "according to", "document source", "mixed", "pronoun source",
                  "role source", "source with title", "residents say", "intention", "indirect that",
                  "indirect no that", "negative: did not respond to requests for comment"],
        "negatives": ["did not respond to requests for comment"],
        "text": """\
Measles Outbreak Spreads to Third District in Ostrander Province

{con1|The number of confirmed measles cases in Ostrander Province has risen to 84, up from 51 a week \
earlier}, {src1|health officials} {cue1|said} on Tuesday.

{src2|The Ministry of Health} {cue2|said} {con2|that most of those infected were children under ten who \
had not been vaccinated}. {src3|It} {cue3|added} {con3|that two infants were being treated in hospital \
but were in stable condition}.

{cue4|According to} {src4|the ministry’s own figures}, {con4|vaccination rates in the province’s rural \
districts fell from 93 percent in 2019 to 78 percent last year}.

{src5|Dr. Ines Varga, head of pediatrics at Ostrander General Hospital,} {cue5|said} {con5|her ward had \
seen “more measles in a month than in the previous ten years.”} {con6|“Parents are not careless,”} \
{src6|she} {cue6|said}. {con6|“Many of them simply cannot get to a clinic that is open.”}

In the village of Dunmore, {src7|residents} {cue7|say} {con7|the nearest clinic has opened only two days \
a week since its nurse retired in the spring}. {src8|Anton Fehr, who runs the village pharmacy,} \
{cue8|said} {con8|he had been asked about vaccines more often in the past fortnight than in the whole of \
last year}.

{src9|The ministry} {cue9|plans} {con9|to send mobile vaccination teams to 40 villages from next week}. \
A spokesman for the provincial governor did not respond to requests for comment.
""",
    },
    {
        "id": "heldout_2025-06-26_norrvik-tower-sale",
        "speakers": {1: "Ingrid Solheim", 2: "Ingrid Solheim", 3: "Ingrid Solheim", 4: "Mikkel Dahl",
                     5: "Mikkel Dahl", 6: "Mikkel Dahl", 8: "Ingrid Solheim", 9: "Norrvik Telecom"},
        "date": "2025-06-26",
        "beat": "business",
        "cases": ["role-only lede resolved later", "indirect before cue", "source with age and title", "told",
                  "split direct mid-sentence", "pronoun source", "pronoun source, different gender nearby",
                  "shared source", "mixed", "reporting noun", "reporting noun with pronoun source",
                  "nested", "plural source", "organisation source", "indirect that", "indirect no that",
                  "negative: declined to comment"],
        "negatives": ["declined to comment"],
        "text": """\
Norrvik Telecom to Sell Tower Network for $2.4 Billion

{con1|Norrvik Telecom will sell its 9,000 mobile towers to an infrastructure fund for $2.4 billion}, \
{src1|the company’s chief executive} {cue1|said} on Thursday, in a deal meant to cut the debt that has \
weighed on its shares for two years.

{src2|Ingrid Solheim, 54, the chief executive,} {cue2|told} analysts {con2|that the sale would reduce net \
debt by about a third}. {con3|“We were paying to own steel and concrete,”} {src3|she} {cue3|said}, \
{con3|“when we should be paying to put faster service in our customers’ hands.”}

The buyer, Halvard Infrastructure Partners, will lease the towers back to Norrvik for 15 years. Halvard \
declined to comment on its plans for the network.

{src4+5|Mikkel Dahl, an analyst at Fjordline Securities,} {cue4|said} {con4|the price was “at the top end \
of what anyone expected”} but {cue5|warned} {con5|that Norrvik would now pay rent on towers it used to \
own}. {src6|He} {cue6|estimated} {con6|the annual bill at about $150 million}.

{src7|Union representatives}, who met Solheim on Friday, {cue7|said} {con7|they did not trust {src8|her} \
{cue8|assurance} {con8|that no jobs would move to the buyer}}.

{src9|The company} {cue9|said} {con9|it expected the deal to close before the end of the year}. Its shares \
rose 7 percent.
""",
    },
    {
        "id": "heldout_2025-02-19_ashford-bridge-toll",
        "speakers": {1: "Joan Pike", 2: "Joan Pike", 4: "Colin Reyes", 5: "Colin Reyes"},
        "date": "2025-02-19",
        "beat": "local politics",
        "cases": ["role source", "mixed", "quote inside quote", "nested", "split direct", "pronoun source",
                  "follow-on quote without cue", "reporting noun", "his claim that",
                  "reporting noun with pronoun source", "pronoun source, different gender nearby",
                  "plural source", "told", "indirect that", "indirect no that",
                  "negative: had not commented"],
        "negatives": ["had not commented"],
        "text": """\
Ashford Council Votes to Scrap Mill Street Bridge Toll

ASHFORD — The town council voted 5 to 4 on Tuesday night to scrap the $2 toll on the Mill Street Bridge \
from September, ending a charge introduced a decade ago to pay for the bridge’s repair.

{src1|Council member Joan Pike}, who proposed the motion, {cue1|said} {con1|the repair loan had been paid \
off last year and the toll now served only to “punish people for living on the wrong side of the \
river.”}

{con2|“When this toll came in, {src3|the mayor at the time} {cue3|told} us {con3|‘it will be gone in five \
years,’}”} {src2|she} {cue2|said}. {con2|“It has been ten.”}

{src4|Mayor Colin Reyes}, who voted against the motion, {cue4|said} {con4|the toll still raised $600,000 a \
year for road maintenance}. {con4|“That money does not fall from the sky. Somebody will have to find \
it.”}

{src5|His} {cue5|claim} {con5|that pothole repairs would have to be cut} drew groans from the public \
gallery.

{src6|Several shop owners from the east bank} {cue6|told} the meeting {con6|that the toll had driven \
customers to stores in neighboring Denholm}.

The change also needs the approval of the state transport department, which had not commented by \
Wednesday afternoon. If it is approved, drivers will stop paying on September 1.
""",
    },
    {
        "id": "heldout_2025-07-15_sarvel-glaciers",
        "speakers": {3: "Tobias Erlund", 4: "Marit Solvang", 5: "Marit Solvang", 6: "Tobias Erlund",
                     7: "Tobias Erlund"},
        "date": "2025-07-15",
        "beat": "science",
        "cases": ["study source", "found", "indirect before cue", "plural source", "direct", "cue before source",
                  "role source", "source with title", "split direct", "pronoun source",
                  "pronoun source, different gender nearby", "belief", "intention", "indirect that",
                  "indirect no that", "negative: scare quotes"],
        "negatives": ["“white season”"],
        "text": """\
Alpine Glaciers Lose a Fifth of Their Ice in Nine Years

{con1|Glaciers in the Sarvel Alps lost a fifth of their ice between 2015 and 2024, twice as much as in the \
previous decade}, {src1|a study published on Tuesday} {cue1|found}.

{src2|The researchers, from the University of Lindmark,} {cue2|said} {con2|that warmer nights, rather than \
hotter summers, explained most of the difference}.

{con3|“We expected the melt to be fast. We did not expect it to be this fast,”} {cue3|said} {src3|Tobias \
Erlund, the glaciologist who led the study}.

{src4|His co-author, Dr. Marit Solvang,} {cue4|said} {con4|the team had fixed temperature sensors to 46 \
glaciers and checked them every month for nine years}. {con5|“The night-time readings were the \
surprise,”} {src5|she} {cue5|said}. {con5|“Ice that should refreeze after dark simply is not \
refreezing.”}

{src6|Erlund} {cue6|believes} {con6|the findings will force modelers to revisit their assumptions for \
other mountain ranges}. {src7|He} {cue7|hopes} {con7|to extend the study to the Kareth range next year}.

{src8|Other scientists} {cue8|cautioned} {con8|that nine years of measurements was a short record for \
drawing firm conclusions}. Ski resorts in the region have already shortened their “white season” by \
three weeks since 2010.
""",
    },
    {
        "id": "heldout_2025-08-28_aldoria-border-talks",
        "speakers": {1: "Aldorian Foreign Ministry", 2: "Aldorian Foreign Ministry", 3: "Katya Orel",
                     4: "Katya Orel", 6: "Vessenland", 9: "Civic Front"},
        "date": "2025-08-28",
        "beat": "foreign affairs",
        "cases": ["organisation source", "organisation pronoun it", "described X as Y", "mixed",
                  "role source", "told", "direct before cue", "pronoun source", "officials", "plural source",
                  "nested", "according to people familiar", "according to", "intention", "accused",
                  "country as source", "indirect that", "indirect no that",
                  "negative: had not commented", "negative: declined to comment"],
        "negatives": ["had not commented", "declined to comment"],
        "text": """\
Aldoria and Vessenland Agree to Resume Border Talks

Aldoria and Vessenland will resume talks on their disputed river border next month, ending a two-year \
freeze that followed clashes between fishing crews on the Tarn estuary.

{src1|The Aldorian Foreign Ministry} {cue1|said} {con1|that the first round would be held in the neutral \
city of Pellago on September 14}. {src2|It} {cue2|described} {con2|the agreement as “a first step, not a \
settlement.”}

{src3|Foreign Minister Katya Orel} {cue3|told} reporters {con3|that her government had dropped its demand \
for joint patrols as a condition for talks}. {con4|“Nobody gets what they want by refusing to sit at the \
table,”} {src4|she} {cue4|said}.

In Vessenland, {src5|officials} {cue5|said} {con5|the delegation would be led by Deputy Foreign Minister \
Aurel Banu}. Banu had not commented on the talks by Wednesday evening.

{con7|{src6|Vessenland} {cue6|wants} {con6|the talks to cover fishing quotas as well as the line of the \
border}}, {cue7|according to} {src7|two diplomats briefed on the preparations}. {src8|The diplomats}, who \
spoke on condition of anonymity, {cue8|said} {con8|no date had been set for a second round}.

{src9|Aldoria’s main opposition party, the Civic Front,} {cue9|accused} {con9|the government of “trading \
away the estuary for a photograph.”} A spokesman for Prime Minister Lev Dragan declined to comment on \
the criticism.
""",
    },
    {
        "id": "heldout_2025-10-09_harwell-prize",
        "speakers": {3: "Ruth Calloway", 4: "Ruth Calloway", 5: "Jonah Pell", 6: "Jonah Pell"},
        "date": "2025-10-09",
        "beat": "culture",
        "cases": ["plural source", "shared source", "called X Y", "mixed", "source with age",
                  "indirect that", "indirect no that", "direct before cue", "told", "pronoun source",
                  "pronoun source, different gender nearby", "split direct", "multi-paragraph direct",
                  "role source", "intention", "title of work inside content",
                  "negative: title of work", "negative: scare quotes"],
        "negatives": ["“The Salt Ledger,”", "“difficult”", "“Ninefold,”"],
        "text": """\
Debut Novel About Lighthouse Keepers Wins Harwell Prize

“The Salt Ledger,” a first novel by the retired schoolteacher Ruth Calloway, won the Harwell Prize for \
fiction on Thursday night, beating books by two former winners.

{src1+2|The judges} {cue1|called} {con1|the book “a quiet storm of a novel”} and {cue2|said} {con2|it had \
been their unanimous choice from a shortlist of six}.

In her acceptance speech, {src3|Calloway, 67,} {cue3|said} {con3|that she had written most of the book at \
her kitchen table in the hour before dawn}.

{con4|“I was a teacher for thirty-one years,”} {src4|she} {cue4|told} the audience. {con4|“I marked other \
people’s stories every evening and never finished one of my own.}

{con4|“Then my husband died, the house went very quiet, and I ran out of excuses.”}

{src5|Her publisher, Jonah Pell of Greywater Books,} {cue5|said} {con5|the prize had already lifted orders \
for the novel from 3,000 copies to more than 40,000}. {src6|He} {cue6|plans} {con6|to publish Calloway’s \
second novel, “Low Water,” next spring}.

The Harwell has a reputation for rewarding “difficult” books, and last year’s winner, the verse epic \
“Ninefold,” sold fewer than 5,000 copies.
""",
    },
    {
        "id": "heldout_2025-09-12_corriston-fees",
        "speakers": {1: "Corriston University", 2: "Corriston University", 3: "Alan Okri", 4: "Samir Haddad",
                     5: "Samir Haddad", 6: "Alan Okri"},
        "date": "2025-09-12",
        "beat": "education",
        "cases": ["organisation source", "according to", "document source", "role source", "told",
                  "mixed", "pronoun source", "pronoun source, same gender nearby", "direct before cue",
                  "reporting noun", "plural source", "indirect that", "indirect no that",
                  "negative: declined to say"],
        "negatives": ["declined to say"],
        "text": """\
Corriston University to Raise Fees by 9 Percent

Corriston University will raise tuition fees by 9 percent from September, its steepest increase in more \
than a decade, after its governing board approved the plan on Friday.

{src1|The university} {cue1|said} {con1|the rise was needed to close a $14 million shortfall caused by a \
fall in international enrolment}. {cue2|According to} {src2|its annual report}, {con2|the number of \
overseas students dropped by 22 percent over two years}.

{src3|Vice-Chancellor Alan Okri} {cue3|told} staff in an email {con3|that the board had faced “no good \
options, only less bad ones.”}

The president of the student union, Samir Haddad, met Okri for an hour on Thursday. Afterwards {src4|he} \
{cue4|said} {con4|that the vice-chancellor had listened politely and changed nothing}. {con5|“Students \
are being asked to pay for decisions they had no part in,”} {src5|Haddad} {cue5|said}.

{src6|Okri’s} {cue6|argument} {con6|that higher fees will protect teaching quality} has done little to \
reassure lecturers, who face a pay freeze. {src7|Their union} {cue7|said} {con7|it would ballot members \
on strike action in October}.

{src8|Several students} {cue8|said} {con8|they would look for more part-time work to cover the increase}. \
The education ministry declined to say whether it would review the rise.
""",
    },
    {
        "id": "heldout_2025-08-08_brenning-hosepipe-ban",
        "speakers": {1: "Claire Moynihan", 2: "Claire Moynihan", 3: "Claire Moynihan",
                     5: "Brenning Valley Water Board", 6: "Brenning Valley Water Board", 7: "Dennis Hale",
                     8: "Dennis Hale", 9: "Claire Moynihan", 10: "Claire Moynihan"},
        "date": "2025-08-08",
        "beat": "environment",
        "cases": ["role-only lede resolved later", "direct before cue", "role source", "indirect that",
                  "pronoun source", "pronoun source, different gender nearby", "split direct",
                  "quote inside quote", "nested", "organisation source", "organisation pronoun it",
                  "expectation", "accused", "shared source", "participle cue", "residents say",
                  "plural source", "indirect no that"],
        "negatives": [],
        "text": """\
Water Board Orders Hosepipe Ban as Reservoirs Run Low

{con1|Households across the Brenning Valley will be banned from using hosepipes from Monday}, {src1|the \
head of the Brenning Valley Water Board} {cue1|said} on Friday, as reservoir levels fell to their lowest \
point in nearly fifty years.

{src2|Claire Moynihan, who has led the board since 2022,} {cue2|said} {con2|that rainfall since March had \
been less than half the usual amount}. {con3|“Nobody enjoys telling people they cannot water their \
gardens,”} {src3|she} {cue3|said}. {con3|“{src4|My grandmother} {cue4|used to say} {con4|‘you never miss \
the water till the well runs dry,’} and this summer she has been proved right.”}

{src5|The board} {cue5|said} {con5|fines of up to $1,000 could be imposed}, but {src6|it} {cue6|expects} \
{con6|to rely mostly on warnings}.

{src7|Dennis Hale, who chairs the valley’s farmers’ union,} {cue7|said} {con7|the ban should have come a \
month earlier}. {src8|He} {cue8|accused} {con8|the board of putting golf courses ahead of crops}. \
{src9+10|Moynihan} {cue9|rejected} {con9|the charge}, {cue10|saying} {con10|golf courses had been under \
the same limits since May}.

{src11|Some residents} {cue11|say} {con11|they have already started saving bathwater for their vegetable \
plots}.
""",
    },
]


def build() -> str:
    return build_set(ARTICLES, split="heldout")


def _marked_pieces(marked: str) -> dict[int, dict[str, list[str]]]:
    """Independently of ``parse``: each mark's inner text with the marks stripped, in text order."""
    opens: list[tuple[str, str, int]] = []
    pieces: list[tuple[int, str, str, int]] = []
    for m in MARK.finditer(marked):
        if m.group(1):
            opens.append((ROLE_NAMES[m.group(1)], m.group(2), m.end()))
            continue
        role, numbers, start = opens.pop()
        inner = MARK.sub("", marked[start:m.start()])
        for number in numbers.split("+"):
            pieces.append((int(number), role, inner, start))
    out: dict[int, dict[str, list[str]]] = {}
    for number, role, inner, _ in sorted(pieces, key=lambda p: p[3]):
        out.setdefault(number, {r: [] for r in ROLES})[role].append(inner)
    return out


def validate(built: str) -> list[str]:
    """Every problem found in the built JSONL (empty when the set is well formed)."""
    problems: list[str] = []
    records = [json.loads(line) for line in built.splitlines()]
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append(f"duplicate ids: {ids}")
    for article, record in zip(ARTICLES, records, strict=True):
        doc_id, text = record["id"], record["text"]
        where = doc_id
        if not re.fullmatch(r"heldout_\d{4}-\d\d-\d\d_[a-z0-9-]+", doc_id):
            problems.append(f"{where}: id pattern")
        if doc_id[8:18] != article["date"]:
            problems.append(f"{where}: id date differs from publication date")
        if "{" in text or "}" in text or "|" in text:
            problems.append(f"{where}: markup left in the text")
        if text != MARK.sub("", article["text"].rstrip("\n")):
            problems.append(f"{where}: plain text differs from the markup with marks removed")
        head, blank, _ = (text.split("\n", 2) + ["", ""])[:3]
        if not head or blank != "" or head != record["meta"]["title"]:
            problems.append(f"{where}: headline line then a blank line expected")
        words = len(text.split())
        if not 150 <= words <= 350:
            problems.append(f"{where}: {words} words")
        attributions = record["attributions"]
        marked = _marked_pieces(article["text"].rstrip("\n"))
        if sorted(marked) != list(range(1, len(attributions) + 1)):
            problems.append(f"{where}: attribution numbers are not 1..N: {sorted(marked)}")
        if not set(article["speakers"]) <= set(marked):
            problems.append(f"{where}: speakers for unknown attributions")
        spans_all = []
        for number, a in enumerate(attributions, start=1):
            tag = f"{where} #{number}"
            if not a["cue"] or not a["content"]:
                problems.append(f"{tag}: needs a cue and a content")
            spans = []
            for role in ROLES:
                got = []
                for s, e in a[role]:
                    if not (0 <= s < e <= len(text)):
                        problems.append(f"{tag}: {role} span {s, e} outside the text")
                        continue
                    piece = text[s:e]
                    got.append(piece)
                    spans.append((s, e))
                    spans_all.append((s, e))
                    if piece != piece.strip():
                        problems.append(f"{tag}: {role} piece not trimmed: {piece!r}")
                    if "\n" in piece:
                        problems.append(f"{tag}: {role} piece crosses a paragraph break")
                if got != marked.get(number, {}).get(role):
                    problems.append(f"{tag}: {role} {got!r} != marked {marked.get(number, {}).get(role)!r}")
            spans.sort()
            if any(e1 > s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False)):
                problems.append(f"{tag}: roles overlap {spans}")
            if a["content"]:
                s, e = a["content"][-1]
                last = text[s:e]
                if last.endswith("."):
                    problems.append(f"{tag}: content ends on a period outside quotes: {last!r}")
                if last[0] in "\u201c\"" and last[-1] not in "\u201d\"":
                    problems.append(f"{tag}: direct content does not end on its closing mark")
            speaker = a.get("speaker")
            if "speaker" not in a or (speaker is not None and (not isinstance(speaker, str) or not speaker)):
                problems.append(f"{tag}: speaker must be a name or null")
            if isinstance(speaker, str) and speaker.split()[-1] not in text:
                problems.append(f"{tag}: speaker {speaker!r} is not named in the article")
        for phrase in article["negatives"]:
            starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
            if not starts:
                problems.append(f"{where}: negative {phrase!r} not in the text")
            for p in starts:
                if any(s < p + len(phrase) and p < e for s, e in spans_all):
                    problems.append(f"{where}: negative {phrase!r} is inside an annotated span")
    return problems


def main() -> int:
    return build_checked(OUT, build, validate, Path(__file__).name)


if __name__ == "__main__":
    sys.exit(main())
