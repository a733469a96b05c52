namespace PcfCert.Footprint.Solver;

/// <summary>
/// The time and memory one calculation may spend solving its technosphere. Iterative methods check the clock every
/// iteration and the direct solver every few columns and its fill as it grows, so a model the budget cannot solve
/// ends with <see cref="ErrorCode.SolveBudgetExceeded"/> instead of holding a worker. The time comes from an injected
/// <see cref="TimeProvider"/>; only whether a solve is abandoned depends on it, never the figures of one that finishes.
/// </summary>
internal sealed class SolveBudget
{
    private readonly TimeProvider _clock;
    private readonly long _start;

    public SolveBudget(TimeProvider clock, TimeSpan timeLimit, long memoryBytes)
    {
        _clock = clock;
        _start = clock.GetTimestamp();
        TimeLimit = timeLimit;
        MemoryBytes = memoryBytes;
    }

    /// <summary>No practical limit (tests of the numerics, benchmarks of one method).</summary>
    public static SolveBudget Unlimited => new(TimeProvider.System, TimeSpan.MaxValue, long.MaxValue);

    public TimeSpan TimeLimit { get; }

    /// <summary>Bytes the solver may allocate for factors and Krylov bases.</summary>
    public long MemoryBytes { get; }

    public bool OutOfTime => TimeLimit != TimeSpan.MaxValue && _clock.GetElapsedTime(_start) >= TimeLimit;

    public string Describe() =>
        $"{(TimeLimit == TimeSpan.MaxValue ? "no time limit" : $"{TimeLimit.TotalSeconds:0.###} s")}, " +
        $"{(MemoryBytes == long.MaxValue ? "no memory limit" : $"{MemoryBytes / (1024.0 * 1024):0.#} MB")}";
}
