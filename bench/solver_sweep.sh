#!/usr/bin/env bash
# The solver sweep of docs/performance.md: N (default 50) rescaled 20,000-process networks solved by pcfcert and
# by scipy's Jacobi-preconditioned bicgstab and gmres in the same run, then the summary.
# Usage: bench/solver_sweep.sh [N] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50}
k=${2:-3}
# scipy from Debian (python3-scipy 1.10), installed when missing, as the registry benchmark installs its tools.
if ! /usr/bin/python3 -c "import scipy" 2>/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends python3-scipy
fi
echo "# $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); dotnet $(dotnet --version)"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
dotnet build bench/PcfCert.Bench -c Release -v q -nologo >/dev/null
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1  # one thread each, as the C# solver
dotnet bench/PcfCert.Bench/bin/Release/net10.0/PcfCert.Bench.dll sweep "$n" "$dir" "$k" | tee "$dir/pcfcert.csv"
/usr/bin/python3 bench/scipy_sweep.py "$dir" "$k" | tee "$dir/scipy.csv"
/usr/bin/python3 bench/sweep_report.py "$dir/pcfcert.csv" "$dir/scipy.csv"
