"""Build newsgraph's own attribution gold set from marked-up articles.

The articles below were written for newsgraph (invented but realistic news; no outside text). Roles
are marked inline as ``{src1|…}``, ``{cue1|…}``, ``{con1|…}``: the number ties pieces of one attribution
together, a role marked twice has several pieces (split quotes, multi-paragraph quotes), ``{src7+8|…}``
is one mention shared by two attributions, and marks nest (an attribution inside another's content). Offsets
are computed here, never typed by hand.

Annotation follows PolNeAR (see docs/eval.md): a content keeps "that" and its quotation marks, but not
a sentence-final period outside them; a quote continued after its cue, or in the next paragraph without
a cue of its own, is another content piece of the same attribution; one piece never crosses a paragraph
break; the source is the mention as written ("she", "the finance director"); "according to" is a cue.
Each attribution also names its speaker, the entity the source resolves to in the article ("she" is
"Elena Vasquez", "the airline" is "Skyline Air", "a hospital spokesman" the one hospital the article
names, for which he speaks; "his campaign" the candidate, as an office speaks for whose it is; "the
company’s figures" the company whose they are), or null when the source names no one ("union officials",
"a memo", an organisation the article never names); ``speakers`` maps numbers to names.

    python tests/golden/make_attribution_gold.py          # rewrite src/newsgraph/eval/data/attribution.jsonl
    python tests/golden/make_attribution_gold.py --check  # exit 1 if the file is stale
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "eval" / "data" / "attribution.jsonl"
MARK = re.compile(r"\{(src|cue|con)(\d+(?:\+\d+)*)\||\}")
ROLE_NAMES = {"src": "source", "cue": "cue", "con": "content"}

ARTICLES = [
    {
        "id": "own_2025-03-04_riverton-budget",
        "speakers": {1: "Elena Vasquez", 2: "Elena Vasquez", 3: "Darius Holt", 4: "Marcus Webb", 5: "Marcus Webb"},
        "date": "2025-03-04",
        "cases": ["mixed", "split direct", "pronoun source", "role source", "indirect that", "told"],
        "text": """\
Riverton Council Passes Budget Over Library Objections

RIVERTON — The city council on Monday approved a $412 million budget for the coming year by a vote of \
7 to 2, ending three weeks of tense negotiations over library hours and road repairs.

{src1|Mayor Elena Vasquez}, who had threatened to veto an earlier draft, {cue1|said} {con1|the final plan \
was “not perfect, but honest about what we can afford.”}

{con2|“We asked every department to find savings,”} {src2|she} {cue2|said}. {con2|“Nobody got everything \
they wanted, and that is usually the sign of a fair budget.”}

The plan trims Sunday opening at four of the city’s nine library branches and delays the resurfacing of \
Canal Street until next spring. It leaves property tax rates unchanged.

{src3|Council member Darius Holt}, one of the two votes against, {cue3|argued} {con3|that closing branches \
on Sundays would hurt students who rely on free internet access to finish their homework}.

{src4|The city’s finance director, Marcus Webb,} {cue4|told} council members {con4|that reserves would \
fall to their lowest level since 2011 if revenue from the new convention center came in below forecasts}. \
{src5|He} {cue5|said} {con5|the city could still borrow at favorable rates}.

The budget takes effect on July 1.
""",
    },
    {
        "id": "own_2025-02-11_halden-foods-layoffs",
        "speakers": {2: "Halden Foods", 3: "Nora Lindqvist", 4: "Nora Lindqvist"},
        "date": "2025-02-11",
        "cases": ["according to", "reporting noun", "indirect that", "role source", "plural source"],
        "text": """\
Halden Foods to Cut 600 Jobs as Sales Slow

Halden Foods, the packaged-meals maker based in Dover Falls, will close two plants and cut about 600 jobs \
by the end of the year, {cue1|according to} {src1|a memo sent to employees on Tuesday}. {con1|The plants in \
Millbrook and Eastgate will stop production in September}.

{src2|The company} {cue2|said in a statement} {con2|that demand for frozen dinners had fallen for six \
straight quarters as shoppers switched to cheaper store brands}.

{src3|Chief executive Nora Lindqvist} {cue3|told} analysts on a conference call {con3|that the closures \
would save roughly $45 million a year}. {src4|She} {cue4|said} {con4|the decision was made only \
last month}, rejecting {src5|the union’s} {cue5|claim} {con5|that the company had planned the cuts while \
negotiating a new contract}.

{src6|Union officials} {cue6|said} {con6|they would ask the state labor board to review whether Halden had \
bargained in good faith}. {src7|Local lawmakers} {cue7|called for} {con7|a hearing on the tax breaks the \
company received when it expanded the Millbrook plant in 2019}.

Shares of Halden fell 4 percent in afternoon trading. {cue8|According to} {src8|data from the state \
employment office}, {con8|food manufacturing accounts for one in nine jobs in the county}.
""",
    },
    {
        "id": "own_2025-05-21_central-bank-rates",
        "speakers": {1: "Paul Adeyemi", 2: "Paul Adeyemi", 3: "Paul Adeyemi", 7: "Chamber of Commerce"},
        "date": "2025-05-21",
        "cases": ["belief", "survey source", "mixed", "direct before cue", "indirect no that", "expects"],
        "text": """\
Central Bank Holds Rates, Signals Patience on Cuts

The central bank left its benchmark rate at 4.25 percent on Wednesday, the fourth meeting in a row without \
a change.

{src1|Governor Paul Adeyemi} {cue1|said} {con1|inflation was “moving in the right direction, but not \
fast enough” to justify lower borrowing costs}. {src2|He} {cue2|added} {con2|that wage growth in the \
services sector remained stronger than the bank had expected}.

{con3|“We would rather be a little late than have to reverse course,”} {src3|Adeyemi} {cue3|told} \
reporters after the decision.

{src4|Most economists} {cue4|believe} {con4|the bank will cut rates at least once before the end of the \
year}. {cue5|According to} {src5|a survey of 30 forecasters published last week}, {con5|the first cut is \
most likely in September}.

{src6|Business groups} {cue6|have urged} {con6|the bank to move sooner}. {src7|The Chamber of Commerce} \
{cue7|warned} {con7|that high interest rates were holding back investment by small manufacturers}.

{src8|Some investors} {cue8|expect} {con8|a cut as early as July}, and the currency weakened slightly after \
the announcement.
""",
    },
    {
        "id": "own_2025-09-15_okafor-rally",
        "speakers": {1: "Amara Okafor", 2: "Amara Okafor", 3: "Glen Pryce", 4: "Glen Pryce", 5: "Amara Okafor"},
        "date": "2025-09-15",
        "cases": ["multi-paragraph direct", "follow-on quote without cue", "direct with colon",
                  "pronoun source"],
        "text": """\
Okafor Promises Rail Line in Campaign Launch

GRANTSVILLE — Senate candidate Amara Okafor opened her campaign on Sunday with a promise to reopen the \
shuttered rail line between Grantsville and the state capital.

Speaking to about 800 supporters in a former freight depot, {src1|she} {cue1|said}:

{con1|“For thirty years people here have been told to wait. Wait for the factory to come back, wait for the \
highway, wait for somebody in the capital to remember where Grantsville is.}

{con1|“I am done waiting. The tracks are still here. The stations are still here. What has been missing is \
the will to use them.”}

{con2|“This is not nostalgia,”} {src2|she} {cue2|added}. {con2|“It is the cheapest way to connect \
three hundred thousand people to better jobs.”}

{src3|Okafor’s opponent, state Treasurer Glen Pryce,} {cue3|has called} {con3|the rail plan “a fantasy \
with a price tag nobody will say out loud.”} {src4|His campaign} {cue4|estimated} {con4|the cost at \
$2.3 billion}.

{src5|Okafor} {cue5|said} {con5|federal grants could cover most of the cost}. {con5|“If other states can \
do it, so can we.”}

The primary is in May.
""",
    },
    {
        "id": "own_2025-06-03_steel-tariffs",
        "speakers": {1: "Hana Kovac", 2: "Hana Kovac", 5: "Ivo Marek",
                     6: "Tomas Reiter", 7: "Tomas Reiter", 8: "Hana Kovac"},
        "date": "2025-06-03",
        "cases": ["role source", "officials", "indirect no that", "direct", "intention", "told"],
        "text": """\
Trade Minister Vows Response to Steel Tariffs

{con1|The government will challenge new tariffs on its steel exports at the World Trade Organization}, \
{src1|the trade minister} {cue1|said} on Tuesday, as talks with its largest trading partner stalled.

{con2|“We will not accept measures that break the rules we all signed,”} {src2|Minister Hana Kovac} \
{cue2|told} parliament. {con2|“Our industry has done nothing to deserve this.”}

The tariffs, of 18 percent on rolled steel, take effect next month. {src3|Officials in the ministry} \
{cue3|said} {con3|they were preparing a list of goods that could face retaliatory duties}, though no \
decision had been made.

{src4|Steelmakers} {cue4|warned} {con4|that as many as 3,000 jobs could be at risk}. {src5|The head of the \
Steel Producers Association, Ivo Marek,} {cue5|said} {con5|his members had already lost orders from \
customers who feared higher prices}.

{src6|Opposition leader Tomas Reiter} {cue6|accused} {con6|the government of ignoring warnings from \
exporters for more than a year}. {src7|He} {cue7|wants} {con7|the minister to publish the negotiating \
record}.

{src8|Kovac} {cue8|plans} {con8|to meet her counterpart in Geneva next week}.
""",
    },
    {
        "id": "own_2025-01-28_nurses-strike",
        "speakers": {1: "Rosa Delgado", 2: "St. Brendan’s Hospital", 5: "Karen Liu", 6: "Karen Liu", 7: "Ben Oyelaran",
                     8: "Ben Oyelaran"},
        "date": "2025-01-28",
        "cases": ["split direct", "told reporters", "role source", "indirect that", "direct after cue"],
        "text": """\
Nurses at St. Brendan’s Begin Two-Day Strike

About 1,200 nurses at St. Brendan’s Hospital walked off the job on Tuesday morning after talks over \
staffing levels broke down late Monday.

{con1|“We are not striking for ourselves,”} {cue1|said} {src1|Rosa Delgado, a nurse in the intensive \
care unit for 14 years}, {con1|“we are striking because there are nights when one of us has eight patients.”}

The hospital brought in temporary staff and postponed some scheduled surgeries. {src2|A hospital \
spokesman} {cue2|said} {con2|emergency care was not affected}.

{src3|The nurses’ union} {cue3|says} {con3|that the hospital has cut nursing positions by 9 percent since \
2022 while patient numbers rose}. {src4|Hospital management} {cue4|disputes} {con4|those figures}.

{src5|Chief nursing officer Karen Liu} {cue5|told reporters} {con5|that the hospital had offered to hire \
150 nurses over two years}. {con6|“That offer is still on the table,”} {src6|she} {cue6|said}.

{src7|Union president Ben Oyelaran} {cue7|said} {con7|the offer came with no guarantee on ratios}. {con8|“A \
promise to hire is not a promise to staff,”} {src8|he} {cue8|said}.

No new talks have been scheduled.
""",
    },
    {
        "id": "own_2025-07-09_brightpath-merger",
        "speakers": {2: "BrightPath", 5: "BrightPath", 8: "Corbel Research"},
        "date": "2025-07-09",
        "cases": ["according to people familiar", "intention", "reporting noun", "statement", "mixed"],
        "text": """\
Regulator Opens In-Depth Probe of BrightPath Deal

The competition authority on Wednesday opened a full investigation into BrightPath’s $3.1 billion purchase \
of the payments company Nuvola, delaying a deal the two firms had hoped to close this summer.

{src1|The authority} {cue1|said} {con1|it was concerned that the combined company would control more than \
half of card payments at small shops}.

{con3|{src2|BrightPath} {cue2|intends} {con2|to offer to sell Nuvola’s terminal business to win \
approval}}, {cue3|according to} {src3|two people familiar with the company’s plans}. {src4|The people}, \
who asked not to be named because the talks are private, {cue4|said} {con4|a buyer had not been chosen}.

{src5|BrightPath} {cue5|said in a statement} {con5|that the deal would “lower costs for merchants of every \
size.”}

{src6|Independent retailers} {cue6|said} {con6|they would oppose the deal}. They have little faith in \
{src7|the companies’} {cue7|argument} {con7|that competition from new online payment apps will keep fees \
low}.

{src8|Analysts at Corbel Research} {cue8|estimate} {con8|the review could take up to six months}.
""",
    },
    {
        "id": "own_2025-10-22_court-voter-map",
        "speakers": {1: "Supreme Court", 2: "Miriam Sato", 3: "Miriam Sato", 5: "Carl Brandt", 6: "Carl Brandt"},
        "date": "2025-10-22",
        "cases": ["court as source", "ruling", "mixed", "pronoun source", "direct", "indirect that"],
        "text": """\
Court Strikes Down State Voting Map

The state Supreme Court on Tuesday threw out the legislature’s new congressional map, ordering lawmakers \
to draw new districts within 60 days.

In a 5-2 decision, {src1|the court} {cue1|found} {con1|that the map split Black neighborhoods in Harlow \
County among three districts in a way that diluted their votes}.

{src2|Justice Miriam Sato}, writing for the majority, {cue2|said} {con2|the legislature had offered “no \
credible reason” for the boundaries}. {con3|“The Constitution does not allow the majority to choose its \
voters,”} {src3|she} {cue3|wrote}.

{src4|Two justices} dissented, {cue4|arguing} {con4|that drawing maps is a political task the courts \
should leave alone}.

{src5|Senate Majority Leader Carl Brandt} {cue5|said} {con5|Republicans would ask the U.S. Supreme Court \
to review the ruling}. {con6|“Four judges have decided they know better than the voters who elected us,”} \
{src6|he} {cue6|said}.

{src7|Voting rights groups} {cue7|welcomed} {con7|the decision}. {src8|Their lawyers} {cue8|have long \
maintained} {con8|that the map was drawn to protect incumbents}.
""",
    },
    {
        "id": "own_2025-04-16_wind-farm-vote",
        "speakers": {1: "Lars Holm", 2: "Lars Holm", 3: "Britt Nygaard",
                     4: "Britt Nygaard", 7: "Lars Holm", 8: "Lars Holm"},
        "date": "2025-04-16",
        "cases": ["direct before cue", "he added", "indirect that", "pronoun source", "officials"],
        "text": """\
Parliament Backs Offshore Wind Expansion

Parliament on Wednesday approved a plan to triple offshore wind capacity by 2035, after a debate that \
split the governing coalition.

{con1|“This is the largest investment in energy security this country has made in a generation,”} \
{src1|Energy Minister Lars Holm} {cue1|said} after the vote. {con2|“Every turbine we build is a turbine \
nobody can switch off from abroad,”} {src2|he} {cue2|added}.

The plan passed 98 to 71. Eleven members of the Farmers’ Party, a junior coalition partner, voted \
against it.

{src3|Their leader, Britt Nygaard,} {cue3|said} {con3|that the cost of new power cables would fall on \
rural households}. {src4|She} {cue4|called} {con4|the vote “a bill for the countryside and a photo \
opportunity for the capital.”}

{src5|Grid operator officials} {cue5|have said} {con5|that at least 900 kilometers of new transmission \
lines are needed}. {src6|Fishing groups} {cue6|fear} {con6|the turbines will close off traditional fishing \
grounds}.

{src7+8|Holm} {cue7|promised} {con7|a compensation fund for coastal communities} and {cue8|said} {con8|the \
first auction would be held in the autumn}.
""",
    },
    {
        "id": "own_2025-08-05_farm-poll",
        "speakers": {4: "Dana Whitfield", 5: "Dana Whitfield", 6: "Owen Barker",
                     7: "Owen Barker", 8: "Rural Affairs Institute", 9: "Dana Whitfield"},
        "date": "2025-08-05",
        "cases": ["poll source", "belief", "found", "indirect that", "direct", "according to"],
        "text": """\
Poll Finds Farmers Split on Subsidy Overhaul

{con1|Farmers are almost evenly divided over the government’s plan to tie subsidies to environmental \
targets}, {src1|a new poll} {cue1|shows}.

{src2|The survey of 1,500 farm owners, carried out for the Rural Affairs Institute,} {cue2|found} \
{con2|that 47 percent support the change and 44 percent oppose it}. The institute questioned farmers \
in all nine regions during June and July. {src3|Nearly two-thirds} {cue3|said} \
{con3|they did not understand how the new payments would be calculated}.

{src4|Agriculture Secretary Dana Whitfield} {cue4|believes} {con4|the plan will keep small farms in \
business}. {con5|“For too long the money has gone to whoever owns the most land,”} {src5|she} \
{cue5|said} in an interview.

{src6|Owen Barker, who grows wheat on 400 acres near Tollesby,} {cue6|worries} {con6|that the paperwork \
alone will cost him a week every spring}. {con7|“I am a farmer, not an accountant,”} {src7|he} \
{cue7|said}.

{cue8|According to} {src8|the institute}, {con8|support is highest among farmers under 40}. \
{src9|Whitfield} {cue9|expects} {con9|to publish the final rules in November}.
""",
    },
    {
        "id": "own_2025-11-12_skyline-profit-warning",
        "speakers": {1: "Skyline Air", 2: "Ruth Ambrose", 3: "Skyline Air", 7: "Skyline Air", 8: "Ruth Ambrose"},
        "date": "2025-11-12",
        "cases": ["statement", "according to", "split direct", "role source", "intention", "straight quotes"],
        "text": """\
Skyline Air Cuts Profit Forecast After Pilot Strike

Skyline Air lowered its full-year profit forecast on Wednesday, blaming a five-day pilot strike in October \
that grounded more than 2,000 flights.

{src1|The airline} {cue1|said in a statement} {con1|that operating profit would be between $180 million \
and $210 million, down from an earlier forecast of up to $290 million}.

{con2|"The strike was costly, and we will not pretend otherwise,"} {src2|chief financial officer Ruth \
Ambrose} {cue2|said} on a call with analysts. {con2|"But bookings for the winter are ahead of last year."}

{cue3|According to} {src3|the company’s figures}, {con3|about 310,000 passengers had their journeys \
cancelled or delayed}. {src4|Consumer groups} {cue4|say} {con4|many are still waiting for refunds}.

{src5|A spokesman for the pilots’ union} {cue5|said} {con5|the forecast showed the airline could have \
afforded a better offer}. {src6|The union} {cue6|plans} {con6|to ballot members on further action in \
January}.

{con8|{src7|Skyline} {cue7|wants} {con7|to lease four more aircraft next year}}, {src8|Ambrose} \
{cue8|said}, {con8|but only if the labor dispute is settled}.

Shares fell 6 percent.
""",
    },
    {
        "id": "own_2025-09-30_school-board-phones",
        "speakers": {1: "Grace Mbeki", 2: "Grace Mbeki", 3: "Felix Romero", 4: "Felix Romero"},
        "date": "2025-09-30",
        "cases": ["multi-paragraph direct", "follow-on quote without cue", "role source", "mixed",
                  "indirect that", "pronoun source"],
        "text": """\
School Board Bans Phones in Classrooms

The Lakeview school board voted 6-1 on Monday night to ban mobile phones during class time at all 14 of \
the district’s schools, starting in January.

{src1|Superintendent Grace Mbeki} {cue1|told} the board {con1|that teachers had asked for a clear rule \
after a year of inconsistent policies}.

{con2|“Our teachers spend the first ten minutes of every lesson collecting phones or arguing about \
them,”} {src2|she} {cue2|said}. {con2|“That is ten minutes we are not teaching.}

{con2|“We looked at districts that have done this. Attendance did not fall. Test scores went up a \
little. Nobody’s world ended.”}

{con2|“Parents will still be able to reach their children through the school office.”}

{src3+4|The only board member to vote no, Felix Romero,} {cue3|said} {con3|the ban was “a solution \
looking for a problem”} and {cue4|questioned} {con4|how it would be enforced}.

{src5|Several parents} {cue5|told} the meeting {con5|that they wanted their children to carry phones \
for safety}. {src6|A mother of two} {cue6|said} {con6|she would keep sending her daughter to school with \
one}.

{src7|The district} {cue7|said} {con7|lockable pouches would cost about $40,000}.
""",
    },
]


def parse(marked: str) -> tuple[str, list[dict[str, list[list[int]]]]]:
    """Plain text and its attributions, numbered as marked, each role's pieces in text order."""
    out: list[str] = []
    length = 0
    cursor = 0
    open_tags: list[tuple[str, str, int]] = []
    found: dict[int, dict[str, list[list[int]]]] = {}
    for m in MARK.finditer(marked):
        out.append(marked[cursor:m.start()])
        length += m.start() - cursor
        cursor = m.end()
        if m.group(1):
            open_tags.append((ROLE_NAMES[m.group(1)], m.group(2), length))
            continue
        role, numbers, start = open_tags.pop()
        for number in numbers.split("+"):
            roles = found.setdefault(int(number), {"source": [], "cue": [], "content": []})
            roles[role].append([start, length])
    if open_tags:
        raise ValueError(f"unclosed marks: {open_tags}")
    out.append(marked[cursor:])
    return "".join(out), [found[n] for n in sorted(found)]


def build(articles: list[dict] | None = None, split: str = "own") -> str:
    """The JSONL of ``articles`` (default: this set's), each marked as belonging to ``split``."""
    lines = []
    for article in ARTICLES if articles is None else articles:
        text, attributions = parse(article["text"].rstrip("\n"))
        for number, attribution in enumerate(attributions, start=1):
            attribution["speaker"] = article["speakers"].get(number)
        title = text.split("\n", 1)[0]
        meta = {"split": split, "annotator": "newsgraph", "publication_date": article["date"], "title": title,
                "cases": article["cases"]}
        record = {"id": article["id"], "text": text, "attributions": attributions, "meta": meta}
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def write_or_check(out: Path, built: str, script: str, *, check: bool) -> int:
    """Write the built JSONL, or with ``check`` only say (exit status 1) whether ``out`` is stale."""
    if check:
        if not out.exists() or out.read_text(encoding="utf-8") != built:
            print(f"{out} is stale: run {script} and review the diff", file=sys.stderr)
            return 1
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(built, encoding="utf-8")
    print(f"wrote {out}")
    return 0


def build_checked(out: Path, build_set, validate, script: str) -> int:
    """Build a gold set, report what ``validate`` finds wrong (exit status 1), else write or check it."""
    built = build_set()
    problems = validate(built)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    return write_or_check(out, built, script, check="--check" in sys.argv[1:])


def main() -> int:
    return write_or_check(OUT, build(), Path(__file__).name, check="--check" in sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
