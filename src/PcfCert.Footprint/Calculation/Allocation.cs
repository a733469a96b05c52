using PcfCert.Footprint.Model;
using static PcfCert.Footprint.Documents.JsonFields;

namespace PcfCert.Footprint.Calculation;

/// <summary>Allocation to the reference output: basis_ref / (basis_ref + Σ basis_co).</summary>
internal static class Allocation
{
    public static double Share(UnitProcess p, string path, Checks c)
    {
        if (p.CoProducts.Count == 0) return 1;
        var ok = true;
        for (var k = 0; k < p.CoProducts.Count; k++)
        {
            var cp = Child(Child(path, "coProducts"), k);
            ok &= c.Amount(p.CoProducts[k].Amount, Child(cp, "amount"));
            ok &= c.Amount(p.CoProducts[k].AllocationBasis, Child(cp, "allocationBasis"));
            c.Unit(p.CoProducts[k].Unit, Child(cp, "unit"));
        }
        var basisPath = Child(Child(path, "output"), "allocationBasis");
        if (p.Output.AllocationBasis is not { } reference)
        {
            c.Errors.Add(Error.Of(ErrorCode.MissingField, basisPath,
                $"Process '{p.Id}' has co-products, so its output needs an allocation basis.", ("process", p.Id)));
            return 1;
        }
        ok &= c.Amount(reference, basisPath);
        var total = reference + p.CoProducts.Sum(x => x.AllocationBasis);
        if (ok && total <= 0)
        {
            c.Errors.Add(Error.Of(ErrorCode.InvalidValue, basisPath, "The allocation bases sum to zero."));
            return 1;
        }
        return ok ? reference / total : 1;
    }
}
