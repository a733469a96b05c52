namespace PcfCert.Footprint.Background;

/// <summary>An exchange left out of the computed model, with the reason (shown with the factor so nobody mistakes its scope).</summary>
/// <param name="Process">Name of the process the exchange belongs to.</param>
/// <param name="Flow">Flow name.</param>
/// <param name="Amount">Amount per run of that process.</param>
/// <param name="Unit">Unit as published.</param>
/// <param name="Reason"><c>no-provider</c> (no process of the package supplies it), <c>unit</c> (unit unknown to the engine or of
/// another dimension than the provider's reference), <c>co-product</c> (a second output; all burdens stay on the reference
/// output), <c>negative</c> (negative technosphere amount).</param>
public sealed record LeftOut(string Process, string Flow, double Amount, string Unit, string Reason);

/// <summary>What a factor computed from a background process covers.</summary>
/// <param name="Processes">UUIDs of the processes in the computed model (the process and the providers linked to it).</param>
/// <param name="LeftOut">Technosphere exchanges not in the model.</param>
/// <param name="UncharacterisedFlows">Elementary flows carried at zero impact (not greenhouse gases of the GWP table).</param>
/// <param name="IgnoredElementaryFlows">Elementary flows not in a mass unit (radioactivity, land occupation …) or resource
/// inputs other than CO2 uptake; they have no GWP.</param>
public sealed record Coverage(IReadOnlyList<string> Processes, IReadOnlyList<LeftOut> LeftOut, int UncharacterisedFlows, int IgnoredElementaryFlows);
