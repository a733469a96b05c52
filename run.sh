#!/usr/bin/env bash
# Runs PcfCert on http://127.0.0.1:5080 with an embedded SQLite database in ./data,
# migrated and seeded with both schemes and a demo. ASPNETCORE_URLS or --urls overrides the address.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Certificate PDFs are printed by Debian's Chromium with the Noto CJK fonts. Install them when missing;
# if that is impossible (no network, no sudo) the app still runs and the PDF endpoint says what is missing.
missing=()
for p in chromium fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})) && command -v apt-get >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  echo ">> installing ${missing[*]} for certificate PDFs"
  { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"; } >/dev/null 2>&1 \
    || echo ">> could not install ${missing[*]}: certificate PDFs will be unavailable" >&2
fi

# The demo (one user per role with the published password) is for trying PcfCert out; a production start leaves it out.
export Demo__Seed="${Demo__Seed:-true}"
export Database__SqlitePath="${Database__SqlitePath:-$PWD/data/pcfcert.db}"
export Signing__KeyDirectory="${Signing__KeyDirectory:-$PWD/data/keys}"
export Mail__PickupDirectory="${Mail__PickupDirectory:-$PWD/data/mail}"
exec dotnet run --project src/PcfCert.Web -c Release -- "$@"
