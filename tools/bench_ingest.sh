#!/usr/bin/env bash
# Ingest benchmark (not a test): generates a synthetic corpus (default 100 MB)
# and times `kg ingest` into a fresh RocksDB database on one core and on all
# cores, printing MB/s, documents/s and peak RSS.
#   bash tools/bench_ingest.sh [MB]        (needs build/kg and /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
KG=${KG_BIN:-build/kg}
WORK=${KG_BENCH_DIR:-/tmp/kg_ingest_bench}
CORPUS="$WORK/corpus_v2_${MB}mb"  # v2: half the articles with diacritics
if [ ! -d "$CORPUS" ]; then python3 tools/gen_corpus.py "$CORPUS" --mb "$MB"; fi
DOCS=$(find -L "$CORPUS" -name '*.txt' | wc -l)
BYTES=$(du -sbL "$CORPUS" | cut -f1)
run() {  # run JOBS
  rm -rf "$WORK/bench.db"
  /usr/bin/time -v "$KG" ingest --quiet --jobs "$1" --db "$WORK/bench.db" "$CORPUS" 2> "$WORK/time.txt"
  local wall rss cpu
  wall=$(grep "Elapsed (wall clock)" "$WORK/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$WORK/time.txt" | awk '{print $NF}')
  cpu=$(grep -E "User time|System time" "$WORK/time.txt" | awk '{s+=$NF} END {print s}')
  python3 - "$1" "$wall" "$cpu" "$rss" "$BYTES" "$DOCS" <<'PY'
import sys
jobs, wall, cpu, rss, size, docs = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
print(f"jobs {jobs:>2}: {size/1e6:.1f} MB, {docs} docs in {wall:.1f} s wall ({cpu:.1f} s CPU): "
      f"{size/1e6/wall:.1f} MB/s, {docs/wall:.0f} docs/s wall; {size/1e6/cpu:.1f} MB per CPU-second; "
      f"peak RSS {rss/1024:.0f} MiB")
PY
}
echo "kg ingest benchmark: $CORPUS ($(nproc) cores)"
run 1
run "$(nproc)"
