namespace PcfCert.Footprint.Solver;

/// <summary>How the technosphere system was solved, for the result document.</summary>
/// <remarks>
/// The structural figures (<see cref="Processes"/>, <see cref="Components"/>, <see cref="CyclicBlocks"/>,
/// <see cref="LargestBlock"/>) come from the component order of the network. When the first attempt solved the whole
/// network without that order, it is computed on the first read of one of them, from the same matrix, so the
/// figures are the same whichever path solved the system.
/// </remarks>
public sealed record SolveReport
{
    private readonly Lazy<(int Processes, int Components, int CyclicBlocks, int LargestBlock)> _structure;

    /// <param name="processes">Processes reachable from the reference process (the size of the solved system).</param>
    /// <param name="components">Strongly connected components among them.</param>
    /// <param name="cyclicBlocks">Components with a cycle (solved as blocks).</param>
    /// <param name="largestBlock">Processes in the largest cyclic block (0 when acyclic).</param>
    /// <param name="methods">Methods used: substitution, sparse-lu, gmres, bicgstab.</param>
    /// <param name="relativeResidual">‖b − A s‖₂ / ‖b‖₂ of the final solution, in the model's units.</param>
    public SolveReport(int processes, int components, int cyclicBlocks, int largestBlock, IReadOnlyList<string> methods, double relativeResidual)
        : this(() => (processes, components, cyclicBlocks, largestBlock), methods, relativeResidual)
    {
    }

    /// <summary>A report whose structural figures are computed on first read by <paramref name="structure"/>.</summary>
    internal SolveReport(Func<(int Processes, int Components, int CyclicBlocks, int LargestBlock)> structure, IReadOnlyList<string> methods,
        double relativeResidual)
    {
        _structure = new(structure);
        Methods = methods;
        RelativeResidual = relativeResidual;
        ScaledResidual = relativeResidual;
    }

    /// <summary>Processes reachable from the reference process (the size of the solved system).</summary>
    public int Processes => _structure.Value.Processes;

    /// <summary>Strongly connected components among them.</summary>
    public int Components => _structure.Value.Components;

    /// <summary>Components with a cycle (solved as blocks).</summary>
    public int CyclicBlocks => _structure.Value.CyclicBlocks;

    /// <summary>Processes in the largest cyclic block (0 when acyclic).</summary>
    public int LargestBlock => _structure.Value.LargestBlock;

    /// <summary>Methods used: substitution, sparse-lu, gmres, bicgstab.</summary>
    public IReadOnlyList<string> Methods { get; init; }

    /// <summary>‖b − A s‖₂ / ‖b‖₂ of the final solution, in the model's units.</summary>
    public double RelativeResidual { get; init; }

    /// <summary>‖R(b − A s)‖₂ / ‖R b‖₂ with R the row equilibration (powers of two): the residual the solver accepts on, independent of units.</summary>
    public double ScaledResidual { get; init; }
}

/// <summary>A solver failure naming the processes (matrix indices) involved.</summary>
internal sealed record SolveFailure(ErrorCode Code, int[] Processes, string Detail);
