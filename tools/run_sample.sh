#!/usr/bin/env bash
# Ingests the bundled sample (tools/sample/*.txt) into ./kg.db afresh and
# answers the mission's questions: who met whom, which terms Vietnam held on
# which UN bodies, how two entities are connected, what surrounds Cuba within
# two hops. Uses `kg query` (openCypher) when it is available, else filters
# `kg export --format jsonl` with python3.
#   bash tools/run_sample.sh            (after tools/setup.sh has built build/kg)
set -euo pipefail
cd "$(dirname "$0")/.."
KG=${KG_BIN:-build/kg}
DB=${KG_SAMPLE_DB:-kg.db}
[ -x "$KG" ] || { echo "run_sample: $KG not built; run: bash tools/setup.sh" >&2; exit 1; }

rm -rf "$DB"
"$KG" ingest --db "$DB" tools/sample
echo

have_query() { "$KG" query --db "$DB" "RETURN 1" >/dev/null 2>&1; }

ask() {  # ask TITLE CYPHER PYTHON-FILTER
  echo "== $1"
  if have_query; then
    echo "   $2"
    "$KG" query --db "$DB" "$2"
  else
    echo "   (kg query not available yet; answering from kg export --format jsonl)"
    "$KG" export --db "$DB" --format jsonl | python3 -c "$3"
  fi
  echo
}

ask "Who met whom?" \
  "MATCH (a:Person)-[m:MET]-(b:Person) WHERE id(a) < id(b) RETURN a.name, b.name, m.date, m.place ORDER BY a.name" \
'import json,sys
for f in map(json.loads, sys.stdin):
    if f["predicate"] == "MET":
        q = f["qualifiers"]
        print("  %s met %s  %s %s" % (f["subject"], f["object"], q.get("date", ""), q.get("place", "")))'

ask "Which terms did Vietnam hold on which UN bodies?" \
  "MATCH (c:Country {name: 'Vietnam'})-[r:MEMBER_OF|HELD_POSITION]->(o) RETURN type(r), o.name, r.role, r.start, r.end ORDER BY o.name, r.start" \
'import json,sys
rows = []
for f in map(json.loads, sys.stdin):
    if f["subject"] == "Vietnam" and f["predicate"] in ("MEMBER_OF", "HELD_POSITION"):
        q = f["qualifiers"]
        rows.append((f["object"], q.get("start",""), q.get("end",""), q.get("role",""), f["predicate"]))
for o, s, e, r, p in sorted(rows):
    print("  %s: %s-%s %s (%s)" % (o, s, e, r, p))'

ask "How are Pham Minh Chinh and Japan connected?" \
  "MATCH p = shortestPath((a {name: 'Pham Minh Chinh'})-[*..4]-(b {name: 'Japan'})) RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS types" \
'import json,sys
from collections import deque
adj = {}
for f in map(json.loads, sys.stdin):
    adj.setdefault(f["subject"], []).append((f["predicate"], f["object"]))
    adj.setdefault(f["object"], []).append((f["predicate"], f["subject"]))
start, goal = "Pham Minh Chinh", "Japan"
prev = {start: None}
queue = deque([start])
while queue:
    n = queue.popleft()
    if n == goal: break
    for t, m in adj.get(n, []):
        if m not in prev:
            prev[m] = (n, t); queue.append(m)
if goal not in prev: print("  not connected")
else:
    path, n = [], goal
    while prev[n]: path.append((prev[n][0], prev[n][1], n)); n = prev[n][0]
    for a, t, b in reversed(path): print("  %s -%s- %s" % (a, t, b))'

ask "What surrounds Cuba within two hops?" \
  "MATCH (c {name: 'Cuba'})-[r1]-(x)-[r2]-(y) WHERE y <> c RETURN DISTINCT x.name, type(r1), type(r2), y.name ORDER BY x.name, y.name" \
'import json,sys
adj = {}
for f in map(json.loads, sys.stdin):
    adj.setdefault(f["subject"], set()).add((f["predicate"], f["object"]))
    adj.setdefault(f["object"], set()).add((f["predicate"], f["subject"]))
for t1, x in sorted(adj.get("Cuba", ())):
    print("  Cuba -%s- %s" % (t1, x))
    for t2, y in sorted(adj.get(x, ())):
        if y != "Cuba": print("      %s -%s- %s" % (x, t2, y))'
