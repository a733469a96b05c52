using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Footprint;
using PcfCert.Footprint.Background;
using PcfCert.Footprint.Model;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Factors;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Background;

/// <summary>
/// Imports an openLCA JSON-LD or ILCD (TianGong) package into the factor library (issue 16 item 6): every process becomes the
/// library factor <c>olca-&lt;UUID&gt;</c> (<c>ilcd-&lt;UUID&gt;</c> for ILCD; the Chinese base name, when given, is the Chinese name), kg CO2e per unit of its reference flow computed by the engine over the process and the providers
/// the package links to it, with its provenance (source, licence, UUID, data set version and last change, who imported it
/// and when, what the figure leaves out; the package file and its SHA-256 in the version's change note). A re-import of a changed data set is the next version of
/// the same code; an unchanged one adds nothing. A bad package, source or licence is refused whole and nothing is saved.
/// </summary>
public sealed class ImportOpenLcaPackage(PcfCertDbContext db, SaveFactor save, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public const string Status = "imported";

    public sealed record Request(string? Source, string? SourceUrl, string? Licence, string? Gwp);

    public sealed record ImportedFactor(string Code, int Version, string ProcessId, string Name, string Unit, double KgCO2e, string Change, int LeftOut);

    public sealed record SkippedProcess(string ProcessId, string Name, string Entry, string Reason);

    public sealed record Summary(string FileName, string Sha256, int Created, int Revised, int Unchanged,
        IReadOnlyList<ImportedFactor> Factors, IReadOnlyList<SkippedProcess> Skipped);

    public async Task<Outcome<Summary>> Handle(Stream file, long length, string fileName, Request request, string user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Source)) errors["source"] = [l["Validation.Required", l["Background.Source"]]];
        if (string.IsNullOrWhiteSpace(request.Licence)) errors["licence"] = [l["Validation.Required", l["Background.Licence"]]];
        if (!Enum.TryParse<GwpSet>(string.IsNullOrWhiteSpace(request.Gwp) ? "AR6" : request.Gwp.Trim(), ignoreCase: true, out var gwp)
            || !Enum.IsDefined(gwp))
        {
            errors["gwp"] = [l["Background.Error.Gwp"]];
        }
        var (read, fileErrors) = await OpenLcaPackageFile.ReadAsync(file, length, fileName, l, ct);
        if (fileErrors.Length > 0) errors["file"] = fileErrors;
        if (errors.Count > 0 || read is null) return Outcome<Summary>.Invalid(errors);

        var (factors, skipped) = BackgroundFactors.Compute(read.Package, gwp);
        var versions = factors.Select(f => (Factor: f, Version: ToVersion(f, read, request, gwp))).ToList();
        var codes = versions.Select(v => v.Version.Code).ToList();
        var entries = await db.EmissionFactors.Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, ct);
        if (entries.Values.Any(e => e.OwnerOrganisationId is not null))
        {
            return Outcome<Summary>.Conflict(l["Background.Error.SupplierCode"]);
        }
        var ids = entries.Values.Select(e => e.Id).ToList();
        var current = (await db.EmissionFactorVersions.AsNoTracking().Where(v => ids.Contains(v.FactorId)).ToListAsync(ct))
            .Where(v => entries[v.Code].CurrentVersion == v.Version).ToDictionary(v => v.Code);
        var now = time.GetUtcNow();
        var imported = new List<ImportedFactor>();
        foreach (var (factor, version) in versions)
        {
            string change;
            if (!entries.TryGetValue(version.Code, out var entry))
            {
                entry = new EmissionFactorEntry { Id = Guid.NewGuid(), Code = version.Code, ConcurrencyStamp = Guid.NewGuid() };
                db.EmissionFactors.Add(entry);
                change = "created";
            }
            else if (FactorInput.SameContent(current[version.Code], version))
            {
                imported.Add(new ImportedFactor(version.Code, entry.CurrentVersion, factor.Process.Id, factor.Process.Name, factor.Unit, factor.KgCO2e, "unchanged", factor.Coverage.LeftOut.Count));
                continue;
            }
            else
            {
                change = "revised";
            }
            save.Append(entry, version, user, now);
            imported.Add(new ImportedFactor(version.Code, version.Version, factor.Process.Id, factor.Process.Name, factor.Unit, factor.KgCO2e, change, factor.Coverage.LeftOut.Count));
        }
        try
        {
            await db.SaveChangesAsync(ct); // one transaction: the whole package or nothing
        }
        catch (DbUpdateException)
        {
            return Outcome<Summary>.Conflict(l["Concurrency.Changed"]);
        }
        return Outcome<Summary>.Ok(new Summary(read.FileName, read.Sha256, imported.Count(f => f.Change == "created"), imported.Count(f => f.Change == "revised"),
            imported.Count(f => f.Change == "unchanged"), imported,
            [.. skipped.Select(s => new SkippedProcess(s.Process.Id, s.Process.Name, s.Process.Entry, s.Reason))]));
    }

    /// <summary>The library code of a background process: stable across versions of the data set.</summary>
    public static string CodeOf(string processId) => CodeOf(processId, OpenLcaJsonLdReader.Format);

    /// <summary>The library code of a background process of the given format (<c>ilcd-</c> for ILCD, else <c>olca-</c>).</summary>
    public static string CodeOf(string processId, string format) =>
        (format == IlcdReader.Format ? "ilcd-" : "olca-") + (processId.Length <= 100 && processId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? processId.ToLowerInvariant()
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(processId)))[..32]);

    private EmissionFactorVersion ToVersion(BackgroundFactor factor, OpenLcaPackageFile.Read read, Request request, GwpSet gwp)
    {
        var p = factor.Process;
        var name = p.Name.Length > 300 ? p.Name[..300] : p.Name;
        var leftOut = factor.Coverage.LeftOut;
        var source = string.Join("; ", new[]
        {
            $"{request.Source!.Trim()}: {read.Package.Format} process \"{p.Name}\" (UUID {p.Id}, version {p.Version ?? "-"}, last change {p.LastChange ?? "-"}, location {p.Location ?? "-"}"
                + (p.Publication is { } pub ? $", publication \"{pub}\")" : ")"),
            $"entry {p.Entry}",
            $"kg CO2e per {factor.Unit} computed by the PcfCert engine {FootprintCalculator.EngineVersion} with {gwp} over {factor.Coverage.Processes.Count} process(es), model SHA-256 {factor.InputSha256}"
                + (factor.BiogenicKgCO2e != 0 ? $", of which biogenic CO2 {Show(factor.BiogenicKgCO2e)}" : ""),
            leftOut.Count == 0 ? "no technosphere exchange left out"
                : $"left out {leftOut.Count} technosphere exchange(s): " + string.Join(", ", leftOut.Take(10).Select(o => $"{o.Flow} {Show(o.Amount)} {o.Unit} ({o.Reason})"))
                    + (leftOut.Count > 10 ? ", …" : ""),
            $"{factor.Coverage.UncharacterisedFlows} non-GHG elementary flow(s) at zero impact",
        });
        return new EmissionFactorVersion
        {
            Code = CodeOf(p.Id, read.Package.Format),
            NameZh = p.NameZh is { } zh ? (zh.Length > 300 ? zh[..300] : zh) : name,
            NameEn = name,
            Category = Category(factor),
            Unit = factor.Unit,
            KgCO2e = factor.KgCO2e,
            Origin = Origin.Fossil,
            Source = source,
            SourceUrl = string.IsNullOrWhiteSpace(request.SourceUrl) ? null : request.SourceUrl.Trim(),
            Year = Year(p.ValidFrom) ?? Year(p.LastChange),
            Geography = p.Location,
            GwpBasis = gwp.ToString(),
            LicenceNote = request.Licence!.Trim(),
            Status = Status,
            // The package file and its hash are this version's note, not its content: the same data set re-zipped is unchanged.
            ChangeNote = l["Background.ImportedNote", read.FileName, read.Sha256],
        };
    }

    private static string Category(BackgroundFactor factor) =>
        factor.Process.Reference is { IsInput: true, Flow.Type: LcaFlowType.Waste } ? "waste"
        : Footprint.Units.UnitTable.Find(factor.Unit)?.Dimension switch
        {
            Footprint.Units.Dimension.Transport => "transport",
            Footprint.Units.Dimension.Mass => "material",
            Footprint.Units.Dimension.Energy when factor.Process.Name.Contains("lectricity", StringComparison.OrdinalIgnoreCase) => "electricity",
            _ => "other",
        };

    private static int? Year(string? iso) =>
        iso is { Length: >= 4 } && int.TryParse(iso[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100 ? year : null;

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
