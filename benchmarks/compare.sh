#!/usr/bin/env bash
# Compares polyglot bench's closed-loop throughput (--rate max) with the engines' own tools, on the same servers
# in one run: redis-benchmark GET (50 connections, no pipelining), pgbench -S -M prepared (4 clients, select-only;
# prepared like our statements) and, when MariaDB is up (scripts/engines.sh up mariadb), sysbench oltp_point_select
# (4 threads, server-side prepared statements) against --engine mysql, and when Memcached is up, memcslap get
# (4 threads; libmemcached-tools) against --engine memcached. memcslap sets its own random keys first (it never
# flushes) and leaves them to expire by memory pressure: run it on a bench server, not one holding real data.
# Prints ops/s, the ratio ours/native (target >= 0.9) and client CPU seconds of each side.
# Usage: benchmarks/compare.sh [SECONDS]   (default 10 s per side; engines from scripts/engines.sh)
# pgbench's tables live in a schema of their own (polyglot_compare), dropped at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECS=${1:-10}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-polyglot} PGPASSWORD=${PGPASSWORD:-polyglot} PGDATABASE=${PGDATABASE:-polyglot}
OUT=$(mktemp -d)
MY=(--mysql-host=127.0.0.1 --mysql-port=3306 --mysql-user=${MYSQL_USER:-polyglot} --mysql-password=${MYSQL_PWD:-polyglot} --mysql-db=polyglot)
# client_min_messages=warning: DROP ... IF EXISTS and CASCADE report NOTICE lines nobody needs to read.
QUIET="-c client_min_messages=warning"
trap 'rm -rf "$OUT"; PGOPTIONS="$QUIET" psql -qX -c "DROP SCHEMA IF EXISTS polyglot_compare CASCADE" >/dev/null 2>&1 || true
      [ -z "${MYSQL_UP:-}" ] || sysbench oltp_point_select "${MY[@]}" cleanup >/dev/null 2>&1 || true' EXIT
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

if scripts/engines.sh status mariadb >/dev/null 2>&1 && command -v sysbench >/dev/null; then
  echo "mysql: sysbench oltp_point_select --threads 4 vs polyglot bench --engine mysql --rate max --connections 4 (100,000 rows each)" >&2
  MYSQL_UP=1
  sysbench oltp_point_select "${MY[@]}" --tables=1 --table-size=100000 prepare >/dev/null
  cpu_of "$OUT/sb.cpu" sysbench oltp_point_select "${MY[@]}" --tables=1 --table-size=100000 --threads=4 --time="$SECS" --db-ps-mode=auto run > "$OUT/sb.txt"
  SB=$(sed -n 's/^ *queries: *[0-9]* *(\([0-9.]*\) per sec.)/\1/p' "$OUT/sb.txt" | head -1)
  OURS_MY=$(ours mysql 4 100000)
  printf '%-10s %14.0f %14.0f %7s %14s %14s\n' mysql "$SB" "$OURS_MY" "$(ratio "$OURS_MY" "$SB")" "$(cat "$OUT/sb.cpu")" "$(cat "$OUT/ours-mysql.cpu")"
fi

if scripts/engines.sh status memcached >/dev/null 2>&1 && command -v memcslap >/dev/null; then
  echo "memcached: memcslap -t get -c 4 vs polyglot bench --engine memcached --rate max --connections 4" >&2
  cpu_of "$OUT/ms.cpu" memcslap -s 127.0.0.1:11211 -t get -c 4 -e $(( 8000 * SECS )) > "$OUT/ms.txt" 2>&1
  MS=$(sed -n 's/^Time to get *\([0-9]*\) keys by *[0-9]* threads: *\([0-9.]*\) seconds.*/\1 \2/p' "$OUT/ms.txt" | awk '{printf "%.0f", $1 / $2}')
  OURS_MC=$(ours memcached 4 100000)
  printf '%-10s %14.0f %14.0f %7s %14s %14s\n' memcached "$MS" "$OURS_MC" "$(ratio "$OURS_MC" "$MS")" "$(cat "$OUT/ms.cpu")" "$(cat "$OUT/ours-memcached.cpu")"
fi
