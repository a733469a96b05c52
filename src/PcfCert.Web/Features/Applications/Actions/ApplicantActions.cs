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
            units.Add(new CertificationUnit(products[row], ProductName(c, products[row]), Cell("unitModel", row), Cell("unitStandard", row),
                Cell("unitSite", row), functionalUnit.Length == 0 ? null : functionalUnit));
        }
        if (units.Count == 0)
        {
            throw new ActionInputException("unitProduct", "Validation.RequiredField");
        }
        c.Application.UpdateForm(c.Scheme, applicant, manufacturer, factory, i.Optional("trademark"), units);
        return Task.CompletedTask;
    }

    private static string ProductName(ActionContext c, string key) =>
        c.Scheme.Products.FirstOrDefault(p => p.Key == key)?.Name.Zh ?? key;

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

    public Task Apply(ActionContext c)
    {
        c.Application.Submit(c.Scheme, c.Actor, c.Now);
        return Task.CompletedTask;
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
