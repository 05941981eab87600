#!/usr/bin/env bash
# How long `polyglot advise` takes from the shell, beside the JVM's own floor (`java -version`): an example file
# (target: under 0.4 s wall) and 10,000 generated workloads (target: under 5 s), through the ./polyglot launcher as
# a user runs it. Uses hyperfine when installed (Debian: apt-get install hyperfine), else a loop of /usr/bin/time.
# Usage: benchmarks/startup.sh [RUNS] [EXAMPLE]   (default 10 runs of examples/walletkart.yml)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${1:-10}
EXAMPLE=${2:-examples/walletkart.yml}
[ -f cli/target/polyglot.jar ] || mvn -q -B -DskipTests package
LARGE=$(mktemp --suffix=.yml)
trap 'rm -f "$LARGE" "$LARGE.time"' EXIT
java -cp cli/target/polyglot.jar dev.polyglot.bench.jmh.LargeSystem 10000 "$LARGE" >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" >&2

# advise exits 1 when a workload is unserved (the generated file has some): that is an answer, not a failure.
if command -v hyperfine >/dev/null; then
  hyperfine -N -i --warmup 2 --runs "$RUNS" \
    "java -Xshare:auto -version" \
    "./polyglot advise $EXAMPLE" \
    "./polyglot advise $LARGE"
else
  # mean wall and CPU seconds of RUNS runs of a command
  measure() {
    local total=0 cpu=0 t
    for _ in $(seq "$RUNS"); do
      /usr/bin/time -f '%e %U %S' -o "$LARGE.time" "$@" >/dev/null 2>&1 || true
      t=$(tail -1 "$LARGE.time")
      total=$(echo "$total $t" | awk '{print $1 + $2}')
      cpu=$(echo "$cpu $t" | awk '{print $1 + $3 + $4}')
    done
    echo "$*: mean $(echo "$total $RUNS" | awk '{printf "%.3f", $1 / $2}') s wall, $(echo "$cpu $RUNS" | awk '{printf "%.3f", $1 / $2}') s CPU over $RUNS runs"
  }
  measure java -Xshare:auto -version
  measure ./polyglot advise "$EXAMPLE"
  measure ./polyglot advise "$LARGE"
fi
