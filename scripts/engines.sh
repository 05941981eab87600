#!/usr/bin/env bash
# Installs (from Debian's packages), starts, stops and reports the engines that polyglot's tests and
# benchmarks use: PostgreSQL on 127.0.0.1:5432, Redis on 127.0.0.1:6379, ClickHouse on 127.0.0.1:8123/9000,
# MariaDB on 127.0.0.1:3306, Memcached on 127.0.0.1:11211, Cassandra 5.0 on 127.0.0.1:9042 (from Maven Central, its own
# JVM), Neo4j 5 community on 127.0.0.1:7687 (Bolt; from Maven Central, its own JVM), OpenSearch 2.19 on 127.0.0.1:9200
# (from Maven Central, its own JVM). With no NAME: the first three (what most tests need).
# Usage: scripts/engines.sh up|down|status [postgres|redis|clickhouse|mariadb|memcached|cassandra|neo4j|opensearch ... | all]
#        scripts/engines.sh browser   (installs headless chromium, which the HTML reports' render tests need, and npm,
#                                      with which the cli build installs the Mermaid library its diagram test draws with)
# Needs root (or sudo) for install and start. Touches nothing but its own role/database `polyglot`.
set -euo pipefail

ALL=(postgres redis clickhouse)
KNOWN=(postgres redis clickhouse mariadb memcached cassandra neo4j opensearch)
MY_USER=polyglot MY_PASSWORD=polyglot
MY_SOCKET=/run/mysqld/mysqld.sock
PG_USER=polyglot PG_PASSWORD=polyglot PG_DB=polyglot
STATE_DIR=/var/lib/polyglot-engines
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
# psql as postgres, quiet: client_min_messages=warning keeps "NOTICE: ... already exists, skipping" off the terminal.
pg_sql() { as_postgres env PGOPTIONS="-c client_min_messages=warning" psql -qtAX "$@"; }

say() { printf '%s\n' "engines: $*" >&2; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]}"
  if [ ! -f "$STATE_DIR/apt-updated" ]; then
    $SUDO apt-get update -qq >/dev/null
    $SUDO mkdir -p "$STATE_DIR" && $SUDO touch "$STATE_DIR/apt-updated"
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

wait_for() { # name, command...
  local name=$1; shift
  for _ in $(seq 1 60); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  say "$name did not come up; see its log"; return 1
}

# The pid in FILE when that process is alive.
live_pid() { local p; p=$(cat "$1" 2>/dev/null) && kill -0 "$p" 2>/dev/null && echo "$p"; }

# NAME VERSION MARKER LIB LOG: copies NAME's server and its runtime dependencies from Maven Central (scripts/NAME/pom.xml)
# into LIB, unless MARKER (the server's own jar) is already there; Maven's output goes to LOG.
fetch_server_jars() {
  local name=$1 version=$2 marker=$3 lib=$4 log=$5
  [ -f "$marker" ] && return 0
  say "fetching $name $version and its dependencies from Maven Central"
  $SUDO mvn -q -B -ntp -f "$(dirname "${BASH_SOURCE[0]}")/$name/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$lib" >"$log" 2>&1 \
    || { say "fetching $name failed; see $log"; return 1; }
}

# NAME: fails saying what is missing unless java and mvn (which fetches the server from Maven Central) are on the PATH.
need_java_and_mvn() {
  command -v java >/dev/null || { say "$1 needs java (17) on the PATH"; return 1; }
  command -v mvn >/dev/null || { say "$1 needs mvn to fetch its artifacts from Maven Central"; return 1; }
}

# NAME PIDFILE: stops the server whose pid the file holds, waiting up to 30 s for it to exit.
stop_pidfile() {
  local pid; pid=$(live_pid "$2" || true)
  if [ -n "$pid" ]; then
    $SUDO kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  say "$1 down"
}

# READY_FN PIDFILE GRACE UP EXITED LATE: waits up to 120 s for READY_FN, saying UP; says EXITED once the pid in
# PIDFILE is gone (checked after GRACE half-second steps: a daemon may write its pid file late), LATE at the end.
await_server() {
  local ready=$1 pidfile=$2 grace=$3 up=$4 exited=$5 late=$6 i
  for i in $(seq 1 240); do
    "$ready" && { say "$up"; return 0; }
    [ "$i" -lt "$grace" ] || [ -n "$(live_pid "$pidfile")" ] || { say "$exited"; return 1; }
    sleep 0.5
  done
  say "$late"; return 1
}

pg_version() { ls /usr/lib/postgresql | sort -n | tail -1; }
pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432; }
redis_ready() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
ch_ready() { curl -fsS "http://127.0.0.1:8123/?query=SELECT%201" 2>/dev/null | grep -q 1; }
mariadb_ready() { mariadb-admin --protocol=tcp -h 127.0.0.1 -P 3306 -u "$MY_USER" -p"$MY_PASSWORD" ping >/dev/null 2>&1 \
  || $SUDO mariadb-admin --socket="$MY_SOCKET" ping >/dev/null 2>&1; }
memcached_ready() { printf 'version\r\nquit\r\n' | timeout 2 bash -c 'exec 3<>/dev/tcp/127.0.0.1/11211; cat >&3; head -c 8 <&3' 2>/dev/null | grep -q VERSION; }

up_postgres() {
  # postgresql brings pgbench and postgresql-contrib pg_stat_statements: the profile's tests drive pgbench against it.
  apt_install postgresql postgresql-contrib
  local v; v=$(pg_version)
  [ -d "/etc/postgresql/$v/main" ] || $SUDO pg_createcluster "$v" main >/dev/null
  # pg_stat_statements must be preloaded: `polyglot profile` reads per-statement shapes from it (and its tests do).
  local conf="/etc/postgresql/$v/main/conf.d/polyglot.conf"
  local want="shared_preload_libraries = 'pg_stat_statements'"
  if [ "$(cat "$conf" 2>/dev/null)" != "$want" ]; then
    echo "$want" | $SUDO tee "$conf" >/dev/null
    if pg_ready; then $SUDO pg_ctlcluster "$v" main restart; wait_for postgres pg_ready; fi
  fi
  if ! pg_ready; then
    $SUDO pg_ctlcluster "$v" main start
    wait_for postgres pg_ready
  fi
  pg_sql -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'; END IF; END \$\$;" >/dev/null
  pg_sql -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1 \
    || as_postgres createdb -O "$PG_USER" "$PG_DB"
  pg_sql -d "$PG_DB" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
  # The bench checkpoints after a load, so the load's write-back does not land on the runs measured next (PostgreSQL 15+).
  pg_sql -c "DO \$\$ BEGIN IF current_setting('server_version_num')::int >= 150000 THEN EXECUTE 'GRANT pg_checkpoint TO $PG_USER'; END IF; END \$\$;" >/dev/null
  say "postgres up on 127.0.0.1:5432 (user $PG_USER, database $PG_DB)"
}

up_redis() {
  # redis-tools brings redis-cli and redis-benchmark, which the profile's tests run against the server.
  apt_install redis-server redis-tools
  if ! redis_ready; then
    $SUDO mkdir -p "$STATE_DIR/redis"
    $SUDO redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no \
      --dir "$STATE_DIR/redis" --logfile "$STATE_DIR/redis/redis.log"
    wait_for redis redis_ready
  fi
  say "redis up on 127.0.0.1:6379"
}

up_clickhouse() {
  apt_install clickhouse-server clickhouse-client curl
  if ! ch_ready; then
    # Listen on IPv4 loopback only: containers often have no ::1.
    $SUDO mkdir -p /etc/clickhouse-server/config.d
    printf '<yandex>\n  <listen_host replace="replace">127.0.0.1</listen_host>\n  <listen_try>1</listen_try>\n</yandex>\n' \
      | $SUDO tee /etc/clickhouse-server/config.d/polyglot-listen.xml >/dev/null
    $SUDO mkdir -p /var/lib/clickhouse /var/log/clickhouse-server /var/run/clickhouse-server
    $SUDO chown -R clickhouse:clickhouse /var/lib/clickhouse /var/log/clickhouse-server /var/run/clickhouse-server
    $SUDO su -s /bin/sh clickhouse -c \
      "cd /var/lib/clickhouse && clickhouse-server --daemon --config-file=/etc/clickhouse-server/config.xml --pid-file=/var/run/clickhouse-server/clickhouse-server.pid" >/dev/null
    wait_for clickhouse ch_ready
  fi
  say "clickhouse up on 127.0.0.1:8123 (http) and 9000 (native)"
}

up_mariadb() {
  apt_install mariadb-server mariadb-client
  if ! mariadb_ready; then
    # Small: a 64 MB buffer pool beside the other engines on a shared machine; TCP on IPv4 loopback only.
    $SUDO mkdir -p /run/mysqld "$STATE_DIR/mariadb" && $SUDO chown mysql:mysql /run/mysqld
    [ -d /var/lib/mysql/mysql ] || $SUDO mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
    $SUDO bash -c "nohup mariadbd --user=mysql --datadir=/var/lib/mysql --socket=$MY_SOCKET --bind-address=127.0.0.1 --port=3306 \
      --innodb-buffer-pool-size=64M --max-connections=200 --performance-schema=OFF --skip-name-resolve \
      --log-error=$STATE_DIR/mariadb/error.log >/dev/null 2>&1 &"
    wait_for mariadb mariadb_ready
  fi
  # The bench's own login: its namespace database polyglot_bench, and database polyglot for the user's data in tests.
  $SUDO mariadb --socket="$MY_SOCKET" -e "CREATE USER IF NOT EXISTS '$MY_USER'@'127.0.0.1' IDENTIFIED BY '$MY_PASSWORD';
    CREATE USER IF NOT EXISTS '$MY_USER'@'localhost' IDENTIFIED BY '$MY_PASSWORD';
    CREATE DATABASE IF NOT EXISTS polyglot;
    GRANT ALL ON polyglot_bench.* TO '$MY_USER'@'127.0.0.1'; GRANT ALL ON polyglot.* TO '$MY_USER'@'127.0.0.1';
    GRANT ALL ON polyglot_bench.* TO '$MY_USER'@'localhost'; GRANT ALL ON polyglot.* TO '$MY_USER'@'localhost';"
  say "mariadb up on 127.0.0.1:3306 (user $MY_USER, database polyglot)"
}

up_memcached() {
  apt_install memcached libmemcached-tools
  if ! memcached_ready; then
    $SUDO mkdir -p "$STATE_DIR"
    $SUDO memcached -d -u memcache -l 127.0.0.1 -p 11211 -U 0 -m 128 -c 1024 -P "$STATE_DIR/memcached.pid"
    wait_for memcached memcached_ready
  fi
  say "memcached up on 127.0.0.1:11211"
}

# Cassandra: cassandra-all and its dependencies copied from Maven Central by scripts/cassandra/pom.xml, run as its own
# JVM (CassandraDaemon) with a small heap, single node, one token, data and log under $CASSANDRA_DIR.
CASSANDRA_DIR=$STATE_DIR/cassandra
CASSANDRA_VERSION=5.0.9
cassandra_ready() { # the native protocol port answers an OPTIONS frame with SUPPORTED (opcode 0x06)
  { exec 3<>/dev/tcp/127.0.0.1/9042; } 2>/dev/null || return 1
  printf '\x04\x00\x00\x00\x05\x00\x00\x00\x00' >&3
  local reply; reply=$(timeout 2 head -c 5 <&3 | od -An -tx1 | tr -d ' \n')
  exec 3<&- 3>&-
  [ "${reply:8:2}" = 06 ]
}
cassandra_pid() { live_pid "$CASSANDRA_DIR/cassandra.pid"; }

up_cassandra() {
  need_java_and_mvn cassandra || return 1
  if cassandra_ready; then say "cassandra up on 127.0.0.1:9042"; return 0; fi
  $SUDO mkdir -p "$CASSANDRA_DIR"/{data,commitlog,saved_caches,hints,cdc_raw,log}
  fetch_server_jars cassandra "$CASSANDRA_VERSION" "$CASSANDRA_DIR/lib/cassandra-all-$CASSANDRA_VERSION.jar" "$CASSANDRA_DIR/lib" \
    "$CASSANDRA_DIR/log/fetch.log" || return 1
  $SUDO cp "$(dirname "${BASH_SOURCE[0]}")/cassandra/logback.xml" "$CASSANDRA_DIR/logback.xml"
  sed -e "s|@CLUSTER@|polyglot|; s|@DIR@|$CASSANDRA_DIR|g; s|@NATIVE_PORT@|9042|; s|@STORAGE_PORT@|7000|g" \
    "$(dirname "${BASH_SOURCE[0]}")/cassandra/cassandra.yaml" | $SUDO tee "$CASSANDRA_DIR/cassandra.yaml" >/dev/null
  if [ -z "$(cassandra_pid)" ]; then
    # The JVM flags Cassandra's own launcher passes on Java 17 (shared with bench --embedded), a 768 MB heap.
    local opts; mapfile -t opts < <(grep -v '^#' "$(dirname "${BASH_SOURCE[0]}")/cassandra/jvm17-server.options" | xargs -n1)
    $SUDO setsid nohup java -Xms768m -Xmx768m "${opts[@]}" -javaagent:"$CASSANDRA_DIR/lib/jamm-0.4.0.jar" \
      -Dcassandra.config="file://$CASSANDRA_DIR/cassandra.yaml" -Dcassandra.storagedir="$CASSANDRA_DIR" \
      -Dcassandra.logdir="$CASSANDRA_DIR/log" -Dlogback.configurationFile="$CASSANDRA_DIR/logback.xml" \
      -cp "$CASSANDRA_DIR/lib/*" org.apache.cassandra.service.CassandraDaemon \
      >"$CASSANDRA_DIR/log/stdout.log" 2>&1 </dev/null &
    echo $! | $SUDO tee "$CASSANDRA_DIR/cassandra.pid" >/dev/null
  fi
  await_server cassandra_ready "$CASSANDRA_DIR/cassandra.pid" 0 "cassandra up on 127.0.0.1:9042 (native protocol; data in $CASSANDRA_DIR)" \
    "cassandra exited while starting; see $CASSANDRA_DIR/log/system.log and stdout.log" \
    "cassandra did not open 127.0.0.1:9042 within 120 s; see $CASSANDRA_DIR/log/system.log"
}

down_cassandra() { stop_pidfile cassandra "$CASSANDRA_DIR/cassandra.pid"; }

# Neo4j: org.neo4j:neo4j 5.26 (community, with its Bolt server) and its dependencies copied from Maven Central by
# scripts/neo4j/pom.xml, run as its own JVM through the server's own main (CommunityEntryPoint) with a 512 MB heap and a
# 64 MB page cache, Bolt on 127.0.0.1:7687 without auth (loopback only, as Cassandra), no HTTP; home under $NEO4J_DIR.
NEO4J_DIR=$STATE_DIR/neo4j
NEO4J_VERSION=5.26.20
neo4j_ready() { # Bolt's handshake: the magic 0x6060B017 and four proposals (5.x first); a server answers with the version it picked
  { exec 3<>/dev/tcp/127.0.0.1/7687; } 2>/dev/null || return 1
  printf '\x60\x60\xb0\x17\x00\x00\x04\x05\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00' >&3
  local reply; reply=$(timeout 2 head -c 4 <&3 | od -An -tx1 | tr -d ' \n')
  exec 3<&- 3>&-
  [ -n "$reply" ] && [ "$reply" != 00000000 ]
}
neo4j_pid() { live_pid "$NEO4J_DIR/neo4j.pid"; }

up_neo4j() {
  need_java_and_mvn neo4j || return 1
  if neo4j_ready; then say "neo4j up on 127.0.0.1:7687"; return 0; fi
  $SUDO mkdir -p "$NEO4J_DIR"/{conf,data,logs,run,plugins,import}
  fetch_server_jars neo4j "$NEO4J_VERSION" "$NEO4J_DIR/lib/neo4j-$NEO4J_VERSION.jar" "$NEO4J_DIR/lib" "$NEO4J_DIR/logs/fetch.log" || return 1
  sed "s|@HOME@|$NEO4J_DIR|g; s|@BOLT@|127.0.0.1:7687|" "$(dirname "${BASH_SOURCE[0]}")/neo4j/neo4j.conf" | $SUDO tee "$NEO4J_DIR/conf/neo4j.conf" >/dev/null
  if [ -z "$(neo4j_pid)" ]; then
    $SUDO setsid nohup java -Xms512m -Xmx512m -XX:+UseG1GC -XX:ActiveProcessorCount=2 -cp "$NEO4J_DIR/lib/*" \
      org.neo4j.server.CommunityEntryPoint --home-dir="$NEO4J_DIR" --config-dir="$NEO4J_DIR/conf" \
      >"$NEO4J_DIR/logs/stdout.log" 2>&1 </dev/null &
    echo $! | $SUDO tee "$NEO4J_DIR/neo4j.pid" >/dev/null
  fi
  await_server neo4j_ready "$NEO4J_DIR/neo4j.pid" 0 "neo4j up on 127.0.0.1:7687 (Bolt; data in $NEO4J_DIR)" \
    "neo4j exited while starting; see $NEO4J_DIR/logs/neo4j.log and stdout.log" \
    "neo4j did not open 127.0.0.1:7687 within 120 s; see $NEO4J_DIR/logs/neo4j.log"
}

down_neo4j() { stop_pidfile neo4j "$NEO4J_DIR/neo4j.pid"; }

# OpenSearch: the minimal distribution OpenSearch publishes for plugins' integration tests plus its analysis-common
# module, unpacked from Maven Central by scripts/opensearch/pom.xml; one node, a 512 MB heap, HTTP on 127.0.0.1:9200,
# no security plugin. OpenSearch refuses to run as root: it runs as system user $OPENSEARCH_USER, created here.
OPENSEARCH_DIR=$STATE_DIR/opensearch
OPENSEARCH_VERSION=2.19.6
OPENSEARCH_USER=polyglot-opensearch
OPENSEARCH_HOME=$OPENSEARCH_DIR/opensearch-$OPENSEARCH_VERSION
opensearch_ready() { curl -fsS -m 2 "http://127.0.0.1:9200/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null | grep -q '"status"'; }
opensearch_pid() { live_pid "$OPENSEARCH_DIR/opensearch.pid"; }

up_opensearch() {
  need_java_and_mvn opensearch || return 1
  command -v curl >/dev/null || apt_install curl
  if opensearch_ready; then say "opensearch up on 127.0.0.1:9200"; return 0; fi
  id -u "$OPENSEARCH_USER" >/dev/null 2>&1 \
    || $SUDO useradd --system --no-create-home --home-dir "$OPENSEARCH_DIR" --shell /usr/sbin/nologin "$OPENSEARCH_USER"
  $SUDO mkdir -p "$OPENSEARCH_DIR"/{data,logs}
  if [ ! -f "$OPENSEARCH_HOME/lib/opensearch-$OPENSEARCH_VERSION.jar" ] || [ ! -f "$OPENSEARCH_HOME/modules/analysis-common/analysis-common-$OPENSEARCH_VERSION.jar" ]; then
    say "fetching opensearch $OPENSEARCH_VERSION from Maven Central"
    $SUDO mvn -q -B -ntp -f "$(dirname "${BASH_SOURCE[0]}")/opensearch/pom.xml" package -Dopensearch.dir="$OPENSEARCH_DIR" \
      >"$OPENSEARCH_DIR/logs/fetch.log" 2>&1 || { say "fetching opensearch failed; see $OPENSEARCH_DIR/logs/fetch.log"; return 1; }
  fi
  # The Maven jar of a module carries no descriptor (the distribution's build writes it; the pom copies this one, and an
  # older unpack gets it here). The node's yaml and JVM flags are shared with bench --embedded (scripts/opensearch/).
  local shared; shared="$(dirname "${BASH_SOURCE[0]}")/opensearch"
  $SUDO cp "$shared/plugin-descriptor.properties" "$OPENSEARCH_HOME/modules/analysis-common/plugin-descriptor.properties"
  sed -e "s|@CLUSTER@|polyglot|g; s|@DIR@|$OPENSEARCH_DIR|g; s|@HTTP_PORT@|9200|; s|@TRANSPORT_PORT@|9300|" "$shared/opensearch.yml" \
    | $SUDO tee "$OPENSEARCH_HOME/config/opensearch.yml" >/dev/null
  $SUDO cp "$shared/polyglot.options" "$OPENSEARCH_HOME/config/jvm.options.d/polyglot.options"
  $SUDO chown -R "$OPENSEARCH_USER" "$OPENSEARCH_DIR"
  if [ -z "$(opensearch_pid)" ]; then
    local java_home; java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    (cd "$OPENSEARCH_HOME" && $SUDO runuser -u "$OPENSEARCH_USER" -- env OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_PATH_CONF="$OPENSEARCH_HOME/config" \
      "$OPENSEARCH_HOME/bin/opensearch" -d -p "$OPENSEARCH_DIR/opensearch.pid" >"$OPENSEARCH_DIR/logs/stdout.log" 2>&1) \
      || { say "opensearch did not start; see $OPENSEARCH_DIR/logs/stdout.log and polyglot.log"; return 1; }
  fi
  # The daemon writes its pid file a few seconds after the launcher returns: 40 steps of grace.
  await_server opensearch_ready "$OPENSEARCH_DIR/opensearch.pid" 40 "opensearch up on 127.0.0.1:9200 (http; data in $OPENSEARCH_DIR)" \
    "opensearch exited while starting; see $OPENSEARCH_DIR/logs/polyglot.log" \
    "opensearch did not answer on 127.0.0.1:9200 within 120 s; see $OPENSEARCH_DIR/logs/polyglot.log"
}

down_opensearch() { stop_pidfile opensearch "$OPENSEARCH_DIR/opensearch.pid"; }

up_browser() {
  apt_install chromium
  command -v npm >/dev/null || apt_install npm   # the image may bring its own node and npm: keep them
  say "chromium installed ($(command -v chromium)), npm $(npm --version)"
}

down_postgres() { pg_ready && $SUDO pg_ctlcluster "$(pg_version)" main stop || true; say "postgres down"; }
down_redis() { redis_ready && redis-cli -h 127.0.0.1 -p 6379 shutdown nosave >/dev/null 2>&1 || true; say "redis down"; }
down_clickhouse() {
  local pid=/var/run/clickhouse-server/clickhouse-server.pid
  if [ -f "$pid" ]; then $SUDO kill "$(cat "$pid")" 2>/dev/null || true; fi
  for _ in $(seq 1 40); do ch_ready || break; sleep 0.5; done
  say "clickhouse down"
}

down_mariadb() {
  if mariadb_ready; then $SUDO mariadb-admin --socket="$MY_SOCKET" shutdown >/dev/null 2>&1 || true; fi
  for _ in $(seq 1 40); do mariadb_ready || break; sleep 0.5; done
  say "mariadb down"
}
down_memcached() {
  local pid="$STATE_DIR/memcached.pid"
  if [ -f "$pid" ]; then $SUDO kill "$(cat "$pid")" 2>/dev/null || true; $SUDO rm -f "$pid"; fi
  # Its pid file can be missing or empty (memcached, once it drops to the memcache user, may not write it in root's
  # directory): then ours is the daemon on our address.
  if memcached_ready; then $SUDO pkill -f "memcached .*-l 127.0.0.1 -p 11211" 2>/dev/null || true; fi
  for _ in $(seq 1 20); do memcached_ready || break; sleep 0.5; done
  if memcached_ready; then say "memcached is still up on 127.0.0.1:11211"; return 1; fi
  say "memcached down"
}

status_one() {
  local name=$1 fn
  case $name in postgres) fn=pg_ready ;; redis) fn=redis_ready ;; clickhouse) fn=ch_ready ;; mariadb) fn=mariadb_ready ;; memcached) fn=memcached_ready ;; cassandra) fn=cassandra_ready ;; neo4j) fn=neo4j_ready ;; opensearch) fn=opensearch_ready ;; esac
  if $fn 2>/dev/null; then echo "$name: up"; else echo "$name: down"; return 1; fi
}

main() {
  local action=${1:-}; shift || true
  if [ "$action" = browser ]; then up_browser; return; fi
  local engines=("$@"); [ ${#engines[@]} -gt 0 ] || engines=("${ALL[@]}")
  [ "${engines[*]}" != all ] || engines=("${KNOWN[@]}")
  for e in "${engines[@]}"; do
    case " ${KNOWN[*]} " in *" $e "*) ;; *) say "unknown engine '$e' (expected one of ${KNOWN[*]})"; exit 2 ;; esac
  done
  case $action in
    up) for e in "${engines[@]}"; do "up_$e"; done ;;
    down) for e in "${engines[@]}"; do "down_$e"; done ;;
    status) local rc=0; for e in "${engines[@]}"; do status_one "$e" || rc=1; done; exit $rc ;;
    *) echo "usage: scripts/engines.sh up|down|status [$(IFS='|'; echo "${KNOWN[*]}") ... | all] | browser" >&2; exit 2 ;;
  esac
}

main "$@"
