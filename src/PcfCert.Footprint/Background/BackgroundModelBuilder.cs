using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;

namespace PcfCert.Footprint.Background;

/// <summary>
/// Turns a background process and the providers it links to inside the package into a <c>pcfcert.model/1</c> model
/// whose reference process is that process, per one unit of its reference flow. A product input (or a waste output)
/// is linked to the process named as its default provider, else to the one process of the package whose reference is
/// that flow; what cannot be linked is left out and listed (<see cref="Coverage"/>). Greenhouse-gas elementary outputs
/// become direct emissions (<see cref="GreenhouseGasFlows"/>), other mass emissions are carried at zero impact, CO2
/// taken from air becomes a removal.
/// </summary>
public static class BackgroundModelBuilder
{
    /// <summary>The model for one process, or the reason it cannot be one (its reference unit is unknown to the engine, or zero).</summary>
    /// <param name="package">The package.</param>
    /// <param name="processId">UUID of the process.</param>
    /// <param name="gwp">GWP set of the model.</param>
    public static (FootprintModel? Model, Coverage? Coverage, string? Refusal) Build(LcaPackage package, string processId, GwpSet gwp)
    {
        ArgumentNullException.ThrowIfNull(package);
        var byId = package.Processes.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var target = byId[processId];
        if (Refusal(target) is { } refusal) return (null, null, refusal);

        var processes = new List<UnitProcess>();
        var leftOut = new List<LeftOut>();
        int uncharacterised = 0, ignored = 0;
        var queue = new Queue<LcaProcess>([target]);
        var visited = new HashSet<string>(StringComparer.Ordinal) { target.Id };
        while (queue.TryDequeue(out var process))
        {
            var reference = process.Reference;
            var inputs = new List<ProcessInput>();
            var emissions = new List<DirectEmission>();
            var removals = new List<Removal>();
            leftOut.AddRange(process.Unresolved.Select(e => Left(process, e, "not-in-package")));
            foreach (var exchange in process.Exchanges.Where(e => !e.IsReference))
            {
                if (exchange.Flow.Type == LcaFlowType.Elementary)
                {
                    var mass = OpenLcaUnits.Find(exchange.Unit) is { } symbol && UnitTable.Find(symbol)?.Dimension == Dimension.Mass ? symbol : null;
                    var gas = GreenhouseGasFlows.Find(exchange.Flow);
                    var emitted = exchange.IsInput ? -exchange.Amount : exchange.Amount;
                    if (mass is null)
                    {
                        ignored++;
                    }
                    else if (emitted >= 0 && !exchange.IsInput)
                    {
                        emissions.Add(new DirectEmission(gas?.Gas ?? exchange.Flow.Name, emitted, mass, gas?.Origin ?? Origin.Fossil));
                        if (gas is null) uncharacterised++;
                    }
                    else if (gas?.Gas == "CO2")
                    {
                        removals.Add(new Removal("CO2", Math.Abs(emitted), mass));
                    }
                    else
                    {
                        ignored++;
                    }
                    continue;
                }
                var linkable = exchange.Flow.Type == LcaFlowType.Product ? exchange.IsInput || exchange.IsAvoided : !exchange.IsInput;
                if (!linkable)
                {
                    leftOut.Add(Left(process, exchange, "co-product"));
                    continue;
                }
                if (exchange.Amount < 0)
                {
                    leftOut.Add(Left(process, exchange, "negative"));
                    continue;
                }
                var provider = Provider(package, byId, exchange);
                if (provider is null)
                {
                    leftOut.Add(Left(process, exchange, "no-provider"));
                    continue;
                }
                var unit = OpenLcaUnits.Find(exchange.Unit);
                var providerUnit = OpenLcaUnits.Find(provider.Reference.Unit);
                if (unit is null || providerUnit is null || Refusal(provider) is not null
                    || UnitTable.Find(unit)!.Dimension != UnitTable.Find(providerUnit)!.Dimension)
                {
                    leftOut.Add(Left(process, exchange, "unit"));
                    continue;
                }
                inputs.Add(new ProcessInput(provider.Id, null, null, exchange.Amount, unit, Avoided: exchange.IsAvoided));
                if (visited.Add(provider.Id)) queue.Enqueue(provider);
            }
            processes.Add(new UnitProcess(process.Id, process.Name,
                process == target ? LifeCycleStage.Production : LifeCycleStage.RawMaterialAcquisition,
                new ProcessOutput(reference.Amount, OpenLcaUnits.Find(reference.Unit)!), [], null, inputs, emissions, removals));
        }
        var model = new FootprintModel(new Product(target.Name, new Quantity(1, OpenLcaUnits.Find(target.Reference.Unit)!), null),
            gwp, SystemBoundary.CradleToGate, target.Id, [], processes);
        return (model, new Coverage([.. processes.Select(p => p.Id)], leftOut, uncharacterised, ignored), null);
    }

    /// <summary>Why a process cannot be the reference of a model, or null when it can.</summary>
    /// <param name="process">The process.</param>
    public static string? Refusal(LcaProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var reference = process.Reference;
        if (OpenLcaUnits.Find(reference.Unit) is null) return $"reference unit \"{reference.Unit}\" is not a unit of the engine";
        if (reference.Amount <= 0) return $"reference amount {OpenLcaJsonLdReader.Show(reference.Amount)} is not positive";
        return null;
    }

    private static LcaProcess? Provider(LcaPackage package, Dictionary<string, LcaProcess> byId, LcaExchange exchange)
    {
        // A product input is supplied by a process whose reference is that product as output; a waste output is taken by a
        // treatment process whose reference is that waste as input.
        var referenceIsInput = exchange.Flow.Type == LcaFlowType.Waste;
        bool Supplies(LcaProcess p) => p.Reference.Flow.Id == exchange.Flow.Id && p.Reference.IsInput == referenceIsInput;
        if (exchange.DefaultProvider is { } id && byId.TryGetValue(id, out var named) && Supplies(named)) return named;
        var candidates = package.Processes.Where(Supplies).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static LeftOut Left(LcaProcess process, LcaExchange exchange, string reason) =>
        new(process.Name, exchange.Flow.Name, exchange.Amount, exchange.Unit, reason);
}
