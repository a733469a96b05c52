using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>Saves the application form of a draft: the three parties, trademark and certification units.</summary>
public sealed class SaveApplicationForm : IApplicationAction
{
    public string Name => "save-form";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Applicant];

    public Task Apply(ActionContext c)
    {
        var i = c.Input;
        var applicant = Party(i, "applicant");
        var manufacturer = Party(i, "manufacturer");
        var factory = Party(i, "factory");
        var products = i.Raw("unitProduct");
        string Cell(string field, int row) => i.Raw(field).ElementAtOrDefault(row) ?? string.Empty;
        var units = new List<CertificationUnit>();
        for (var row = 0; row < products.Count; row++)
        {
            if (products[row].Length == 0)
            {
                continue;
            }
            foreach (var field in new[] { "unitModel", "unitStandard", "unitSite" })
            {
                if (Cell(field, row).Length == 0)
                {
                    throw new ActionInputException(field, "Validation.RequiredField");
                }
            }
            var functionalUnit = Cell("unitFunctionalUnit", row);
            units.Add(new CertificationUnit(products[row], ProductName(c, products[row], Cell("unitName", row)), Cell("unitModel", row), Cell("unitStandard", row),
                Cell("unitSite", row), functionalUnit.Length == 0 ? null : functionalUnit));
        }
        if (units.Count == 0)
        {
            throw new ActionInputException("unitProduct", "Validation.RequiredField");
        }
        c.Application.UpdateForm(c.Scheme, applicant, manufacturer, factory, i.Optional("trademark"), units, Profile(i), Changes(c));
        return Task.CompletedTask;
    }

    // CEC 7.1 a: the product name is the applicant's, entered per unit. Where the scheme divides units by the typical
    // product name of its scope table (PCEC 4, annexes 3–7), a unit without one takes that name.
    private static string ProductName(ActionContext c, string key, string entered)
    {
        if (entered.Length > 0)
        {
            return entered;
        }
        if (c.Scheme.UnitDivision.Dimensions.Contains("typical-product-name") && c.Scheme.Products.FirstOrDefault(p => p.Key == key) is { } product)
        {
            return product.Name.Zh;
        }
        throw new ActionInputException("unitName", "Validation.RequiredField");
    }

    // CEC annex 1 三: the factory's enterprise nature, industry and size.
    private static FactoryProfile? Profile(ActionInput i)
    {
        var nature = i.Optional("factoryNature") is null ? (PcfCert.Certification.Organisations.EnterpriseNature?)null
            : i.Enum<PcfCert.Certification.Organisations.EnterpriseNature>("factoryNature");
        var industry = i.Optional("factoryIndustry");
        bool? large = i.Optional("factoryRevenueAtLeast20MillionYuan") switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw new ActionInputException("factoryRevenueAtLeast20MillionYuan", "Validation.ChoiceField"),
        };
        return nature is null && industry is null && large is null ? null : new FactoryProfile(nature, industry, large);
    }

    // CEC annex 1 五: for an extension or re-certification, the existing certificates and what changed.
    private static ProductChangeInformation? Changes(ActionContext c)
    {
        var i = c.Input;
        if (c.Scheme.ApplicationReview.ProductChanges is null || i.Optional("purpose") is null)
        {
            return null;
        }
        var purpose = i.Enum<ApplicationPurpose>("purpose");
        if (purpose == ApplicationPurpose.Initial)
        {
            return null;
        }
        bool? changed = i.Optional("siteOrProcessChanged") switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw new ActionInputException("siteOrProcessChanged", "Validation.ChoiceField"),
        };
        var numbers = i.Values("existingCertificates").SelectMany(v => v.Split('\n', ',', '，', '；', ';')).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        return new ProductChangeInformation(purpose, numbers, changed, i.Optional("productChanges"));
    }

    private static PartyDetails Party(ActionInput i, string prefix)
    {
        var code = i.Required(prefix + "CreditCode");
        if (!PcfCert.Certification.Organisations.UnifiedSocialCreditCode.TryParse(code, out var parsed, out var error))
        {
            throw new ActionInputException(prefix + "CreditCode", "CreditCode." + error);
        }
        return new PartyDetails(i.Required(prefix + "Name"), parsed!.Value, i.Required(prefix + "Address"));
    }
}

/// <summary>Submits (or resubmits) the application.</summary>
public sealed class SubmitApplication : IApplicationAction
{
    public string Name => "submit";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Applicant];

    public async Task Apply(ActionContext c)
    {
        // CEC annex 1 五: the existing certificates named are the applicant's own, in the registry under that number.
        foreach (var number in c.Application.ProductChanges?.ExistingCertificates ?? [])
        {
            var owner = c.Application.OrganisationId;
            if (!await c.Db.Certificates.AnyAsync(x => x.HolderOrganisationId == owner && (x.Number == number || x.Versions.Any(v => v.Number == number))))
            {
                throw new ActionInputException("existingCertificates", "ProductChanges.UnknownCertificate");
            }
        }
        c.Application.Submit(c.Scheme, c.Actor, c.Now, c.Input.Values("declarations").ToList());
    }
}

/// <summary>Removes an uploaded document from a draft.</summary>
public sealed class RemoveDocument : IApplicationAction
{
    public string Name => "remove-document";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Applicant];

    public Task Apply(ActionContext c)
    {
        c.Application.RemoveDocument(Guid.TryParse(c.Input.Required("fileId"), out var id) ? id : throw new ActionInputException("fileId", "Validation.ChoiceField"));
        return Task.CompletedTask;
    }
}
