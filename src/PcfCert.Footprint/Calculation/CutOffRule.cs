using PcfCert.Footprint.Results;

namespace PcfCert.Footprint.Calculation;

/// <summary>Cut-off check: Σ excluded mass per declared unit ≤ limit share × product mass.</summary>
internal static class CutOffRule
{
    public static CutOffCheck Check(CompiledModel model, double[] scaling, double? productMassKg, double limitShare)
    {
        var items = model.CutOffs
            .Select(c => new CutOffEntry(model.ProcessIds[c.Process], c.Name, scaling[c.Process] * c.MassKg))
            .ToList();
        var excluded = items.Sum(i => i.MassKg);
        if (productMassKg is not { } mass)
            return new CutOffCheck(excluded, null, null, limitShare, null, excluded == 0, items);
        var limit = limitShare * mass;
        double? share = mass > 0 ? excluded / mass : null;
        // A small relative tolerance so that an exclusion of exactly the limit passes despite rounding.
        return new CutOffCheck(excluded, mass, share, limitShare, limit, excluded <= limit * (1 + 1e-12), items);
    }
}
