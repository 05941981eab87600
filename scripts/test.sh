#!/usr/bin/env bash
# The whole test suite: starts the engines the integration tests talk to, then builds and tests every module.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/engines.sh up
scripts/engines.sh up cassandra  # its own JVM from Maven Central: ~25 s to start here, ~45 s more on a first fetch
scripts/engines.sh browser  # the HTML report is checked in headless chromium
export PGUSER=${PGUSER:-polyglot} PGPASSWORD=${PGPASSWORD:-polyglot} PGDATABASE=${PGDATABASE:-polyglot}
mvn -B -ntp verify "$@"
