#!/usr/bin/env bash
# The whole test suite: starts the engines the integration tests talk to, then builds and tests every module.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/engines.sh up postgres redis clickhouse mariadb memcached  # mariadb, memcached: their bindings' tests
scripts/engines.sh up cassandra  # its own JVM from Maven Central: ~25 s to start here, ~45 s more on a first fetch
scripts/engines.sh up neo4j  # its own JVM from Maven Central: ~12 s to start here, ~60 s more on a first fetch
scripts/engines.sh up opensearch  # its own JVM from Maven Central (2.19.6, 512 MB heap), run as a system user it creates
scripts/engines.sh browser  # the HTML reports and Mermaid diagrams are checked in headless chromium; npm installs Mermaid
export PGUSER=${PGUSER:-polyglot} PGPASSWORD=${PGPASSWORD:-polyglot} PGDATABASE=${PGDATABASE:-polyglot}
mvn -B -ntp verify "$@"
