#!/usr/bin/env bash
# Runs the JMH benchmarks of the bench's hot path (pacing accuracy, recording cost) and any other JMH benchmark in
# benchmarks/ (e.g. the advisor's SolverBenchmark), with short iterations, from the shaded polyglot jar.
# Usage: benchmarks/jmh.sh [JMH ARGS...]   e.g. benchmarks/jmh.sh Pacing   or   benchmarks/jmh.sh -lprof
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f cli/target/polyglot.jar ] || mvn -q -B -DskipTests package
exec java -cp cli/target/polyglot.jar org.openjdk.jmh.Main "${@:-dev.polyglot.bench.jmh}"
