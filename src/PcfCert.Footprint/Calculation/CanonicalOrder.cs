namespace PcfCert.Footprint.Calculation;

/// <summary>
/// Puts a compiled model into canonical order: processes by id (ordinal), datasets by kind and id. The compiler
/// works in document order (so error paths and their order follow the document); the calculation runs on this
/// order, so that every sum, the solver's ordering and every list in the result depend only on the canonical
/// model, never on where a process or a factor stands in the document. Within a process, terms and entries keep
/// the order of the process's arrays, which the canonical form (and so the input hash) keeps too.
/// </summary>
internal static class CanonicalOrder
{
    public static CompiledModel Apply(CompiledModel m)
    {
        var n = m.Size;
        var order = Enumerable.Range(0, n).OrderBy(i => m.ProcessIds[i], StringComparer.Ordinal).ToArray();
        var position = new int[n];
        for (var k = 0; k < n; k++) position[order[k]] = k;
        var datasetOrder = Enumerable.Range(0, m.Datasets.Count)
            .OrderBy(d => m.Datasets[d].Kind, StringComparer.Ordinal).ThenBy(d => m.Datasets[d].Id, StringComparer.Ordinal).ToArray();
        var datasetPosition = new int[datasetOrder.Length];
        for (var k = 0; k < datasetOrder.Length; k++) datasetPosition[datasetOrder[k]] = k;
        return new CompiledModel
        {
            ProcessIds = order.Select(i => m.ProcessIds[i]).ToArray(),
            Stages = order.Select(i => m.Stages[i]).ToArray(),
            Diagonal = order.Select(i => m.Diagonal[i]).ToArray(),
            // OrderBy is stable: within one process the document order of its arrays is kept.
            Entries = m.Entries.Select(e => e with { Row = position[e.Row], Col = position[e.Col] }).OrderBy(e => e.Col).ToList(),
            Reference = position[m.Reference],
            Demand = m.Demand,
            Terms = m.Terms.Select(t => t with { Process = position[t.Process], Dataset = datasetPosition[t.Dataset] })
                .OrderBy(t => t.Process).ToList(),
            CutOffs = m.CutOffs.Select(c => c with { Process = position[c.Process] }).OrderBy(c => c.Process).ToList(),
            Parameters = m.Parameters,
            Datasets = datasetOrder.Select(d => m.Datasets[d]).ToList(),
            AllocationLabels = m.AllocationLabels,
            HasAvoidedProcesses = m.HasAvoidedProcesses,
            Gwp = m.Gwp,
        };
    }
}
