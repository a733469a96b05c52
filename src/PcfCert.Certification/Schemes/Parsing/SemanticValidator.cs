using System.Text.RegularExpressions;

namespace PcfCert.Certification.Schemes;

/// <summary>
/// Checks that need the whole definition: unique keys, known step keys, cross references and
/// parameter sanity. Runs only on a structurally valid definition.
/// </summary>
internal sealed partial class SemanticValidator(string file, List<SchemeDefinitionError> errors)
{
    public void Validate(SchemeDefinition d)
    {
        if (!IdPattern().IsMatch(d.Id))
        {
            Error("/id", $"'{d.Id}' must be lower-case letters, digits, '.' and '-'");
        }

        ValidateSteps(d);
        ValidateProducts(d);
        ValidateChecklist(d.FactoryAssuranceChecklist);
        Unique(d.ApplicationDocuments, x => x.Key, "/applicationDocuments");
        for (var i = 0; i < d.ApplicationDocumentVariants.Count; i++)
        {
            Unique(d.ApplicationDocumentVariants[i].Documents, x => x.Key, $"/applicationDocumentVariants/{i}/documents");
        }

        Unique(d.ProductConsistencyCheck, x => x.Key, "/productConsistencyCheck");
        Unique(d.Verification.Items, x => x.Key, "/verification/items");
        Unique(d.Verification.DataQualityDimensions, x => x.Key, "/verification/dataQualityDimensions");
        Unique(d.InspectionConclusionContents, x => x.Key, "/inspectionConclusionContents");
        Unique(d.OnSiteInspectionConditions, x => x.Key, "/onSiteInspectionConditions");
        Unique(d.VerificationReportSections, x => x.Key, "/verificationReportSections");
        Unique(d.CertificateContents, x => x.Key, "/certificateContents");
        Unique(d.TeamRules.Composition, x => x.Key, "/teamRules/composition");
        Unique(d.TeamRules.PersonnelTypes, x => x.Key, "/teamRules/personnelTypes");
        ValidatePersonnelTypes(d.TeamRules.PersonnelTypes);
        Unique(d.CertificationTimeLimit.ExcludedDelays, x => x.Key, "/certificationTimeLimit/excludedDelays");
        ValidateParameters(d.Parameters);
    }

    // CEC table 1: each type's roles are PcfCert roles, a floor names another type of the same table.
    private void ValidatePersonnelTypes(IReadOnlyList<PersonnelType> types)
    {
        for (var i = 0; i < types.Count; i++)
        {
            foreach (var role in (types[i].Roles ?? []).Where(r => !Access.Roles.CertificationBodyStaff.Contains(r)))
            {
                Error($"/teamRules/personnelTypes/{i}/roles", $"'{role}' is not a role of certification body staff");
            }
            if (types[i].NotLowerThan is { } floor && (floor == types[i].Key || !types.Any(t => t.Key == floor)))
            {
                Error($"/teamRules/personnelTypes/{i}/notLowerThan", $"'{floor}' is not another personnel type of the scheme");
            }
        }
    }

    private void ValidateSteps(SchemeDefinition d)
    {
        Unique(d.ProcedureSteps, s => s.Key, "/procedureSteps");
        for (var i = 0; i < d.ProcedureSteps.Count; i++)
        {
            if (!ProcedureStepKeys.All.Contains(d.ProcedureSteps[i].Key))
            {
                Error($"/procedureSteps/{i}/key", $"'{d.ProcedureSteps[i].Key}' is not a known step; use one of: {string.Join(", ", ProcedureStepKeys.All)}");
            }
        }

        var stepKeys = d.ProcedureSteps.Select(s => s.Key).ToHashSet();
        for (var i = 0; i < d.CertificationMode.Components.Count; i++)
        {
            if (!stepKeys.Contains(d.CertificationMode.Components[i]))
            {
                Error($"/certificationMode/components/{i}", $"'{d.CertificationMode.Components[i]}' is not one of the procedure steps");
            }
        }
    }

    private void ValidateProducts(SchemeDefinition d)
    {
        var products = d.Products.ToList();
        Unique(products, p => p.Key, "/productScope/categories/*/products");
        var keys = products.Select(p => p.Key).ToHashSet();
        for (var v = 0; v < d.ApplicationDocumentVariants.Count; v++)
        {
            var variant = d.ApplicationDocumentVariants[v];
            for (var i = 0; i < variant.ProductKeys.Count; i++)
            {
                if (!keys.Contains(variant.ProductKeys[i]))
                {
                    Error($"/applicationDocumentVariants/{v}/productKeys/{i}", $"'{variant.ProductKeys[i]}' is not a product of the scope");
                }
            }
        }
    }

    private void ValidateChecklist(FactoryAssuranceChecklist checklist)
    {
        var seen = new HashSet<string>();
        for (var c = 0; c < checklist.Clauses.Count; c++)
        {
            var clause = checklist.Clauses[c];
            var path = $"/factoryAssuranceChecklist/clauses/{c}";
            if (!seen.Add(clause.Id))
            {
                Error($"{path}/id", $"duplicate id '{clause.Id}'");
            }

            if (clause.Text is null && clause.Items.Count == 0)
            {
                Error(path, "a clause needs text or items");
            }

            ValidateItems(clause.Items, $"{path}/items", seen);
        }
    }

    private void ValidateItems(IReadOnlyList<ChecklistItem> items, string path, HashSet<string> seen)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Add(items[i].Id))
            {
                Error($"{path}/{i}/id", $"duplicate id '{items[i].Id}'");
            }

            if (items[i].Text is null && items[i].Items.Count == 0)
            {
                Error($"{path}/{i}", "an item needs text or items");
            }

            ValidateItems(items[i].Items, $"{path}/{i}/items", seen);
        }
    }

    private void ValidateParameters(SchemeParameters parameters)
    {
        foreach (var (name, parameter) in parameters.All())
        {
            var path = $"/parameters/{name}";
            var value = parameter.NumericValue;
            if (value is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(parameter.Clause))
            {
                Error($"{path}/clause", "a parameter with a value must cite its clause");
            }

            if (string.IsNullOrWhiteSpace(parameter.Source))
            {
                Error($"{path}/source", "a parameter with a value must quote its source sentence");
            }

            if (value < 0)
            {
                Error($"{path}/value", "must not be negative");
            }

            if (name is "cutOffMassShareMax" or "unplannedIncreaseThreshold" or "plannedIncreaseThreshold" && value > 1)
            {
                Error($"{path}/value", "is a share: write 5 % as 0.05");
            }
        }
    }

    private void Unique<T>(IEnumerable<T> items, Func<T, string> key, string path)
    {
        var seen = new HashSet<string>();
        var index = 0;
        foreach (var item in items)
        {
            if (!seen.Add(key(item)))
            {
                Error(path.Contains('*') ? path : $"{path}/{index}/key", $"duplicate key '{key(item)}'");
            }

            index++;
        }
    }

    private void Error(string path, string reason) => errors.Add(new SchemeDefinitionError(file, path, reason));

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex IdPattern();
}
