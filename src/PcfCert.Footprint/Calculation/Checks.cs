using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;
using static PcfCert.Footprint.Documents.JsonFields;

namespace PcfCert.Footprint.Calculation;

/// <summary>Field-level checks shared by the compiler; each adds errors with the field's JSON pointer.</summary>
internal sealed class Checks(List<Error> errors)
{
    public List<Error> Errors { get; } = errors;

    /// <summary>Amount must be finite and not negative; returns false otherwise.</summary>
    public bool Amount(double value, string path)
    {
        if (!double.IsFinite(value))
        {
            Errors.Add(Error.Of(ErrorCode.NonFiniteAmount, path, "The amount is not a finite number."));
            return false;
        }
        if (value < 0)
        {
            Errors.Add(Error.Of(ErrorCode.NegativeAmount, path,
                $"The amount {value} is negative; removals are stated as positive amounts in 'removals'.", ("amount", value)));
            return false;
        }
        return true;
    }

    public UnitInfo? Unit(string symbol, string path)
    {
        var unit = UnitTable.Find(symbol);
        if (unit is null)
            Errors.Add(Error.Of(ErrorCode.UnknownUnit, path, $"Unit '{symbol}' is not known.", ("unit", symbol)));
        return unit;
    }

    /// <summary>Conversion factor from <paramref name="from"/> to <paramref name="to"/>, or null with a mismatch error.</summary>
    public double? Convert(UnitInfo from, UnitInfo to, string path, string what)
    {
        var factor = UnitTable.Factor(from, to);
        if (factor is null)
            Errors.Add(Error.Of(ErrorCode.UnitDimensionMismatch, path,
                $"Unit '{from.Symbol}' ({from.Dimension}) cannot be converted to '{to.Symbol}' ({to.Dimension}) of {what}.",
                ("unit", from.Symbol), ("expectedUnit", to.Symbol), ("target", what)));
        return factor;
    }

    public double? Mass(double amount, string unit, string path)
    {
        var okAmount = Amount(amount, Child(path, "amount"));
        var u = Unit(unit, Child(path, "unit"));
        if (u is null) return null;
        if (u.Dimension != Dimension.Mass)
        {
            Errors.Add(Error.Of(ErrorCode.UnitDimensionMismatch, Child(path, "unit"),
                $"Unit '{unit}' is not a mass unit.", ("unit", unit), ("expectedDimension", "Mass")));
            return null;
        }
        return okAmount ? amount * u.ToBase : null;
    }

    public void Dqr(DataQuality? dqr, string path)
    {
        if (dqr is null) return;
        foreach (var (name, v) in new[] { ("ter", dqr.Ter), ("ger", dqr.Ger), ("tir", dqr.Tir), ("p", dqr.P) })
            if (!(v >= 1 && v <= 5))
                Errors.Add(Error.Of(ErrorCode.InvalidDataQuality, Child(Child(path, "dqr"), name),
                    $"Data quality score '{name}' = {v} is outside 1–5.", ("field", name), ("value", v)));
    }

    /// <summary>Checks a distribution against its stated value; returns true when usable.</summary>
    public bool Uncertainty(UncertaintySpec? u, double stated, string path)
    {
        if (u is null) return false;
        var p = Child(path, "uncertainty");
        string? problem = u.Distribution switch
        {
            DistributionKind.Lognormal => u.Gsd is >= 1 && double.IsFinite(u.Gsd.Value) ? null : "lognormal needs gsd ≥ 1",
            DistributionKind.Normal => u.Sd is >= 0 && double.IsFinite(u.Sd.Value) ? null : "normal needs sd ≥ 0",
            DistributionKind.Triangular => u is { Min: { } a, Mode: { } m, Max: { } b } && a <= m && m <= b && a < b
                ? null : "triangular needs min ≤ mode ≤ max with min < max",
            _ => u is { Min: { } a2, Max: { } b2 } && a2 < b2 ? null : "uniform needs min < max",
        };
        if (problem is null && u.Distribution is DistributionKind.Triangular or DistributionKind.Uniform && stated >= 0 && u.Min < 0)
            problem = "min is below 0, but the quantity cannot be negative (a draw below 0 would run a process backwards)";
        if (problem is null && u.Distribution != DistributionKind.Lognormal && stated == 0)
            problem = "the stated value is 0, so a sample cannot scale it";
        if (problem is null) return true;
        Errors.Add(Error.Of(ErrorCode.InvalidUncertainty, p, $"Invalid uncertainty: {problem}.", ("reason", problem)));
        return false;
    }
}
