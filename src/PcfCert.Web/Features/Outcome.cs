using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PcfCert.Web.Features;

/// <summary>What a use case answers: expected failures are values (not found, invalid, conflict), bugs are exceptions.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, IReadOnlyDictionary<string, string[]> Errors, string? Message)
{
    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, Empty, null);

    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, default, Empty, null);

    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(OutcomeKind.Invalid, default, errors, null);

    public static Outcome<T> Conflict(string message) => new(OutcomeKind.Conflict, default, Empty, message);

    public static Outcome<T> Forbidden(string message) => new(OutcomeKind.Forbidden, default, Empty, message);

    public bool IsOk => Kind == OutcomeKind.Ok;

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();

    /// <summary>Copies field errors into a page's model state, prefixing field names with the bound property name.</summary>
    public void CopyTo(ModelStateDictionary modelState, string prefix)
    {
        foreach (var (field, messages) in Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(string.IsNullOrEmpty(field) ? string.Empty : $"{prefix}.{field}", message);
            }
        }
        if (Message is not null)
        {
            modelState.AddModelError(string.Empty, Message);
        }
    }

    public IResult ToHttpResult(Func<T, IResult> ok) => Kind switch
    {
        OutcomeKind.Ok => ok(Value!),
        OutcomeKind.NotFound => Results.NotFound(),
        OutcomeKind.Invalid => Results.ValidationProblem(Errors.ToDictionary(e => e.Key, e => e.Value)),
        OutcomeKind.Conflict => Results.Problem(Message, statusCode: StatusCodes.Status409Conflict),
        OutcomeKind.Forbidden => Results.Problem(Message, statusCode: StatusCodes.Status403Forbidden),
        _ => throw new InvalidOperationException($"Unknown outcome {Kind}."),
    };
}

public enum OutcomeKind
{
    Ok,
    NotFound,
    Invalid,
    Conflict,
    Forbidden,
}
