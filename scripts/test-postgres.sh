#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 and runs the integration suite against it.
# Used by .ci/run; locally: `bash scripts/test-postgres.sh` (needs Debian's postgresql package).
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d /tmp/kadar-pg.XXXXXX)
port=${PGPORT_TEST:-55432}
user=$(id -un)
run() { if [ "$user" = root ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[ "$user" = root ] && chown postgres "$dir"
run "$bin/initdb -D $dir/data -U kadar --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
run "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200' -l $dir/log -w start >/dev/null"
trap 'run "$bin/pg_ctl -D $dir/data -m immediate stop >/dev/null"; rm -rf "$dir"' EXIT
echo "PostgreSQL $($bin/postgres --version | awk '{print $3}') on 127.0.0.1:$port"
TEST_DATABASE_URL="postgres://kadar@127.0.0.1:$port/postgres" npx vitest run "$@"
