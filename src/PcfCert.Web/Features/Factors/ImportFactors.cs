using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Factors;

/// <summary>
/// Imports factors from CSV or .xlsx (first sheet; first row names the columns of <see cref="FactorInput.Columns"/>).
/// Every row is checked and every problem reported with its row and column; nothing is saved unless the whole file is
/// valid. A row whose code exists becomes a new version only when something changed.
/// </summary>
public sealed class ImportFactors(PcfCertDbContext db, SaveFactor save, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public sealed record Summary(int Created, int Revised, int Unchanged);

    public async Task<Outcome<Summary>> Handle(Stream file, long length, string userId, CancellationToken ct)
    {
        Outcome<Summary> Refused(string message) => Outcome<Summary>.Invalid(new Dictionary<string, string[]> { ["file"] = [message] });
        if (length == 0 || length > MaxBytes)
        {
            return Refused(l[length == 0 ? "Validation.FileEmpty" : "Validation.FileTooLarge", l["Factor.ImportFile"]]);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        List<(int Row, Dictionary<string, string?> Cells)> rows;
        try
        {
            var bytes = buffer.ToArray();
            if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..] && Array.IndexOf(bytes, (byte)0) >= 0)
            {
                return Refused(l["Factor.Error.File"]); // binary, and not a workbook
            }
            rows = bytes is [0x50, 0x4B, 0x03, 0x04, ..] ? ReadXlsx(buffer) : ReadCsv(buffer);
        }
        catch (Exception e) when (e is InventoryWorkbookException or CsvHelperException)
        {
            return Refused(l["Factor.Error.File"]);
        }
        if (rows.Count == 0)
        {
            return Refused(l["Factor.Error.NoRows"]);
        }
        var missing = new[] { "code", "name_zh", "name_en", "category", "unit", "source" }.Where(c => !rows[0].Cells.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return Refused(l["Factor.Error.MissingColumns", string.Join(", ", missing)]);
        }

        var errors = new List<string>();
        var versions = new List<EmissionFactorVersion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, cells) in rows)
        {
            var (version, rowErrors) = FactorInput.FromRow(cells).ToVersion(l, changeNoteRequired: false);
            errors.AddRange(rowErrors.SelectMany(e => e.Value.Select(m => l["Factor.Error.At", row, e.Key, m].Value)));
            if (version is not null && !seen.Add(version.Code))
            {
                errors.Add(l["Factor.Error.At", row, "code", l["Factor.Error.Duplicate", version.Code]]);
            }
            else if (version is not null)
            {
                versions.Add(version);
            }
        }
        if (errors.Count > 0)
        {
            return Outcome<Summary>.Invalid(new Dictionary<string, string[]> { ["file"] = [.. errors] });
        }

        var codes = versions.Select(v => v.Code).ToList();
        var entries = await db.EmissionFactors.Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, ct);
        var currentIds = entries.Values.Select(e => (e.Id, e.CurrentVersion)).ToList();
        var factorIds = entries.Values.Select(e => e.Id).ToList();
        var current = (await db.EmissionFactorVersions.AsNoTracking().Where(v => factorIds.Contains(v.FactorId)).ToListAsync(ct))
            .Where(v => currentIds.Contains((v.FactorId, v.Version))).ToDictionary(v => v.Code);
        int created = 0, revised = 0, unchanged = 0;
        var now = time.GetUtcNow();
        foreach (var version in versions)
        {
            if (!entries.TryGetValue(version.Code, out var entry))
            {
                entry = new EmissionFactorEntry { Id = Guid.NewGuid(), Code = version.Code, ConcurrencyStamp = Guid.NewGuid() };
                db.EmissionFactors.Add(entry);
                created++;
            }
            else if (FactorInput.SameContent(current[version.Code], version))
            {
                unchanged++;
                continue;
            }
            else
            {
                revised++;
            }
            version.ChangeNote ??= l["Factor.ImportedNote"];
            save.Append(entry, version, userId, now);
        }
        try
        {
            await db.SaveChangesAsync(ct); // one transaction: all rows or none
        }
        catch (DbUpdateException)
        {
            return Outcome<Summary>.Conflict(l["Concurrency.Changed"]);
        }
        return Outcome<Summary>.Ok(new Summary(created, revised, unchanged));
    }

    /// <summary>
    /// UTF-8 (with or without BOM) as Excel's "CSV UTF-8" writes it; otherwise GB18030, which is what Excel on a Chinese
    /// Windows writes for plain "CSV" (a superset of GBK), so Chinese names arrive intact either way.
    /// </summary>
    internal static string Decode(byte[] bytes)
    {
        try
        {
            return new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            return System.Text.Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static List<(int, Dictionary<string, string?>)> ReadXlsx(Stream stream)
    {
        var sheet = InventoryWorkbookReader.ReadFirstSheet(stream);
        if (sheet.Count == 0)
        {
            return [];
        }
        var header = sheet[0].Cells.ToDictionary(c => c.Key, c => c.Value.Trim().ToLowerInvariant());
        return sheet.Skip(1).Select(r => (r.Row, header.ToDictionary(h => h.Value, h => r.Cells.GetValueOrDefault(h.Key)))).ToList();
    }

    private static List<(int, Dictionary<string, string?>)> ReadCsv(MemoryStream stream)
    {
        using var reader = new StringReader(Decode(stream.ToArray()));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        var rows = new List<(int, Dictionary<string, string?>)>();
        if (!csv.Read() || !csv.ReadHeader())
        {
            return rows;
        }
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string?>();
            for (var i = 0; i < header.Length; i++)
            {
                cells[header[i]] = csv.TryGetField<string>(i, out var value) ? value : null;
            }
            rows.Add((csv.Parser.Row, cells));
        }
        return rows;
    }
}
