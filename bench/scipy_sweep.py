#!/usr/bin/env python3
"""scipy on the networks of the solver sweep (bench/solver_sweep.sh writes them with `PcfCert.Bench sweep N DIR`).

Usage: /usr/bin/python3 bench/scipy_sweep.py DIR [REPEATS]
Each DIR/net-NNN.bin holds int32 n, nnz, reference; float64 demand; int32 rows[nnz], cols[nnz]; float64 values[nnz].
For every network, times end to end what a caller pays for one demand, like the pcfcert column: COO -> CSR
(duplicates summed), Jacobi preconditioner, solve, residual check. Methods: bicgstab and gmres(40) with Jacobi,
x0 = D^-1 b, relative tolerance 1e-12 (the pcfcert cascade's). Prints CSV: kind, seed, method, wall_ms_median,
scaled_residual (||R(b - Ax)|| / ||Rb||, R = 1/|diag|), ok (residual <= 1e-9).
"""
import glob
import os
import sys
import time

import numpy as np
import scipy
import scipy.sparse as sp
import scipy.sparse.linalg as spla


def load(path):
    with open(path, "rb") as f:
        n, nnz, ref = np.frombuffer(f.read(12), dtype="<i4")
        demand = np.frombuffer(f.read(8), dtype="<f8")[0]
        rows = np.frombuffer(f.read(4 * nnz), dtype="<i4")
        cols = np.frombuffer(f.read(4 * nnz), dtype="<i4")
        vals = np.frombuffer(f.read(8 * nnz), dtype="<f8")
    return int(n), int(ref), float(demand), rows, cols, vals


def solver(method, n, ref, demand, rows, cols, vals):
    def run():
        a = sp.coo_matrix((vals, (rows, cols)), shape=(n, n)).tocsr()
        a.sum_duplicates()
        b = np.zeros(n)
        b[ref] = demand
        d = a.diagonal()
        inv = np.where(d != 0, 1.0 / np.where(d != 0, d, 1.0), 1.0)
        m = spla.LinearOperator((n, n), matvec=lambda v: inv * v)
        kwargs = dict(x0=inv * b, atol=0.0, M=m)
        try:
            if method == "bicgstab":
                x, info = spla.bicgstab(a, b, rtol=1e-12, maxiter=2000, **kwargs)
            else:
                x, info = spla.gmres(a, b, rtol=1e-12, restart=40, maxiter=100, **kwargs)
        except TypeError:  # scipy < 1.12 spells rtol as tol
            if method == "bicgstab":
                x, info = spla.bicgstab(a, b, tol=1e-12, maxiter=2000, **kwargs)
            else:
                x, info = spla.gmres(a, b, tol=1e-12, restart=40, maxiter=100, **kwargs)
        r = np.abs(inv)
        res = np.linalg.norm(r * (b - a @ x)) / np.linalg.norm(r * b)
        return res
    return run


def main():
    directory = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print(f"# scipy {scipy.__version__}, numpy {np.__version__}", flush=True)
    print("seed,method,wall_ms_median,cpu_ms_median,scaled_residual,ok", flush=True)
    for path in sorted(glob.glob(os.path.join(directory, "net-*.bin"))):
        seed = int(os.path.basename(path)[4:7])
        data = load(path)
        for method in ("bicgstab", "gmres"):
            run = solver(method, *data)
            res = run()  # warm-up
            walls, cpus = [], []
            for _ in range(repeats):
                t, c = time.perf_counter(), time.process_time()
                res = run()
                walls.append(time.perf_counter() - t)
                cpus.append(time.process_time() - c)
            ok = bool(np.isfinite(res) and res <= 1e-9)
            print(f"{seed},{method},{np.median(walls) * 1000:.2f},{np.median(cpus) * 1000:.2f},{res:.2e},{ok}", flush=True)


if __name__ == "__main__":
    main()
