using System.Text.Json;

namespace PcfCert.Web.Features.Pact;

/// <summary>The PACT error object <c>{ code, message }</c> with the spec's codes.</summary>
public static class PactErrors
{
    public sealed record Error(string Code, string Message);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Error BadRequest(string message) => new("BadRequest", message);

    public static Error AccessDenied(string message) => new("AccessDenied", message);

    public static Error TokenExpired(string message) => new("TokenExpired", message);

    public static Error NotFound(string message) => new("NotFound", message);

    public static Error NotImplemented(string message) => new("NotImplemented", message);

    public static IResult Result(int status, Error error) => Results.Json(error, Json, statusCode: status);

    public static Task Write(HttpContext context, int status, Error error)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(error, Json);
    }
}
