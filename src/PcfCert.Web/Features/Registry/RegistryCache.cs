using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace PcfCert.Web.Features.Registry;

/// <summary>
/// The registry's answers, kept in memory per instance: the serialised bytes with their ETag, or a loaded object.
/// <see cref="RegistryChangeWatcher"/> clears everything within <c>Registry:Cache:PollMilliseconds</c> of any write to
/// the certificates (on every instance, whoever wrote); entries also expire after <see cref="Lifetime"/> and at
/// midnight China time, when a status may change by date alone (expiry).
/// </summary>
public sealed class RegistryCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    private const int MaxEntries = 200_000;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public sealed record Body(byte[] Bytes, string ETag, string ContentType);

    private sealed record Entry(object Value, DateTimeOffset Expires);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Bumped by every <see cref="Clear"/>; an answer computed during a clear is not stored.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    public async Task<T?> GetOrAddAsync<T>(string key, Func<Task<T?>> load) where T : class
    {
        if (Find<T>(key) is { } hit)
        {
            return hit;
        }
        var generation = Generation;
        var value = await load();
        if (value is not null)
        {
            Add(key, value, generation);
        }
        return value;
    }

    /// <summary>The unexpired value under <paramref name="key"/>, or null.</summary>
    public T? Find<T>(string key) where T : class =>
        _entries.TryGetValue(key, out var hit) && hit.Expires > time.GetUtcNow() ? (T)hit.Value : null;

    /// <summary>Stores a value computed since <paramref name="generation"/> was read; dropped when a clear came between.</summary>
    public void Add(string key, object value, long generation)
    {
        if (generation != Generation)
        {
            return;
        }
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        _entries[key] = new Entry(value, Expiry(time.GetUtcNow()));
    }

    public static Body ToBody(byte[] bytes, string contentType) =>
        new(bytes, "\"" + Convert.ToBase64String(SHA256.HashData(bytes), 0, 16).TrimEnd('=') + "\"", contentType);

    private static DateTimeOffset Expiry(DateTimeOffset now)
    {
        var local = now.ToOffset(China);
        var midnight = new DateTimeOffset(local.Date.AddDays(1), China);
        return now + Lifetime < midnight ? now + Lifetime : midnight;
    }
}
