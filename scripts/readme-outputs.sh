#!/usr/bin/env bash
# Regenerates what the README pastes: every block after a `<!-- output: COMMAND -->` marker (rewritten by
# ReadmeTest with -Dreadme.update=true, from the code as it is now) and the speed figures between
# `<!-- figures:begin -->` and `<!-- figures:end -->` (measured here, on this machine). Run it after changing what a
# command prints: ReadmeTest fails until the README matches. Review the diff before committing.
# Usage: scripts/readme-outputs.sh [--no-figures]   (--no-figures: outputs only, no timing; a few seconds instead of minutes)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
say() { printf 'readme-outputs: %s\n' "$*" >&2; }

say "regenerating the pasted outputs"
mvn -q -B -ntp -pl cli -am verify -Dtest=ReadmeTest -Dsurefire.failIfNoSpecifiedTests=false -Dreadme.update=true
[ "${1:-}" = "--no-figures" ] && { say "figures left as they were"; exit 0; }

say "measuring (the jar just built; a generated file of 10,000 workloads)"
mvn -q -B -ntp -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
java -cp "benchmarks/target/classes:$(cat benchmarks/target/cp.txt)" dev.polyglot.bench.jmh.LargeSystem 10000 target/large.yml >/dev/null
python3 - "$(java -version 2>&1 | head -1)" "$(nproc)" <<'PY'
import os, statistics, subprocess, sys, time

def wall(args, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(["./polyglot"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)

example = wall(["advise", "examples/walletkart.yml"], 7)
large = wall(["advise", "target/large.yml"], 3)
java, cores = sys.argv[1], sys.argv[2]
text = (f"| what | median | range |\n|---|---|---|\n"
        f"| `./polyglot advise examples/walletkart.yml` (7 runs) | {example[0]:.2f} s | {example[1]:.2f} to {example[2]:.2f} s |\n"
        f"| `./polyglot advise target/large.yml`, 10,000 workloads (3 runs) | {large[0]:.2f} s | {large[1]:.2f} to {large[2]:.2f} s |\n\n"
        f"On {time.strftime('%Y-%m-%d')}, {cores} cores, load average {os.getloadavg()[0]:.1f} when measured, {java}.\n")
with open("README.md") as f:
    readme = f.read()
begin, end = "<!-- figures:begin -->\n", "<!-- figures:end -->"
if begin not in readme or end not in readme:
    sys.exit("readme-outputs: README.md has no figures markers")
readme = readme[:readme.index(begin) + len(begin)] + text + readme[readme.index(end):]
with open("README.md", "w") as f:
    f.write(readme)
print(f"readme-outputs: walletkart {example[0]:.2f} s, 10,000 workloads {large[0]:.2f} s", file=sys.stderr)
PY
