using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace PcfCert.Infrastructure.Records;

/// <summary>One file of a certification file archive: its path inside the ZIP and its bytes.</summary>
public sealed record ArchiveEntry(string Path, byte[] Content);

/// <summary>
/// The certification file as one ZIP: every entry, then <c>manifest.json</c> (path, size, SHA-256 of each entry) and
/// <c>SHA256SUMS</c> (the same hashes in the format <c>sha256sum -c</c> reads).
/// </summary>
public static class RecordArchive
{
    public const string Manifest = "manifest.json";

    public const string Sums = "SHA256SUMS";

    public sealed record ManifestEntry(string Path, long Size, string Sha256);

    public sealed record ManifestDocument(string Format, string File, DateTimeOffset CreatedAt, IReadOnlyList<ManifestEntry> Entries);

    public static byte[] Write(string file, IReadOnlyList<ArchiveEntry> entries, DateTimeOffset at)
    {
        var duplicate = entries.GroupBy(e => e.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Archive path {duplicate.Key} appears twice.");
        }
        var manifest = entries.Select(e => new ManifestEntry(e.Path, e.Content.LongLength, Convert.ToHexStringLower(SHA256.HashData(e.Content)))).ToList();
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                Add(zip, entry.Path, entry.Content, at);
            }
            var json = JsonSerializer.SerializeToUtf8Bytes(new ManifestDocument("pcfcert.archive/1", file, at, manifest),
                new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Add(zip, Manifest, json, at);
            Add(zip, Sums, System.Text.Encoding.UTF8.GetBytes(string.Concat(manifest.Select(m => $"{m.Sha256}  {m.Path}\n"))), at);
        }
        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string path, byte[] content, DateTimeOffset at)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        using var output = entry.Open();
        output.Write(content);
    }
}
