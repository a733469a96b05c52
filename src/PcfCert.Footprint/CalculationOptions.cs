namespace PcfCert.Footprint;

/// <summary>Options of one calculation.</summary>
/// <param name="MonteCarloIterations">Monte Carlo iterations; 0 skips the uncertainty analysis.</param>
/// <param name="Seed">Seed of the Monte Carlo generator; the same seed gives the same figures bit for bit.</param>
/// <param name="CutOffLimitShare">Allowed excluded mass as a share of product mass; the scheme supplies it (CEC: 0.05).</param>
public sealed record CalculationOptions(int MonteCarloIterations = 0, ulong Seed = 1, double CutOffLimitShare = 0.05)
{
    /// <summary>Wall-clock time the technosphere solves of one calculation may take (Monte Carlo re-solves included).</summary>
    public TimeSpan SolveTimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Memory the solver may allocate for LU factors and Krylov bases, in bytes (default 256 MiB).</summary>
    public long SolveMemoryLimitBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Turn data-quality ratings into lognormal uncertainties where no distribution is declared (pedigree approach,
    /// <see cref="Uncertainty.Pedigree"/>): a rated factor's value, and a rated process's own emissions and removals.
    /// </summary>
    public bool PedigreeUncertainty { get; init; }

    /// <summary>Share of the total below which a branch of the contribution tree is cut (default 1 %); null for no tree.</summary>
    public double? ContributionTreeThreshold { get; init; } = 0.01;

    /// <summary>Clock for the time budget; tests pass a fake one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Deterministic calculation, CEC cut-off limit.</summary>
    public static CalculationOptions Default { get; } = new();
}
