namespace PcfCert.Footprint.Solver;

/// <summary>How the technosphere system was solved, for the result document.</summary>
/// <param name="Processes">Processes reachable from the reference process (the size of the solved system).</param>
/// <param name="Components">Strongly connected components among them.</param>
/// <param name="CyclicBlocks">Components with a cycle (solved as blocks).</param>
/// <param name="LargestBlock">Processes in the largest cyclic block (0 when acyclic).</param>
/// <param name="Methods">Methods used: substitution, sparse-lu, gmres, bicgstab.</param>
/// <param name="RelativeResidual">‖b − A s‖₂ / ‖b‖₂ of the final solution, in the model's units.</param>
public sealed record SolveReport(int Processes, int Components, int CyclicBlocks, int LargestBlock, IReadOnlyList<string> Methods, double RelativeResidual)
{
    /// <summary>‖R(b − A s)‖₂ / ‖R b‖₂ with R the row equilibration (powers of two): the residual the solver accepts on, independent of units.</summary>
    public double ScaledResidual { get; init; } = RelativeResidual;
}

/// <summary>A solver failure naming the processes (matrix indices) involved.</summary>
internal sealed record SolveFailure(ErrorCode Code, int[] Processes, string Detail);
