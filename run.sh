#!/usr/bin/env bash
# Runs PcfCert on http://127.0.0.1:5080 with an embedded SQLite database in ./data,
# migrated and seeded with both schemes and a demo. ASPNETCORE_URLS or --urls overrides the address.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
export Database__SqlitePath="${Database__SqlitePath:-$PWD/data/pcfcert.db}"
exec dotnet run --project src/PcfCert.Web -c Release -- "$@"
