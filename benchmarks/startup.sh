#!/usr/bin/env bash
# How long `polyglot advise` takes from the shell, beside the JVM's own floor (`java -version`): an example file
# (target: under 0.4 s wall) and 10,000 generated workloads (target: under 5 s), through the ./polyglot launcher as
# a user runs it. Uses hyperfine when installed (Debian: apt-get install hyperfine), else a loop of /usr/bin/time.
# Prints, per command, the fastest run (the figure least disturbed by other work on the machine), the mean, and the CPU
# time (user + system, mean of the runs; above the wall time when a run uses both cores), with the load average before
# and after: measure when it is under 2.
# Usage: benchmarks/startup.sh [RUNS] [EXAMPLE]   (default 10 runs of examples/walletkart.yml)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${1:-10}
EXAMPLE=${2:-examples/walletkart.yml}
[ -f cli/target/polyglot.jar ] || mvn -q -B -DskipTests package
LARGE=$(mktemp --suffix=.yml)
trap 'rm -f "$LARGE" "$LARGE.time" "$LARGE.json"' EXIT
java -cp cli/target/polyglot.jar dev.polyglot.bench.jmh.LargeSystem 10000 "$LARGE" >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" >&2

# advise exits 1 when a workload is unserved (the generated file has some): that is an answer, not a failure.
if command -v hyperfine >/dev/null && command -v jq >/dev/null; then
  hyperfine -N -i --warmup 2 --runs "$RUNS" --style basic --export-json "$LARGE.json" \
    "java -Xshare:auto -version" \
    "./polyglot advise $EXAMPLE" \
    "./polyglot advise $LARGE" >&2
  jq -r '.results[] | "\(.command | sub("/tmp/[^ ]*"; "<10,000 workloads>")): min \(.min * 1000 | round) ms wall, mean \(.mean * 1000 | round) ms wall, \((.user + .system) * 1000 | round) ms CPU over \(.times | length) runs"' "$LARGE.json"
else
  # fastest and mean wall, mean CPU (user + system) of RUNS runs of a command
  measure() {
    for _ in $(seq "$RUNS"); do
      /usr/bin/time -f '%e %U %S' -o "$LARGE.time" "$@" >/dev/null 2>&1 || true
      tail -1 "$LARGE.time"
    done | awk -v cmd="$*" '{ w = $1; c = $2 + $3; t += w; cpu += c; if (NR == 1 || w < min) min = w }
      END { printf "%s: min %.0f ms wall, mean %.0f ms wall, %.0f ms CPU over %d runs\n", cmd, min * 1000, t / NR * 1000, cpu / NR * 1000, NR }'
  }
  measure java -Xshare:auto -version
  measure ./polyglot advise "$EXAMPLE"
  measure ./polyglot advise "$LARGE"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
