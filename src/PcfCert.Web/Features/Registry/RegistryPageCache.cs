using System.Globalization;

namespace PcfCert.Web.Features.Registry;

/// <summary>
/// Serves the QR landing page (<c>GET /Registry/Certificates/{number}</c>) to anonymous visitors from
/// <see cref="RegistryCache"/>: the page is the same bytes for every anonymous visitor of one URL and language (the
/// layout is stateless there), so it is rendered once and then answered like the JSON look-up — the stored HTML with
/// its ETag, 304 on If-None-Match. Cleared with the rest of the cache on any certificate write (every instance).
/// Runs after rate limiting; a signed-in user's page is never stored or served from here.
/// </summary>
public sealed class RegistryPageCache(RequestDelegate next, RegistryCache cache)
{
    private sealed record Page(byte[] Html, string ETag, string ContentType, string CacheControl, string Vary);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments("/Registry/Certificates", StringComparison.OrdinalIgnoreCase)
            || context.User.Identity?.IsAuthenticated == true)
        {
            await next(context);
            return;
        }
        var key = $"html:{CultureInfo.CurrentUICulture.Name}:{request.Path}{request.QueryString}";
        if (cache.Find<Page>(key) is { } page)
        {
            var headers = context.Response.Headers;
            headers.ETag = page.ETag;
            headers.CacheControl = page.CacheControl;
            headers.Vary = page.Vary;
            if (request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == page.ETag)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.ContentType = page.ContentType;
            context.Response.ContentLength = page.Html.Length;
            await context.Response.Body.WriteAsync(page.Html, context.RequestAborted);
            return;
        }
        var generation = cache.Generation;
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey("Set-Cookie")
            && response.Headers.ETag.ToString() is { Length: > 0 } etag && response.Headers.CacheControl.ToString().StartsWith("public", StringComparison.Ordinal))
        {
            cache.Add(key, new Page(buffer.ToArray(), etag, response.ContentType ?? "text/html; charset=utf-8",
                response.Headers.CacheControl.ToString(), response.Headers.Vary.ToString()), generation);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
