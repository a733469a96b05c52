#!/usr/bin/env bash
# The solver sweep of docs/performance.md: N (default 50) rescaled 20,000-process networks solved by pcfcert and
# by scipy's Jacobi-preconditioned bicgstab and gmres in the same run, then the summary.
# Usage: bench/solver_sweep.sh [N] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50}
k=${2:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
dotnet build bench/PcfCert.Bench -c Release -v q -nologo >/dev/null
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1  # one thread each, as the C# solver
dotnet bench/PcfCert.Bench/bin/Release/net10.0/PcfCert.Bench.dll sweep "$n" "$dir" "$k" | tee "$dir/pcfcert.csv"
/usr/bin/python3 bench/scipy_sweep.py "$dir" "$k" | tee "$dir/scipy.csv"
/usr/bin/python3 bench/sweep_report.py "$dir/pcfcert.csv" "$dir/scipy.csv"
