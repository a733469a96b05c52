using Microsoft.AspNetCore.Http.Features;

namespace PcfCert.Web.Hosting;

/// <summary>Largest request bodies; bound from <c>Limits</c>.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Any request that is not a multipart upload (JSON, forms): 8 MiB.</summary>
    public long MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>A multipart upload (workbooks, documents, evidence): 32 MiB.</summary>
    public long MaxUploadBytes { get; set; } = 32 * 1024 * 1024;
}

/// <summary>
/// Caps every request body whatever the server: a declared length over the limit is refused before anything is read,
/// and a body without a declared length (chunked) is cut off when it passes the limit. Both answer 413 with a problem
/// document (see <see cref="BadInputExceptionHandler"/>).
/// </summary>
public static class RequestLimits
{
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestLimitOptions>>().Value;
        var limit = context.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
            ? options.MaxUploadBytes
            : options.MaxBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }
        context.Request.Body = new LimitedStream(context.Request.Body, limit);
        return next(context);
    });

    internal static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>A read-only view of the request body that fails once more than the limit has been read.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int n)
        {
            _read += n;
            return _read > limit ? throw TooLarge(limit) : n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            // The server owns the request body.
        }
    }
}
