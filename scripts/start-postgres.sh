#!/usr/bin/env bash
# A PostgreSQL server for the test suites; prints its URL (postgres://postgres@127.0.0.1:<port>/test) on
# standard output, everything else on standard error:
#
#   export TEST_POSTGRES_URL=$(bash scripts/start-postgres.sh)
#
# 1. TEST_POSTGRES_URL already set: checks that it answers and prints it.
# 2. A server answering on 127.0.0.1:5432 as user postgres without a password: uses it (and creates its
#    database `test` if missing).
# 3. Otherwise starts a cluster of its own: Debian's `postgresql` package (installed with apt-get, as
#    root or through sudo, when no /usr/lib/postgresql/*/bin/initdb is there), initdb with trust
#    authentication into $PG_TEST_DIR (default $TMPDIR/ncasc-postgres), listening on 127.0.0.1 only, on
#    a free port, run as the `postgres` user when we are root (PostgreSQL refuses to run as root).
#
# Idempotent: run again, it finds the same server (or restarts its own cluster on the data already
# there). It never stops, changes or removes a server it did not start.
#   bash scripts/start-postgres.sh own    skips 1 and 2: always its own cluster in $PG_TEST_DIR
#   bash scripts/start-postgres.sh stop   stops the cluster it started in $PG_TEST_DIR, if running
# Needs the repository's node_modules (npm ci): the checks connect with `pg`, the API's driver.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="${PG_TEST_DIR:-${TMPDIR:-/tmp}/ncasc-postgres}"
DATA="$DIR/data"
log() { echo "start-postgres: $*" >&2; }

# exit 0 when the URL accepts a connection and a query
answers() {
  node -e "
    const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query('SELECT 1')).then(() => c.end()).then(() => process.exit(0), () => process.exit(1));" "$1" 2>/dev/null
}

# creates database `test` on the server at host:port (as postgres) when it is missing
ensure_test_database() {
  node -e "
    const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
    (async () => {
      await c.connect();
      const { rowCount } = await c.query(\"SELECT 1 FROM pg_database WHERE datname = 'test'\");
      if (!rowCount) await c.query('CREATE DATABASE test');
      await c.end();
    })().catch((e) => { console.error(e.message); process.exit(1); });" "postgres://postgres@127.0.0.1:$1/postgres"
}

# the newest installed server's bin directory, or nothing
server_bin() {
  local v
  v=$(ls /usr/lib/postgresql 2>/dev/null | grep -E '^[0-9]+$' | sort -n | tail -1 || true)
  if [ -n "$v" ] && [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then echo "/usr/lib/postgresql/$v/bin"; fi
}

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

# runs a PostgreSQL program as the user the cluster belongs to
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  "" | own | stop) ;;
  *)
    echo "usage: $0 [own|stop]" >&2
    exit 2
    ;;
esac

if [ "${1:-}" = "stop" ]; then
  BIN=$(server_bin)
  if [ -n "$BIN" ] && [ -f "$DATA/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
  else
    log "no cluster of ours running in $DATA"
  fi
  exit 0
fi

# 1. given
if [ "${1:-}" != "own" ] && [ -n "${TEST_POSTGRES_URL:-}" ]; then
  if answers "$TEST_POSTGRES_URL"; then
    log "using TEST_POSTGRES_URL"
    echo "$TEST_POSTGRES_URL"
    exit 0
  fi
  log "TEST_POSTGRES_URL is set but does not answer: $TEST_POSTGRES_URL"
  exit 1
fi

# 2. a server already listening on the usual port
if [ "${1:-}" != "own" ] && answers "postgres://postgres@127.0.0.1:5432/postgres"; then
  ensure_test_database 5432
  log "using the server on 127.0.0.1:5432"
  echo "postgres://postgres@127.0.0.1:5432/test"
  exit 0
fi

# 3. a cluster of our own; first the binaries
BIN=$(server_bin)
if [ -z "$BIN" ]; then
  if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
    log "PostgreSQL is not installed and we are not root: install Debian's postgresql with apt-get, then re-run"
    exit 1
  fi
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  # the package's own cluster (main, on 5432) is not used: it asks for passwords over TCP
  $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
  BIN=$(server_bin)
  if [ -z "$BIN" ]; then
    log "postgresql installed, but no /usr/lib/postgresql/*/bin/initdb"
    exit 1
  fi
fi
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  log "PostgreSQL will not run as root, and there is no postgres user to run it as"
  exit 1
fi

# PostgreSQL cannot run as root: the directory belongs to the user that runs it
if [ "$(id -u)" -eq 0 ]; then
  install -d -m 700 -o postgres -g postgres "$DIR"
else
  mkdir -p "$DIR" && chmod 700 "$DIR"
fi
# one run at a time from here (two CI steps starting it together would both initdb)
exec 9>>"$DIR/.lock"
flock 9

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initdb in $DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
    as_owner "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1 ||
    { cat "$DIR/initdb.log" >&2; exit 1; }
fi

PORT=$(cat "$DIR/port" 2>/dev/null || true)
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  # the port it had, if still free; else a new free one
  if [ -z "$PORT" ] || ! node -e "
      const s = require('net').createServer();
      s.once('error', () => process.exit(1));
      s.listen(Number(process.argv[1]), '127.0.0.1', () => s.close(() => process.exit(0)));" "$PORT"; then
    PORT=$(node -e "
      const s = require('net').createServer();
      s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => console.log(p)); });")
  fi
  log "starting the cluster in $DATA on 127.0.0.1:$PORT"
  # the socket in the cluster's own directory, so nothing under /var/run is needed; fsync off: a
  # throw-away cluster for tests. 9>&-: the server must not inherit (and hold for ever) the lock.
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >&2 9>&- ||
    { tail -20 "$DIR/server.log" >&2; exit 1; }
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- sh -c "echo $PORT > '$DIR/port'"; else echo "$PORT" >"$DIR/port"; fi
else
  log "the cluster in $DATA is already running on 127.0.0.1:$PORT"
fi

if [ -z "$PORT" ] || ! answers "postgres://postgres@127.0.0.1:$PORT/postgres"; then
  log "the cluster in $DATA does not answer on 127.0.0.1:${PORT:-?}"
  exit 1
fi
ensure_test_database "$PORT"
echo "postgres://postgres@127.0.0.1:$PORT/test"
