#!/usr/bin/env bash
# Runs every test of PcfCert on a machine that has only the .NET SDK:
# installs the Debian packages the tests need when they are missing, starts a throw-away
# PostgreSQL on loopback in a temporary directory, runs every test project, and stops what it started.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

packages=(postgresql chromium fonts-noto-cjk poppler-utils zbar-tools)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo ">> installing ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d /tmp/pcfcert-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pgdir"; as_pg=(runuser -u postgres --); fi
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 30000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port for PostgreSQL" >&2; exit 1; }

stop_pg() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT

"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -A trust -U pcfcert -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" -w start >/dev/null
echo ">> PostgreSQL on 127.0.0.1:$port"
export PCFCERT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=pcfcert;Database=postgres"

rm -rf artifacts/test-results
dotnet test PcfCert.slnx -c Release --logger "console;verbosity=normal" --logger trx \
  --results-directory "$PWD/artifacts/test-results" "$@"
