#!/usr/bin/env bash
# A recursive CTE walking one synthetic social graph on PostgreSQL at 2, 3 and 4 hops (docs/bench-shapes.md):
# closed loop (--rate max) on 2 connections, reads only, the same graph for every depth (loaded once, --keep).
# Prints per depth: people reached by one walk (from person 17), ops/s, p50 and p99 in ms.
# Usage: benchmarks/graph-hops.sh [PEOPLE] [SECONDS]   (default 100000 people, 10 s per depth; PG* variables as for bench)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PEOPLE=${1:-100000} SECS=${2:-10}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
[ -f cli/target/polyglot.jar ] || mvn -q -B -DskipTests package
export PGUSER=${PGUSER:-polyglot} PGPASSWORD=${PGPASSWORD:-polyglot} PGDATABASE=${PGDATABASE:-polyglot}
reached() {  # hops -> people one walk from person 17 reaches (the graph must be loaded)
  psql -h 127.0.0.1 -qtAX -c "WITH RECURSIVE walk (person, depth) AS (SELECT 17::bigint, 0 UNION
      SELECT f.dst, w.depth + 1 FROM walk w JOIN polyglot_bench.follows f ON f.src = w.person WHERE w.depth < $1)
      SELECT count(DISTINCT person) - 1 FROM walk"
}
run() {  # hops [--keep]
  java -jar cli/target/polyglot.jar bench --engine postgres --shape graph-traversal --hops "$1" --records "$PEOPLE" \
    --read-ratio 1 --rate max --connections 2 --duration "${SECS}s" --warmup 2s --json "$OUT/h$1.json" ${2:-} > /dev/null
}
run 2 --keep
run 3 --keep
for hops in 2 3 4; do reached "$hops" > "$OUT/r$hops"; done
run 4   # the last depth removes the graph
printf '%-5s %10s %10s %10s %10s\n' hops reached "ops/s" "p50 ms" "p99 ms"
for hops in 2 3 4; do
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; l=r["latency_ms"]
print("%-5s %10s %10.1f %10.2f %10.2f" % (sys.argv[2], sys.argv[3], r["achieved_ops_per_sec"], l["p50"], l["p99"]))' \
    "$OUT/h$hops.json" "$hops" "$(cat "$OUT/r$hops")"
done
