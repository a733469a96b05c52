using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Calculation;

/// <summary>Mutable collector used only while compiling one model.</summary>
internal sealed class CompiledParts
{
    public List<Parameter> Parameters { get; } = [];
    /// <summary>Derive lognormal uncertainties from data-quality ratings where none is declared.</summary>
    public bool Pedigree { get; init; }

    /// <summary>The declared distribution, or the pedigree lognormal of the rating when asked for.</summary>
    public UncertaintySpec? Spec(UncertaintySpec? declared, DataQuality? dqr) =>
        declared ?? (Pedigree && dqr is not null ? Uncertainty.Pedigree.Lognormal(dqr) : null);
    public List<Dataset> Datasets { get; } = [];
    public List<Term> Terms { get; } = [];
    public List<TechEntry> Entries { get; } = [];
    public List<CutOffItem> CutOffs { get; } = [];
    /// <summary>Some process input is an avoided product, so negative scalings are expected.</summary>
    public bool HasAvoidedProcesses { get; set; }

    public int AddParameter(UncertaintySpec spec, double stated, string key, string path)
    {
        Parameters.Add(new Parameter(spec, stated, key, path));
        return Parameters.Count - 1;
    }

    public int AddDataset(string kind, string id, DataQuality? dqr)
    {
        Datasets.Add(new Dataset(kind, id, dqr));
        return Datasets.Count - 1;
    }
}
