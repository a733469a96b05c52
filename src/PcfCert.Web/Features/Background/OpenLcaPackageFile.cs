using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Localization;
using PcfCert.Footprint.Background;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Background;

/// <summary>
/// Reads an uploaded background package zip, openLCA JSON-LD or ILCD (TianGong; detected from the content: XML process
/// entries and no JSON ones), into a package: size limits (upload and unpacked, against zip bombs), the JSON or XML
/// entries as UTF-8, and the reader's errors translated, each naming the entry and the field or XML element. Nothing is kept.
/// </summary>
public static class OpenLcaPackageFile
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const long MaxUnpackedBytes = 200 * 1024 * 1024;

    public sealed record Read(LcaPackage Package, string FileName, string Sha256);

    public static async Task<(Read? Package, string[] Errors)> ReadAsync(Stream file, long length, string fileName, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (length == 0 || length > MaxBytes)
        {
            return (null, [l[length == 0 ? "Validation.FileEmpty" : "Validation.FileTooLarge", l["Background.File"]]]);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var entries = new List<PackageEntry>();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            long unpacked = 0;
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                || e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                unpacked += entry.Length;
                if (unpacked > MaxUnpackedBytes)
                {
                    return (null, [l["Background.Error.Unpacked", MaxUnpackedBytes / 1024 / 1024]]);
                }
                await using var stream = await entry.OpenAsync(ct);
                using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
                entries.Add(new PackageEntry(entry.FullName.Replace('\\', '/'), await reader.ReadToEndAsync(ct)));
            }
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            return (null, [l["Background.Error.NotZip"]]);
        }
        var outcome = IlcdReader.Detect(entries.Select(e => e.Path)) ? IlcdReader.Read(entries) : OpenLcaJsonLdReader.Read(entries);
        if (!outcome.IsSuccess)
        {
            return (null, [.. outcome.Errors.Select(e => l["Background.Error.At", e.Entry, e.Field.Length == 0 ? "/" : e.Field,
                l[$"Background.Error.{e.Code}"], e.Detail].Value)]);
        }
        return (new Read(outcome.Package!, Path.GetFileName(fileName), Convert.ToHexStringLower(SHA256.HashData(bytes))), []);
    }
}
