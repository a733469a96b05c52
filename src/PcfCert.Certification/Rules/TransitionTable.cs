namespace PcfCert.Certification.Rules;

/// <summary>One legal move of a lifecycle.</summary>
/// <typeparam name="TState">The lifecycle's states.</typeparam>
/// <typeparam name="TTrigger">What moves it.</typeparam>
/// <param name="From">State before.</param>
/// <param name="Trigger">What happens.</param>
/// <param name="To">State after.</param>
/// <param name="When">The row applies only when this condition holds (e.g. the scheme has a procedure step).</param>
/// <param name="Unless">The row applies only when this condition does not hold.</param>
public sealed record Transition<TState, TTrigger>(TState From, TTrigger Trigger, TState To, string? When = null, string? Unless = null)
    where TState : struct, Enum
    where TTrigger : struct, Enum;

/// <summary>
/// The one table that answers "may this happen now, and what does it lead to?" for a lifecycle. A move not in the
/// table raises the table's own <see cref="DomainException"/>, never a silent no-op. A row may depend on a named
/// condition (a scheme's procedure step, a count reached); the caller says which conditions hold.
/// </summary>
/// <typeparam name="TState">The lifecycle's states.</typeparam>
/// <typeparam name="TTrigger">What moves it.</typeparam>
public sealed class TransitionTable<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private static readonly Func<string, bool> NoConditions = _ => false;
    private readonly Func<TState, TTrigger, DomainException> _illegal;

    /// <summary>Creates the table; rows with the same state, trigger and conditions are refused.</summary>
    /// <param name="rows">Every legal move.</param>
    /// <param name="illegal">The error raised for a move that is not in the table.</param>
    public TransitionTable(IEnumerable<Transition<TState, TTrigger>> rows, Func<TState, TTrigger, DomainException> illegal)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(illegal);
        Rows = rows.ToList();
        _illegal = illegal;
        var duplicate = Rows.GroupBy(r => (r.From, r.Trigger, r.When, r.Unless)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The move {duplicate.Key.From} --{duplicate.Key.Trigger}--> is in the table twice.", nameof(rows));
        }
    }

    /// <summary>Every legal move.</summary>
    public IReadOnlyList<Transition<TState, TTrigger>> Rows { get; }

    /// <summary>The state after the move, or null when the move is illegal.</summary>
    /// <param name="from">Current state.</param>
    /// <param name="trigger">What happens.</param>
    /// <param name="holds">Which named conditions hold; none when omitted.</param>
    /// <returns>The next state or null.</returns>
    public TState? TryNext(TState from, TTrigger trigger, Func<string, bool>? holds = null)
    {
        holds ??= NoConditions;
        foreach (var row in Rows)
        {
            if (EqualityComparer<TState>.Default.Equals(row.From, from) && EqualityComparer<TTrigger>.Default.Equals(row.Trigger, trigger)
                && (row.When is null || holds(row.When)) && (row.Unless is null || !holds(row.Unless)))
            {
                return row.To;
            }
        }
        return null;
    }

    /// <summary>The state after the move.</summary>
    /// <param name="from">Current state.</param>
    /// <param name="trigger">What happens.</param>
    /// <param name="holds">Which named conditions hold; none when omitted.</param>
    /// <returns>The next state.</returns>
    /// <exception cref="DomainException">The move is not in the table (the table's own error type).</exception>
    public TState Next(TState from, TTrigger trigger, Func<string, bool>? holds = null) =>
        TryNext(from, trigger, holds) ?? throw _illegal(from, trigger);

    /// <summary>Whether the move is legal now.</summary>
    /// <param name="from">Current state.</param>
    /// <param name="trigger">What happens.</param>
    /// <param name="holds">Which named conditions hold; none when omitted.</param>
    /// <returns>True when legal.</returns>
    public bool Allows(TState from, TTrigger trigger, Func<string, bool>? holds = null) => TryNext(from, trigger, holds) is not null;

    /// <summary>The triggers legal in <paramref name="from"/>, in declaration order: what a page offers.</summary>
    /// <param name="from">Current state.</param>
    /// <param name="holds">Which named conditions hold; none when omitted.</param>
    /// <returns>The legal triggers.</returns>
    public IReadOnlyList<TTrigger> Allowed(TState from, Func<string, bool>? holds = null) =>
        Enum.GetValues<TTrigger>().Where(t => Allows(from, t, holds)).ToList();

    /// <summary>True when no move leaves <paramref name="state"/> under any condition.</summary>
    /// <param name="state">The state.</param>
    /// <returns>True for a terminal state.</returns>
    public bool IsTerminal(TState state) => Rows.All(r => !EqualityComparer<TState>.Default.Equals(r.From, state));
}
