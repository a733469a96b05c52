using System.Text.Json.Nodes;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

public sealed class DefinitionRefusalTests
{
    private const string File = "broken.json";

    [Fact]
    public void The_unchanged_definition_is_valid()
    {
        Assert.True(SchemeDefinitionParser.Parse(DefinitionMutation.ValidJson, File).IsValid);
    }

    [Fact]
    public void A_missing_parameter_is_refused_with_file_path_and_reason()
    {
        var json = DefinitionMutation.With(d => d["parameters"]!.AsObject().Remove("rectificationMonths"));

        var error = Assert.Single(SchemeDefinitionParser.Parse(json, File).Errors);

        Assert.Equal(new SchemeDefinitionError(File, "/parameters/rectificationMonths", "required property is missing"), error);
        Assert.Equal("broken.json: /parameters/rectificationMonths: required property is missing", error.ToString());
    }

    [Fact]
    public void A_wrong_type_is_refused_with_the_value_found()
    {
        var json = DefinitionMutation.With(d => d["parameters"]!["certificationTimeLimitDays"]!["value"] = "90");

        var error = Assert.Single(SchemeDefinitionParser.Parse(json, File).Errors);

        Assert.Equal("/parameters/certificationTimeLimitDays/value", error.Path);
        Assert.Equal("expected an integer but found the string \"90\"", error.Reason);
    }

    [Fact]
    public void Every_error_is_collected_not_just_the_first()
    {
        var json = DefinitionMutation.With(d =>
        {
            d.Remove("id");
            d["publishedOn"] = "2024/04/30";
            d["procedureSteps"]![0]!["key"] = 5;
            d["title"] = null;
            d["applicationDocuments"]![2]!["requirement"] = "optional";
            d["parameters"]!.AsObject().Add("rectificationMonth", new JsonObject { ["value"] = 2 });
        });

        var errors = SchemeDefinitionParser.Parse(json, File).Errors.Select(e => (e.Path, e.Reason)).ToList();

        Assert.Equal(6, errors.Count);
        Assert.Contains(("/id", "required property is missing"), errors);
        Assert.Contains(("/publishedOn", "'2024/04/30' is not a date in the form YYYY-MM-DD"), errors);
        Assert.Contains(("/procedureSteps/0/key", "expected a string but found the number 5"), errors);
        Assert.Contains(("/title", "must not be null"), errors);
        Assert.Contains(("/applicationDocuments/2/requirement", "'optional' is not one of: required, when-applicable"), errors);
        Assert.Contains(errors, e => e.Path == "/parameters/rectificationMonth" && e.Reason.StartsWith("unknown property", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_required_string_is_refused()
    {
        var json = DefinitionMutation.With(d => d["issuer"]!["name"]!["en"] = " ");
        Assert.Equal(("/issuer/name/en", "must not be empty"), Single(json));
    }

    [Fact]
    public void A_deep_checklist_item_error_names_its_path()
    {
        var json = DefinitionMutation.With(d => d["factoryAssuranceChecklist"]!["clauses"]![3]!["items"]![1]!["items"]![0]!.AsObject().Remove("id"));
        Assert.Equal(("/factoryAssuranceChecklist/clauses/3/items/1/items/0/id", "required property is missing"), Single(json));
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_with_its_line()
    {
        var error = Assert.Single(SchemeDefinitionParser.Parse("{\n  \"id\": \"x\",\n  oops\n}", File).Errors);
        Assert.Equal("", error.Path);
        Assert.StartsWith("not valid JSON (line 3", error.Reason);
    }

    [Fact]
    public void An_unknown_procedure_step_is_refused()
    {
        var json = DefinitionMutation.With(d => d["procedureSteps"]![3]!["key"] = "inspection");
        var errors = SchemeDefinitionParser.Parse(json, File).Errors;
        Assert.Contains(errors, e => e.Path == "/procedureSteps/3/key" && e.Reason.StartsWith("'inspection' is not a known step", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parameter_value_without_its_clause_is_refused()
    {
        var json = DefinitionMutation.With(d => d["parameters"]!["minTeamMembers"]!.AsObject().Remove("clause"));
        Assert.Equal(("/parameters/minTeamMembers/clause", "a parameter with a value must cite its clause"), Single(json));
    }

    [Fact]
    public void A_share_written_as_a_percentage_is_refused()
    {
        var json = DefinitionMutation.With(d => d["parameters"]!["cutOffMassShareMax"]!["value"] = 5);
        Assert.Equal(("/parameters/cutOffMassShareMax/value", "is a share: write 5 % as 0.05"), Single(json));
    }

    [Fact]
    public void Duplicate_checklist_ids_are_refused()
    {
        var json = DefinitionMutation.With(d => d["factoryAssuranceChecklist"]!["clauses"]![1]!["id"] = "1");
        Assert.Equal(("/factoryAssuranceChecklist/clauses/1/id", "duplicate id '1'"), Single(json));
    }

    [Fact]
    public void Parse_or_throw_lists_every_error_in_the_message()
    {
        var json = DefinitionMutation.With(d =>
        {
            d["parameters"]!.AsObject().Remove("rectificationMonths");
            d["parameters"]!["minTeamMembers"]!["value"] = 2.5;
        });

        var exception = Assert.Throws<SchemeDefinitionException>(() => SchemeDefinitionParser.ParseOrThrow(json, File));

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("broken.json: /parameters/rectificationMonths: required property is missing", exception.Message);
        Assert.Contains("broken.json: /parameters/minTeamMembers/value: expected an integer but found the number 2.5", exception.Message);
    }

    private static (string Path, string Reason) Single(string json)
    {
        var error = Assert.Single(SchemeDefinitionParser.Parse(json, File).Errors);
        return (error.Path, error.Reason);
    }
}
