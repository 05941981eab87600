#!/usr/bin/env bash
# One synthetic social graph (docs/bench-shapes.md) walked at 2, 3 and 4 hops by a recursive CTE on PostgreSQL and by a
# variable-length Cypher pattern on Neo4j, at rising rates: open loop at each target rate, then closed loop (max), on
# 2 connections, reads only. Both engines load the same SocialGraph (PEOPLE people, 10 follows each) once and keep it
# (--keep) across depths and rates; the last run on each engine removes it. Each run holds the test suites' engine lock
# (benchmarks/locked.sh).
# Prints per engine, depth and rate: people one walk from person 17 reaches (PostgreSQL's count; Neo4j's walk returns
# the same, as Neo4jBindingTest checks), achieved ops/s, p50 and p99 in ms, errors.
# Usage: benchmarks/graph-hops.sh [PEOPLE] [SECONDS] [RATES]
#   (default 100000 people, 10 s per run, rates "10 30 100 300 max"; PG* variables as for bench; needs
#    scripts/engines.sh up postgres neo4j)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PEOPLE=${1:-100000} SECS=${2:-10} RATES=${3:-10 30 100 300 max}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
[ -f cli/target/polyglot.jar ] || mvn -q -B -DskipTests package
export PGUSER=${PGUSER:-polyglot} PGPASSWORD=${PGPASSWORD:-polyglot} PGDATABASE=${PGDATABASE:-polyglot}
reached() {  # hops -> people one walk from person 17 reaches (the graph must be loaded)
  psql -h 127.0.0.1 -qtAX -c "WITH RECURSIVE walk (person, depth) AS (SELECT 17::bigint, 0 UNION
      SELECT f.dst, w.depth + 1 FROM walk w JOIN polyglot_bench.follows f ON f.src = w.person WHERE w.depth < $1)
      SELECT count(DISTINCT person) - 1 FROM walk"
}
run() {  # engine hops rate [--keep]; waits (up to 10 minutes) while the engine is away or held by a hand-run bench (exit 3)
  local rc
  for _ in $(seq 1 120); do
    rc=0
    benchmarks/locked.sh java -jar cli/target/polyglot.jar bench --engine "$1" --shape graph-traversal --hops "$2" --records "$PEOPLE" \
      --read-ratio 1 --rate "$3" --connections 2 --duration "${SECS}s" --warmup 2s --p99 1000 --json "$OUT/$1-h$2-$3.json" ${4:-} \
      > /dev/null 2> "$OUT/err" || rc=$?
    case $rc in
      0|1) return 0 ;;  # exit 1: over the budget, which is not what is measured here
      3) sleep 5 ;;  # another run holds the engine, or the engine is restarting (a shared machine): try again
      *) cat "$OUT/err" >&2; return "$rc" ;;
    esac
  done
  cat "$OUT/err" >&2; return 3
}
for engine in postgres neo4j; do
  for hops in 2 3 4; do
    for rate in $RATES; do run "$engine" "$hops" "$rate" --keep; done
    if [ "$engine" = postgres ]; then reached "$hops" > "$OUT/r$hops"; fi
  done
  run "$engine" 2 1 > /dev/null  # a short run without --keep removes the graph
done
echo "# graph-hops: $PEOPLE people, ${SECS} s per run, 2 connections, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-9s %-5s %8s %6s %10s %10s %10s %7s\n' engine hops reached rate "ops/s" "p50 ms" "p99 ms" errors
for engine in postgres neo4j; do
  for hops in 2 3 4; do
    for rate in $RATES; do
      python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; l=r["latency_ms"]
print("%-9s %-5s %8s %6s %10.1f %10.2f %10.2f %7d" % (sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], r["achieved_ops_per_sec"], l["p50"], l["p99"], r["errors"]))' \
        "$OUT/$engine-h$hops-$rate.json" "$engine" "$hops" "$(cat "$OUT/r$hops")" "$rate"
    done
  done
done
