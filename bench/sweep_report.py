#!/usr/bin/env python3
"""Joins the pcfcert and scipy CSVs of one solver sweep run (bench/solver_sweep.sh) and prints the summary."""
import csv
import statistics
import sys


def rows(path):
    with open(path) as f:
        return [r for r in csv.DictReader(line for line in f if not line.startswith("#"))]


def main():
    pc = rows(sys.argv[1])
    sc = rows(sys.argv[2])
    for column in ("wall_ms_median", "cpu_ms_median"):
        print(f"--- by {column}")
        report(pc, sc, column)
    print("--- figures for docs/performance.md")
    worst_wall = max(pc, key=lambda r: float(r["wall_ms_max"]))
    worst_cpu = max(pc, key=lambda r: float(r["cpu_ms_max"]))
    print(f"pcfcert worst case: wall {float(worst_wall['wall_ms_max']):.1f} ms (seed {worst_wall['seed']}), "
          f"CPU {float(worst_cpu['cpu_ms_max']):.1f} ms (seed {worst_cpu['seed']})")
    with open(sys.argv[1]) as f:
        for line in f:
            if line.startswith("# worst wall"):
                print("pcfcert sweep process:" + line.split(";", 1)[1].rstrip())


def report(pc, sc, column):
    best = {}
    for r in sc:
        if r["ok"] == "True":
            s = int(r["seed"])
            t = float(r[column])
            if s not in best or t < best[s][0]:
                best[s] = (t, r["method"])
    solved = [r for r in pc if r["status"] == "ok"]
    print(f"networks: {len(pc)}; pcfcert solved {len(solved)}; scipy solved (best iterative, residual <= 1e-9) {len(best)}")
    worst = max(pc, key=lambda r: float(r["wall_ms_max"]))
    print(f"pcfcert worst case: {float(worst['wall_ms_max']):.1f} ms (seed {worst['seed']}, {worst['kind']}, {worst['methods']})")
    print(f"pcfcert worst error against the unscaled network: {max(float(r['max_rel_error_vs_unscaled']) for r in solved):.2e}")
    if solved and "diag_scaled_residual" in solved[0]:
        diag = [float(r["diag_scaled_residual"]) for r in solved]
        print(f"pcfcert by scipy's test (R = 1/|diag|, <= 1e-9): {sum(1 for d in diag if d <= 1e-9)} of {len(solved)}, worst {max(diag):.2e}")
    for kind in ("market", "random", None):
        sel = [r for r in pc if kind is None or r["kind"] == kind]
        p = statistics.median(float(r[column]) for r in sel)
        both = [r for r in sel if int(r["seed"]) in best]
        s = statistics.median(best[int(r["seed"])][0] for r in both) if both else float("nan")
        ratios = [float(r[column]) / best[int(r["seed"])][0] for r in both]
        label = kind or "all"
        print(f"{label:7s} median end to end: pcfcert {p:.1f} ms, scipy best iterative {s:.1f} ms, "
              f"ratio of medians {p / s:.2f}, median per-network ratio {statistics.median(ratios):.2f}, worst ratio {max(ratios):.2f}")
    both = [r for r in pc if int(r["seed"]) in best]
    if both:
        p = statistics.median(float(r[column]) for r in both)
        s = statistics.median(best[int(r["seed"])][0] for r in both)
        print(f"over the {len(both)} networks both solve: median pcfcert {p:.1f} ms, scipy {s:.1f} ms, ratio of medians {p / s:.2f}")
    methods = {}
    for t, m in best.values():
        methods[m] = methods.get(m, 0) + 1
    print(f"scipy fastest method per network: {methods}")


if __name__ == "__main__":
    main()
