#!/usr/bin/env python3
"""The scorer a user would otherwise write: PyYAML's C loader plus the rules of
docs/criteria-format.md ("How scoring uses the file"). It assumes valid input
and prints one CSV row per file: file,city,criteria,level,points,max_points,percent.

Usage: python_scorer.py PATH...   (folders are searched for *.yaml and *.yml)
"""
import os
import sys

import yaml

CRITERIA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "criteria")
LOADER = yaml.CSafeLoader  # the libyaml-backed loader (Debian python3-yaml)
_sets = {}


def criteria_set(set_id):
    if set_id not in _sets:
        with open(os.path.join(CRITERIA_DIR, set_id + ".yaml"), encoding="utf-8") as f:
            _sets[set_id] = yaml.load(f, Loader=LOADER)
    return _sets[set_id]


def answer(criterion, response):
    """The status of one answer: short form, long form or checklist."""
    if response is None:
        return "unanswered"
    if isinstance(response, str):
        return response
    ticked = response.get("checklist")
    if ticked is not None and criterion.get("checklist"):
        if len(set(ticked)) >= criterion["checklist"]["min_met"]:
            return "met"
        return response.get("status", "not_met")
    return response["status"]


def score(doc):
    cs = criteria_set(doc["criteria"])
    on = str(doc["assessed_on"])
    counted = {c["id"]: c for c in cs["criteria"]
               if not c.get("retired") and not (c.get("future") and str(c["future"]) > on)}
    responses = doc.get("responses") or {}
    status = {cid: answer(c, responses.get(cid)) for cid, c in counted.items()}
    earned = {}

    def is_earned(cid):
        if cid not in earned:
            earned[cid] = status[cid] == "met" and all(
                is_earned(p) for p in counted[cid].get("prerequisites", []) if p in counted)
        return earned[cid]

    points = sum(c.get("points", 1) for cid, c in counted.items() if is_earned(cid))
    max_points = sum(c.get("points", 1) for c in counted.values())
    percent = (200 * points + max_points) // (2 * max_points) if max_points else 0

    reported = doc.get("outcomes") or {}
    met_outcomes = set()
    for o in cs.get("outcomes", []):
        r = reported.get(o["id"])
        if not r:
            continue
        # The standard the report names, else the default; an outcome without
        # `standards` is its own one standard.
        standards = {s["id"]: s for s in o.get("standards", [])}
        st = standards.get(r.get("standard") or o.get("default")) or \
            (next(iter(standards.values())) if standards else o)
        v = r.get("value")
        if (v is not None and (("at_most" in st and v <= st["at_most"]) or ("at_least" in st and v >= st["at_least"]))) \
                or (st.get("attestation") and r.get("attested") is True and r.get("evidence")):
            met_outcomes.add(o["id"])

    rule, city = cs.get("eligibility") or {}, doc["city"]
    eligible = city.get("population", 0) >= rule.get("min_population", 0) and (
        not rule.get("countries") or city.get("country") in rule["countries"])

    level = ""
    for lv in cs["levels"]:
        orule = lv.get("outcomes")
        if not (eligible and percent >= lv["min_percent"]
                and all(is_earned(r) for r in lv.get("required", []))
                and (not orule or len(met_outcomes & set(orule["of"])) >= orule["min_met"])):
            break
        level = lv["id"]
    return city["name"], cs["id"], level, points, max_points, percent


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                yield from (os.path.join(root, n) for n in names if n.endswith((".yaml", ".yml")))
        else:
            yield path


def main(paths):
    out = ["file,city,criteria,level,points,max_points,percent"]
    for path in sorted(files(paths)):
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=LOADER)
        out.append(",".join(str(x) for x in (path,) + score(doc)))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
