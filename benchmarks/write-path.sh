#!/usr/bin/env bash
# Single-row writes at rising rates on PostgreSQL (a B-tree heap with its WAL), Cassandra (an LSM: commit log and
# memtable) and ClickHouse (a MergeTree part per INSERT), each appending one time-series point per write
# (docs/bench-shapes.md), plus ClickHouse at its default 100-row INSERTs for contrast. Open loop, writes only
# (--read-ratio 0), 8 connections, the same rates for every engine. Prints per engine and rate: achieved writes/s,
# p50 and p99 in ms, and the verdict (`fail` with "saturated" when the engine could not keep up).
# Usage: benchmarks/write-path.sh [SECONDS] [RATES...]   (default 5 s per rate; 250 500 1000 2000 4000)
# Needs: scripts/engines.sh up postgres clickhouse cassandra; PG* variables as for bench. Each run holds the test
# suites' engine lock (benchmarks/locked.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECS=${1:-5}; shift || true
RATES=("$@"); [ ${#RATES[@]} -gt 0 ] || RATES=(250 500 1000 2000 4000)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
[ -f cli/target/polyglot.jar ] || mvn -q -B -DskipTests package
export PGUSER=${PGUSER:-polyglot} PGPASSWORD=${PGPASSWORD:-polyglot} PGDATABASE=${PGDATABASE:-polyglot}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(date -u +%FT%TZ)"
printf '%-22s %8s %10s %10s %10s  %s\n' engine "rate/s" "achieved" "p50 ms" "p99 ms" verdict
run() {  # label engine rate [bench options...]
  local label=$1 engine=$2 rate=$3; shift 3
  benchmarks/locked.sh java -jar cli/target/polyglot.jar bench --engine "$engine" --shape time-series --read-ratio 0 --rate "$rate" \
    --connections 8 --records 20000 --duration "${SECS}s" --warmup 2s --json "$OUT/r.json" "$@" > /dev/null 2>&1 || true
  [ -f "$OUT/r.json" ] || { printf '%-22s %8s  (no result)\n' "$label" "$rate"; return; }
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; l=r["latency_ms"]
print("%-22s %8s %10.0f %10.2f %10.2f  %s" % (sys.argv[2], sys.argv[3], r["achieved_ops_per_sec"], l["p50"], l["p99"], r["verdict"]))' \
    "$OUT/r.json" "$label" "$rate"
  rm -f "$OUT/r.json"
}
for rate in "${RATES[@]}"; do run postgres postgres "$rate"; done
for rate in "${RATES[@]}"; do run cassandra cassandra "$rate"; done
for rate in "${RATES[@]}"; do run "clickhouse (1 row)" clickhouse "$rate" --write-rows 1; done
for rate in "${RATES[@]}"; do run "clickhouse (100 rows)" clickhouse "$rate" --write-rows 100; done
