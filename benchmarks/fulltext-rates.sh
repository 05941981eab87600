#!/usr/bin/env bash
# PostgreSQL tsvector against OpenSearch full text at rising rates, on the same documents: `polyglot bench --shape
# full-text` on --engine postgres (GIN index, plainto_tsquery, ts_rank, top 10) and on --engine elasticsearch (english
# analyzer, BM25, the same group-token search matching 0.18% of them, top 10), the same --records documents from the same generator
# (docs/bench-shapes.md), open loop at each rate, searches only, 16 connections each. Then --find-max on each for
# the highest rate whose p99 stays within BUDGET ms. Each engine's data set is loaded once (--keep) and removed by its
# last run. Needs scripts/engines.sh up postgres opensearch.
# Prints per engine and rate: achieved ops/s, p50, p99 (ms), errors, verdict against BUDGET; then each find-max.
# Usage: benchmarks/fulltext-rates.sh [DOCS] [SECONDS] [BUDGET_MS] [RATES]
#        (default 20000 documents, 8 s per step, 100 ms, "25 50 100 200 400 800 1600")
# The whole comparison holds the test suites' engine lock (benchmarks/locked.sh), so no test suite drops or claims the
# bench's namespaces while the kept documents wait between runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -n "${POLYGLOT_SUITE_LOCKED:-}" ] || exec benchmarks/locked.sh env POLYGLOT_SUITE_LOCKED=1 "$0" "$@"
DOCS=${1:-20000} SECS=${2:-8} BUDGET=${3:-100} RATES=${4:-25 50 100 200 400 800 1600}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
[ -f cli/target/polyglot.jar ] || mvn -q -B -DskipTests package
export PGUSER=${PGUSER:-polyglot} PGPASSWORD=${PGPASSWORD:-polyglot} PGDATABASE=${PGDATABASE:-polyglot}
bench() {  # engine json-file args...: one run; exit 1 (a failed verdict) is a result here, not an error. A run that finds
           # the engine's namespace claimed by another bench (another script on a shared machine) waits and tries again.
  local engine=$1 json=$2 rc; shift 2
  for _ in $(seq 1 120); do
    rc=0
    java -jar cli/target/polyglot.jar bench --engine "$engine" --shape full-text --records "$DOCS" --read-ratio 1 \
      --connections 16 --p99 "$BUDGET" --json "$json" "$@" > /dev/null 2> "$OUT/err" || rc=$?
    if [ "$rc" -eq 3 ] && grep -q "another polyglot bench is running" "$OUT/err"; then sleep 5; continue; fi
    [ "$rc" -le 1 ] || { cat "$OUT/err" >&2; return "$rc"; }
    return 0
  done
  cat "$OUT/err" >&2; return 3
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for engine in postgres elasticsearch; do
  for rate in $RATES; do bench "$engine" "$OUT/$engine-$rate.json" --rate "$rate" --duration "${SECS}s" --warmup 5s --keep; done
  bench "$engine" "$OUT/$engine-max.json" --find-max --duration "${SECS}s" --warmup 1s   # the last run removes the documents
done
echo "documents: $DOCS; $SECS s per step after 5 s of warm-up; 16 connections; searches only; p99 budget $BUDGET ms"
echo "host: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB; load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %8s %10s %9s %9s %7s  %s\n' engine "rate/s" "achieved/s" "p50 ms" "p99 ms" errors verdict
for engine in postgres elasticsearch; do
  for rate in $RATES; do
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; l=r["latency_ms"]
print("%-14s %8s %10.1f %9.2f %9.2f %7d  %s" % (sys.argv[2], sys.argv[3], r["achieved_ops_per_sec"], l["p50"], l["p99"], r["errors"], r["verdict"]))' \
      "$OUT/$engine-$rate.json" "$engine" "$rate"
  done
done
for engine in postgres elasticsearch; do
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]
print("%s: highest rate with p99 within %s ms: %s ops/s (steps: %s)" % (sys.argv[2], sys.argv[3], r.get("max_ops_per_sec_within_budget"),
      ", ".join("%g->%.0f/s p99 %.1f" % (s["target_ops_per_sec"], s["achieved_ops_per_sec"], s["p99_ms"]) for s in r.get("steps", []))))' \
    "$OUT/$engine-max.json" "$engine" "$BUDGET"
done
