using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Hosting;

/// <summary>
/// Turns exceptions that are caused by the request, not by a bug, into 400 or 413 problem documents: malformed JSON,
/// text that is not valid Unicode, a body over the limit, a malformed form, a missing anti-forgery token, and domain
/// errors that escaped a use case. Everything else stays a 500 with no details (the default handlers).
/// </summary>
public sealed class BadInputExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> l, ILogger<BadInputExceptionHandler> log)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (Classify(exception) is not var (status, key) || http.Response.HasStarted)
        {
            return false;
        }
        log.LogWarning("Bad request {Method} {Path}: {Status} {Reason}", http.Request.Method, http.Request.Path, status, exception.GetType().Name);
        http.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = l[status == StatusCodes.Status413PayloadTooLarge ? "Security.BodyTooLargeTitle" : "Security.BadRequestTitle"],
            Detail = l[key],
            Type = status == StatusCodes.Status413PayloadTooLarge
                ? "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14"
                : "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    /// <summary>The status and message key for an exception the client caused, or null for a bug.</summary>
    public static (int Status, string MessageKey)? Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "Security.BodyTooLarge"),
        BadHttpRequestException e when e.InnerException is JsonException => (StatusCodes.Status400BadRequest, "Security.MalformedJson"),
        BadHttpRequestException e when e.StatusCode is >= 400 and < 500 => (e.StatusCode, "Security.BadRequest"),
        JsonException => (StatusCodes.Status400BadRequest, "Security.MalformedJson"),
        // System.Text.Json refuses a lone surrogate escape (\ud800) when it reads the value as a string.
        InvalidOperationException { Source: "System.Text.Json" or "System.Text.Json.Rethrowable" } => (StatusCodes.Status400BadRequest, "Security.InvalidText"),
        DecoderFallbackException or EncoderFallbackException => (StatusCodes.Status400BadRequest, "Security.InvalidText"),
        AntiforgeryValidationException => (StatusCodes.Status400BadRequest, "Security.Antiforgery"),
        InvalidDataException or ValueProviderException => (StatusCodes.Status400BadRequest, "Security.MalformedForm"),
        System.Xml.XmlException => (StatusCodes.Status400BadRequest, "Security.MalformedFile"),
        PcfCert.Certification.Workflow.WorkflowException
            or PcfCert.Certification.Certificates.CertificateDomainException
            or PcfCert.Certification.Calendar.DateOutsideCalendarException
            or Features.Applications.ActionInputException
            or Features.Applications.Actions.ModelRejectedException
            or PcfCert.Infrastructure.DataCollection.InventoryWorkbookException => (StatusCodes.Status400BadRequest, "Security.Refused"),
        _ when IsInvalidText(exception) => (StatusCodes.Status400BadRequest, "Security.InvalidText"),
        _ => null,
    };

    /// <summary>PostgreSQL refuses a NUL character or invalid UTF-8 in text (SQLSTATE class 22, data exception).</summary>
    private static bool IsInvalidText(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: "22021" or "22P05" } || e is EncoderFallbackException or DecoderFallbackException)
            {
                return true;
            }
        }
        return false;
    }
}
