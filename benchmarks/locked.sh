#!/usr/bin/env bash
# Runs CMD... holding the test suites' cross-JVM engine lock (EngineSuiteLock: a POSIX lock on this file, which
# Python's lockf takes too; flock(1) does not honour it), so a hand-run bench never drops the namespace of a test
# suite running at the same time, nor is refused because one holds it.
# Usage: benchmarks/locked.sh CMD...
set -euo pipefail
lock="${TMPDIR:-/tmp}/polyglot-engine-tests.lock"
exec python3 -c 'import fcntl, subprocess, sys
with open(sys.argv[1], "a") as f:
    fcntl.lockf(f, fcntl.LOCK_EX)
    sys.exit(subprocess.call(sys.argv[2:]))' "$lock" "$@"
