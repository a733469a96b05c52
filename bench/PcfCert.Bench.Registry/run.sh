#!/usr/bin/env bash
# Registry at scale (issue 15 item 5), in one run on 127.0.0.1 only:
#   a throw-away PostgreSQL with N (100,000) certificates, the app (Release, PostgreSQL, request logging on),
#   nginx serving the very bytes the app answers, and wrk (2 threads, 32 connections, DURATION each) against both
#   for the registry look-up by number (JSON), the QR landing page (HTML) and the holder search (JSON).
#   Then: a status change written straight to the database is visible through the app within the poll interval,
#   an If-None-Match answers 304, and EXPLAIN ANALYZE shows the holder search on the pg_trgm index.
# Every load stops by itself (wrk -d). Usage: bench/PcfCert.Bench.Registry/run.sh [N] (DURATION=10s by default).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
root=$PWD
N=${1:-100000}
DURATION=${DURATION:-10s}

packages=(postgresql wrk nginx curl)
missing=()
for p in "${packages[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

work=$(mktemp -d /tmp/pcfcert-registry-bench.XXXXXX)
free_port() { for _ in $(seq 1 50); do p=$((20000 + RANDOM % 30000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo $p; return; }; done; exit 1; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg=(); if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$work"; as_pg=(runuser -u postgres --); fi
pg_port=$(free_port); app_port=$(free_port); nginx_port=$(free_port)
app_pid=""; nginx_started=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$nginx_started" ] && nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo ">> PostgreSQL on 127.0.0.1:$pg_port"
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -A trust -U pcfcert -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
psql() { command psql -h 127.0.0.1 -p "$pg_port" -U pcfcert -d pcfcert_bench -v ON_ERROR_STOP=1 -qAt "$@"; }
command psql -h 127.0.0.1 -p "$pg_port" -U pcfcert -d postgres -qc "CREATE DATABASE pcfcert_bench"

echo ">> building the app (Release)"
dotnet build src/PcfCert.Web -c Release -v q -nologo >/dev/null
mkdir -p "$work/keys"
start_app() {
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSQL \
  ConnectionStrings__PcfCert="Host=127.0.0.1;Port=$pg_port;Username=pcfcert;Database=pcfcert_bench;Maximum Pool Size=64" \
  Demo__Seed=true Signing__KeyDirectory="$work/keys" Registry__PermitsPerMinute=1000000000 \
  dotnet src/PcfCert.Web/bin/Release/net10.0/PcfCert.Web.dll --urls "http://127.0.0.1:$app_port" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$app_port/health" >/dev/null && return; sleep 1; done
  echo "the app did not start:"; tail -50 "$work/app.log"; exit 1
}
start_app
echo ">> seeding $N certificates"
seed_start=$(date +%s)
psql -v n="$N" -f bench/PcfCert.Bench.Registry/seed.sql
echo "   seeded in $(( $(date +%s) - seed_start )) s; certificates: $(psql -c 'SELECT count(*) FROM certificates')"

number=$(psql -c "SELECT \"Number\" FROM certificates WHERE \"HolderOrganisationId\" IS NULL ORDER BY \"Number\" OFFSET $((N / 2)) LIMIT 1")
holder=$(psql -c "SELECT \"HolderName\" FROM certificates WHERE \"Number\" = '$number'")
query=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$holder")
app="http://127.0.0.1:$app_port"
entry_path="/api/v1/registry/certificates/$number"; page_path="/Registry/Certificates/$number"; search_path="/api/v1/registry/certificates?holder=$query"
mkdir -p "$work/www"
curl -sf "$app$entry_path" -o "$work/www/entry.json"
curl -sf "$app$page_path" -o "$work/www/page.html"
curl -sf "$app$search_path" -o "$work/www/search.json"
cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
error_log $work/nginx-error.log;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /entry.json  { default_type "application/json; charset=utf-8"; alias $work/www/entry.json; }
    location = /page.html   { default_type "text/html; charset=utf-8"; alias $work/www/page.html; }
    location = /search.json { default_type "application/json; charset=utf-8"; alias $work/www/search.json; }
  }
}
NGINX
mkdir -p "$work/logs"
nginx -c "$work/nginx.conf" -p "$work" && nginx_started=1
ngx="http://127.0.0.1:$nginx_port"

measure() { # name url → "req/s p99"
  local out; out=$(wrk -t2 -c32 -d"$DURATION" --latency "$2")
  local rps; rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  local p99; p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  echo "$rps $p99 $non2xx"
}
echo ">> warming up"
wrk -t2 -c32 -d5s "$app$entry_path" >/dev/null; wrk -t2 -c32 -d3s "$app$page_path" >/dev/null; wrk -t2 -c32 -d3s "$app$search_path" >/dev/null
results=()
for kind in entry page search; do
  case $kind in entry) a="$app$entry_path"; n="$ngx/entry.json";; page) a="$app$page_path"; n="$ngx/page.html";; search) a="$app$search_path"; n="$ngx/search.json";; esac
  read -r arps ap99 anon <<<"$(measure app "$a")"
  read -r nrps np99 nnon <<<"$(measure nginx "$n")"
  ratio=$(python3 -c "print(f'{float(\"$arps\")/float(\"$nrps\"):.2f}')")
  results+=("| $kind | $(wc -c <"$work/www/$( [ $kind = page ] && echo page.html || echo $kind.json)") B | $arps | $ap99 | $anon | $nrps | $np99 | $ratio |")
done

# ETag / 304
etag=$(curl -s -D - -o /dev/null "$app$entry_path" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
not_modified=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$app$entry_path")
# A status change written by "another instance" (straight into the database) is visible through this one.
t0=$(date +%s%N)
psql -c "UPDATE certificates SET \"Status\" = 'Suspended', \"SuspendedOn\" = CURRENT_DATE, \"ConcurrencyStamp\" = gen_random_uuid() WHERE \"Number\" = '$number'"
until curl -sf "$app$entry_path" | grep -q '"status":"Suspended"'; do
  [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 5000 ] && { echo "status change not visible after 5 s"; break; }
  sleep 0.02
done
visible_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
psql -c "UPDATE certificates SET \"Status\" = 'Valid', \"SuspendedOn\" = NULL, \"ConcurrencyStamp\" = gen_random_uuid() WHERE \"Number\" = '$number'"
fragment=${holder:2:6}
rare=${holder: -6}
plan=$(psql -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT \"Number\" FROM certificates WHERE \"HolderName\" LIKE '%$fragment%' ORDER BY \"HolderName\", \"Number\" LIMIT 50")
search_ms=$(awk '/Execution Time/ {print $3}' <<<"$plan")
uses_trgm=$(grep -c "trgm" <<<"$plan" || true)
rare_plan=$(psql -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT \"Number\" FROM certificates WHERE \"HolderName\" LIKE '%$rare%' ORDER BY \"HolderName\", \"Number\" LIMIT 50")
rare_ms=$(awk '/Execution Time/ {print $3}' <<<"$rare_plan")
rare_trgm=$(grep -c "trgm" <<<"$rare_plan" || true)

echo
echo "Registry at scale: $N certificates on PostgreSQL, wrk -t2 -c32 -d$DURATION, app and nginx on 127.0.0.1, $(nproc) cores"
echo
echo "| answer | bytes | app req/s | app p99 | app non-2xx | nginx req/s | nginx p99 | app/nginx |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
echo
echo "- If-None-Match with the ETag: HTTP $not_modified"
echo "- status change in the database visible through the app after ${visible_ms} ms"
echo "- holder search '%$fragment%' on $N rows: ${search_ms} ms in PostgreSQL (pg_trgm index used: $([ "$uses_trgm" -gt 0 ] && echo yes || echo no))"
echo "- holder search '%$rare%' on $N rows: ${rare_ms} ms in PostgreSQL (pg_trgm index used: $([ "$rare_trgm" -gt 0 ] && echo yes || echo no))"
echo "- request log lines written by the app during the run: $(wc -l <"$work/app.log")"
