using System.Globalization;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Results;

namespace PcfCert.Cli;

/// <summary>The readable table of <c>pcfcert calc</c>. Rounding happens here, for display only.</summary>
internal static class ResultTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Print(FootprintResult r, TextWriter w)
    {
        w.WriteLine($"{r.ProductName} — per {Num(r.DeclaredUnit.Amount)} {r.DeclaredUnit.Unit}, {r.Gwp} GWP100, {Names.Of(r.Boundary)}");
        w.WriteLine();
        Row(w, "Total (incl. biogenic)", r.TotalKgCO2e, r.TotalKgCO2e);
        Row(w, "Excluding biogenic CO2", r.PcfExcludingBiogenic, r.TotalKgCO2e);
        w.WriteLine();
        w.WriteLine("By stage");
        foreach (var (stage, v) in r.ByStage) Row(w, "  " + stage, v, r.TotalKgCO2e);
        w.WriteLine("By origin");
        Row(w, "  fossil", r.ByOrigin.Fossil, r.TotalKgCO2e);
        Row(w, "  biogenic emissions", r.ByOrigin.BiogenicEmissions, r.TotalKgCO2e);
        Row(w, "  biogenic removals", r.ByOrigin.BiogenicRemovals, r.TotalKgCO2e);
        Row(w, "  dLUC", r.ByOrigin.Dluc, r.TotalKgCO2e);
        Row(w, "  land management", r.ByOrigin.LandManagement, r.TotalKgCO2e);
        Row(w, "  (aircraft)", r.AircraftKgCO2e, r.TotalKgCO2e);
        w.WriteLine("Top contributors");
        foreach (var p in r.ByProcess.Take(10)) Row(w, "  " + p.Id, p.KgCO2e, r.TotalKgCO2e);
        if (r.ByProcess.Count > 10) w.WriteLine($"  … {r.ByProcess.Count - 10} more");
        w.WriteLine();
        w.WriteLine("Checks");
        var c = r.CutOff;
        w.WriteLine(c.Share is { } share
            ? $"  cut-off         {(c.Passed ? "PASS" : "FAIL")}  excluded {Num(c.ExcludedMassKg)} kg = {Pct(share)} of product mass (limit {Pct(c.LimitShare)})"
            : $"  cut-off         {(c.Passed ? "PASS" : "FAIL")}  excluded {Num(c.ExcludedMassKg)} kg (no product mass)");
        var q = r.DataQuality;
        w.WriteLine(q.Dqr is { } dqr
            ? $"  data quality    DQR {dqr.ToString("0.00", Inv)} ({q.Band}), unrated {Pct(q.UnratedShare)}"
            : "  data quality    no rated datasets");
        w.WriteLine($"  solver          {r.Solver.Processes} processes, {r.Solver.CyclicBlocks} cyclic block(s), {string.Join("+", r.Solver.Methods)}, scaled residual {r.Solver.ScaledResidual.ToString("0.0E+0", Inv)}");
        if (r.Uncertainty is { } u)
        {
            w.WriteLine();
            w.WriteLine($"Monte Carlo ({u.Iterations} iterations, seed {u.Seed})");
            w.WriteLine($"  mean {Num(u.Mean)}  sd {Num(u.StandardDeviation)}  2.5% {Num(u.P2_5)}  median {Num(u.P50)}  97.5% {Num(u.P97_5)}");
            if (u.FailedDraws > 0)
                w.WriteLine($"  {u.FailedDraws} infeasible draw(s) left out; first: iteration {u.Failures[0].Iteration}, {u.Failures[0].Code}, input {u.Failures[0].Path ?? u.Failures[0].Processes}");
        }
        w.WriteLine();
        w.WriteLine($"inputSha256 {r.InputSha256}  engine {r.EngineVersion}");
    }

    private static void Row(TextWriter w, string label, double v, double total) =>
        w.WriteLine($"{label,-28}{Num(v),16} kg CO2e{(total != 0 ? Pct(v / total) : ""),9}");

    private static string Num(double v) => v.ToString("G6", Inv);

    private static string Pct(double share) => (share * 100).ToString("0.0", Inv) + " %";
}
