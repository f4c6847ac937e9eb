#!/usr/bin/env bash
# Runs ../shared/bench with kg next to Kùzu and SQLite (same data, same run)
# and prints kg's ratios to them.
#   bash tools/bench.sh [SCALE]        SCALE: small | medium (default) | large | N:M
# Env: KG_BIN (default build/kg), BENCH_ROOT (default /tmp/bench), PEERS
# (default "kuzu sqlite"; results of peers not rerun are read from BENCH_ROOT).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCALE=${1:-medium}
SHARED=${KG_SHARED_DIR:-$ROOT/../shared}
KG=${KG_BIN:-$ROOT/build/kg}
BENCH_ROOT=${BENCH_ROOT:-/tmp/bench}
PEERS=${PEERS:-kuzu sqlite}
[ -x "$KG" ] || { echo "bench.sh: no kg binary at $KG (build it first)" >&2; exit 1; }
[ -f "$SHARED/bench/run_peers.sh" ] || { echo "bench.sh: $SHARED/bench/run_peers.sh not found" >&2; exit 1; }
# shellcheck disable=SC2086
BENCH_ROOT=$BENCH_ROOT bash "$SHARED/bench/run_peers.sh" "$SCALE" $PEERS "kg=$KG bench"

python3 - "$BENCH_ROOT" "$SCALE" <<'PY'
import json, os, sys
root, scale = sys.argv[1:]
def load(peer):
    path = os.path.join(root, f"results-{scale}-{peer}.json")
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None
kg, kuzu, sqlite = load("kg"), load("kuzu"), load("sqlite")
if kg is None:
    sys.exit(f"bench.sh: no kg result in {root}")
def ratio(a, b):
    return f"{a / b:.3g}x" if a is not None and b else "n/a"
print(f"\nkg vs peers at {scale} (ratio = kg / peer; below 1 is better for kg)")
print(f"  all answers correct: kg {kg.get('all_ok')}"
      + "".join(f", {n} {r.get('all_ok')}" for n, r in (("kuzu", kuzu), ("sqlite", sqlite)) if r))
for name, key in (("load_s", "load_s"), ("db_bytes", "db_bytes"), ("peak_rss_kb", "peak_rss_kb")):
    line = f"  {name:12} kg {kg.get(key)}"
    for peer, r in (("kuzu", kuzu), ("sqlite", sqlite)):
        if r:
            line += f"  | {peer} {r.get(key)} -> {ratio(kg.get(key), r.get(key))}"
    print(line)
for w in ("W1", "W2", "W3", "W4"):
    k = kg.get("workloads", {}).get(w)
    if not k:
        continue
    peers = {n: r["workloads"][w] for n, r in (("kuzu", kuzu), ("sqlite", sqlite))
             if r and w in r.get("workloads", {})}
    best = min(peers.items(), key=lambda kv: kv[1]["median_ms"]) if peers else None
    line = f"  {w} median ms kg {k['median_ms']:.3f} (p95 {k['p95_ms']:.3f}, ok {k['ok']})"
    for n, p in peers.items():
        line += f"  | {n} {p['median_ms']:.3f}"
    if best:
        line += f"  -> vs best ({best[0]}) {ratio(k['median_ms'], best[1]['median_ms'])}"
    print(line)
PY
