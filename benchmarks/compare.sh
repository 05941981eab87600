#!/usr/bin/env bash
# Compares polyglot bench's closed-loop throughput (--rate max) with the engines' own tools, on the same servers
# in one run: redis-benchmark GET (50 connections, no pipelining) and pgbench -S -M prepared (4 clients, select-only;
# prepared like our statements).
# Prints ops/s, the ratio ours/native (target >= 0.9) and client CPU seconds of each side.
# Usage: benchmarks/compare.sh [SECONDS]   (default 10 s per side; engines from scripts/engines.sh)
# pgbench's tables live in a schema of their own (polyglot_compare), dropped at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECS=${1:-10}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-polyglot} PGPASSWORD=${PGPASSWORD:-polyglot} PGDATABASE=${PGDATABASE:-polyglot}
OUT=$(mktemp -d)
# client_min_messages=warning: DROP ... IF EXISTS and CASCADE report NOTICE lines nobody needs to read.
QUIET="-c client_min_messages=warning"
trap 'rm -rf "$OUT"; PGOPTIONS="$QUIET" psql -qX -c "DROP SCHEMA IF EXISTS polyglot_compare CASCADE" >/dev/null 2>&1 || true' EXIT
[ -f cli/target/polyglot.jar ] || mvn -q -B -DskipTests package

# cpu_of FILE CMD...: runs CMD, writes "user+sys seconds" of it and its children to FILE.
cpu_of() {
  local file=$1; shift
  /usr/bin/time -f '%U %S' -o "$file.time" "$@"
  awk '{printf "%.2f\n", $1 + $2}' "$file.time" > "$file"
}
ours() { # engine connections records -> achieved ops/s
  cpu_of "$OUT/ours-$1.cpu" java -jar cli/target/polyglot.jar bench --engine "$1" --shape point-lookup --read-ratio 1 --rate max \
    --connections "$2" --records "$3" --duration "${SECS}s" --warmup 2s --keys uniform --json "$OUT/ours-$1.json" > /dev/null
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["achieved_ops_per_sec"])' "$OUT/ours-$1.json"
}
ratio() { python3 -c 'import sys; print(f"{float(sys.argv[1]) / float(sys.argv[2]):.2f}")' "$1" "$2"; }

echo "redis: redis-benchmark GET -c 50 -P 1 vs polyglot bench --rate max --connections 50" >&2
N=$(( 40000 * SECS ))
cpu_of "$OUT/rb.cpu" redis-benchmark -h 127.0.0.1 -p 6379 -c 50 -P 1 -n "$N" -r 100000 -t get --csv > "$OUT/rb.csv"
RB=$(python3 -c 'import csv,sys; rows=list(csv.reader(open(sys.argv[1]))); print([r for r in rows if r[0].startswith("GET")][0][1])' "$OUT/rb.csv")
OURS_REDIS=$(ours redis 50 100000)

echo "postgres: pgbench -S -M prepared -c 4 vs polyglot bench --rate max --connections 4 (100,000 rows each)" >&2
PGOPTIONS="$QUIET" psql -qX -c "DROP SCHEMA IF EXISTS polyglot_compare CASCADE; CREATE SCHEMA polyglot_compare" >/dev/null
PGOPTIONS="-c search_path=polyglot_compare" pgbench -q -i -s 1 >/dev/null 2>&1
cpu_of "$OUT/pgb.cpu" env PGOPTIONS="-c search_path=polyglot_compare" pgbench -S -M prepared -c 4 -j 2 -T "$SECS" -n > "$OUT/pgb.txt" 2>/dev/null
PGB=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgb.txt" | head -1)
OURS_PG=$(ours postgres 4 100000)

printf '%-10s %14s %14s %7s %14s %14s\n' engine "native ops/s" "ours ops/s" ratio "native cpu s" "ours cpu s"
printf '%-10s %14.0f %14.0f %7s %14s %14s\n' redis "$RB" "$OURS_REDIS" "$(ratio "$OURS_REDIS" "$RB")" "$(cat "$OUT/rb.cpu")" "$(cat "$OUT/ours-redis.cpu")"
printf '%-10s %14.0f %14.0f %7s %14s %14s\n' postgres "$PGB" "$OURS_PG" "$(ratio "$OURS_PG" "$PGB")" "$(cat "$OUT/pgb.cpu")" "$(cat "$OUT/ours-postgres.cpu")"
