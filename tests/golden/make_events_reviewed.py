"""Build newsgraph's event gold set from the review rounds' articles.

For some rounds an annotator who had not seen newsgraph's code listed every event of each page
(``tests/golden/reviewed/ROUND/NN.events.json``; conventions in ``reviewed/EVENTS.md``): its kind, the words that
tell it (each as its text and which occurrence of that text in the page it is), its participants, when and
status. This script turns the words into character offsets and writes the JSONL ``newsgraph eval events`` reads:
one page a line, ``{"id", "text", "meta", "events": [{"kind", "triggers": [[start, end], ...], "participants",
"when", "status", "role"}]}``, with the ids of the reviewed attribution set.

    python tests/golden/make_events_reviewed.py          # rewrite src/newsgraph/eval/data/events-reviewed.jsonl
    python tests/golden/make_events_reviewed.py --check  # validate; exit 1 if the file is stale or wrong
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_attribution_gold import build_checked  # noqa: E402
from make_attribution_reviewed import reviewed_pages  # noqa: E402
from make_times_reviewed import _nth  # noqa: E402

from newsgraph.lexicons import event_kinds  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "newsgraph" / "eval" / "data" / "events-reviewed.jsonl"
WHEN = re.compile(r"\d{4}(-\d\d(-\d\d)?|-W\d\d)?|future|past")
STATUSES = ("happened", "planned", "possible")


def build() -> str:
    lines = []
    for page_id, txt, text in reviewed_pages():
        gold_file = txt.with_suffix(".events.json")
        if not gold_file.exists():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        events = []
        for item in gold["events"]:
            triggers = []
            for trigger in item["triggers"]:
                start = _nth(text, trigger["text"], trigger["occurrence"])
                triggers.append([start, start + len(trigger["text"])])
            events.append({"kind": item["kind"], "triggers": triggers, "participants": item["participants"],
                           "when": item["when"], "status": item["status"], "role": item.get("role")})
        doc = {"id": page_id, "text": text, "events": events,
               "meta": {"title": text.split("\n", 1)[0], "publication_date": gold["published"], "scraped": True}}
        lines.append(json.dumps(doc, ensure_ascii=False) + "\n")
    return "".join(lines)


def validate(built: str) -> list[str]:
    problems = []
    kinds = set(event_kinds())
    for line in built.splitlines():
        doc = json.loads(line)
        for e in doc["events"]:
            where = f"{doc['id']}: {e['kind']} at {e['triggers'][:1]}"
            if e["kind"] not in kinds:
                problems.append(f"{where}: unknown kind")
            if not e["triggers"]:
                problems.append(f"{where}: no trigger")
            if not e["participants"]:
                problems.append(f"{where}: no participant")
            if e["when"] is not None and not WHEN.fullmatch(e["when"]):
                problems.append(f"{where}: when {e['when']!r}")
            if e["status"] not in STATUSES:
                problems.append(f"{where}: status {e['status']!r}")
    return problems


def main() -> int:
    return build_checked(OUT, build, validate, Path(__file__).name)


if __name__ == "__main__":
    sys.exit(main())
