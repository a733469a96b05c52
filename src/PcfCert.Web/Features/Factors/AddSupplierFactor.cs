using System.Globalization;
using Microsoft.Extensions.Localization;
using PcfCert.Footprint.Units;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Factors;

/// <summary>
/// An applicant adds its supplier's own factor — from an EPD or a supplier PCF, with that document attached — for its own
/// applications only. It enters as secondary data with status <see cref="Unreviewed"/> until the certification body
/// reviews it (<see cref="ReviewSupplierFactor"/>); other organisations never see or resolve it.
/// </summary>
public sealed class AddSupplierFactor(PcfCertDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public const string Unreviewed = "supplier";
    public const string Reviewed = "reviewed";
    public static readonly string[] Kinds = ["epd", "supplier-pcf"];

    public sealed record Input(string? NameZh, string? NameEn, string? Category, string? Unit, string? KgCO2e, string? Kind, string? Source, string? Year);

    public async Task<Outcome<EmissionFactorVersion>> Handle(Input input, IFormFile? document, CancellationToken ct)
    {
        if (!me.IsApplicant || me.OrganisationId is not { } organisation)
        {
            return Outcome<EmissionFactorVersion>.Forbidden(l["SupplierFactor.ApplicantOnly"]);
        }
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];
        string Label(string field) => l["SupplierFactor.Field." + field];
        if (string.IsNullOrWhiteSpace(input.NameZh))
        {
            Error("NameZh", l["Validation.RequiredField", Label("NameZh")]);
        }
        if (input.Category is null || !FactorInput.Categories.Contains(input.Category))
        {
            Error("Category", l["Validation.Choice", Label("Category")]);
        }
        if (input.Kind is null || !Kinds.Contains(input.Kind))
        {
            Error("Kind", l["Validation.Choice", Label("Kind")]);
        }
        if (string.IsNullOrWhiteSpace(input.Unit) || UnitTable.Find(input.Unit.Trim()) is null)
        {
            Error("Unit", l["SupplierFactor.UnknownUnit", Label("Unit"), input.Unit ?? ""]);
        }
        if (!double.TryParse(input.KgCO2e, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
        {
            Error("KgCO2e", l["SupplierFactor.NotANumber", Label("KgCO2e"), input.KgCO2e ?? ""]);
        }
        if (string.IsNullOrWhiteSpace(input.Source))
        {
            Error("Source", l["Validation.RequiredField", Label("Source")]);
        }
        int? year = null;
        if (!string.IsNullOrWhiteSpace(input.Year))
        {
            if (int.TryParse(input.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100)
            {
                year = y;
            }
            else
            {
                Error("Year", l["SupplierFactor.BadYear", Label("Year"), input.Year]);
            }
        }
        // The document is what makes a supplier's figure reviewable: required, and refused in words when empty, too large or not allowed.
        (byte[] Bytes, string Type)? content = null;
        if (document is null || document.Length == 0)
        {
            Error("Document", l["Validation.FileEmpty", Label("Document")]);
        }
        else if (document.Length > Applications.Actions.FileStore.MaxBytes)
        {
            Error("Document", l["Inventory.FileTooLarge", Label("Document"), document.Length / 1024.0 / 1024.0, Applications.Actions.FileStore.MaxBytes / 1024 / 1024]);
        }
        else if ((content = await Applications.Actions.FileStore.ReadCheckedAsync(document)) is null)
        {
            Error("Document", l["Validation.FileType", Label("Document")]);
        }
        if (errors.Count > 0)
        {
            return Outcome<EmissionFactorVersion>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var file = Applications.Actions.FileStore.Create(content!.Value.Bytes, content.Value.Type, document!.FileName, organisation, me.Id!, now);
        var entry = new EmissionFactorEntry
        {
            Id = Guid.NewGuid(), Code = $"supplier-{organisation.ToString("N")[..8]}-{Guid.NewGuid().ToString("N")[..8]}", CurrentVersion = 1,
            OwnerOrganisationId = organisation, ConcurrencyStamp = Guid.NewGuid(),
        };
        var version = new EmissionFactorVersion
        {
            Id = Guid.NewGuid(), FactorId = entry.Id, Code = entry.Code, Version = 1, NameZh = input.NameZh!.Trim(),
            NameEn = string.IsNullOrWhiteSpace(input.NameEn) ? input.NameZh.Trim() : input.NameEn.Trim(), Category = input.Category!,
            Unit = input.Unit!.Trim(), KgCO2e = value, Source = $"{(input.Kind == "epd" ? "EPD" : "Supplier PCF")}: {input.Source!.Trim()}", Year = year,
            GwpBasis = "CO2e as published", Status = Unreviewed, DocumentFileId = file.Id,
            LicenceNote = "Supplier's own data; for the applicant's own applications only",
            ChangeNote = "Added by the applicant as secondary data; awaiting review", CreatedBy = me.Name ?? me.Id!, CreatedAt = now,
        };
        db.Files.Add(file);
        db.EmissionFactors.Add(entry);
        db.EmissionFactorVersions.Add(version);
        await db.SaveChangesAsync(ct);
        return Outcome<EmissionFactorVersion>.Ok(version);
    }
}
