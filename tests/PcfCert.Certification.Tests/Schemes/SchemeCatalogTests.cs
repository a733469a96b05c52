using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

public sealed class SchemeCatalogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcfcert-schemes-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Get_and_find_by_id()
    {
        var catalog = RealSchemes.Catalog;
        Assert.Equal("ZCXH/XZ-15-2024", catalog.Get("zcxh-xz-15-2024-v4.0").Code);
        Assert.Null(catalog.Find("nope"));
        Assert.Throws<KeyNotFoundException>(() => catalog.Get("nope"));
    }

    [Fact]
    public void The_same_id_in_two_files_is_refused_naming_both()
    {
        var json = DefinitionMutation.ValidJson;
        var exception = Assert.Throws<SchemeDefinitionException>(() => SchemeCatalog.Load([new("a.json", json), new("b.json", json)]));
        var error = Assert.Single(exception.Errors);
        Assert.Equal(new SchemeDefinitionError("b.json", "/id", "id 'cec-7065cvp-a0' is already used by a.json"), error);
    }

    [Fact]
    public void Loader_reports_every_broken_file_by_name()
    {
        System.IO.File.WriteAllText(Path.Combine(_directory, "good.json"), DefinitionMutation.ValidJson);
        System.IO.File.WriteAllText(Path.Combine(_directory, "bad-type.json"),
            DefinitionMutation.With(d => { d["id"] = "other"; d["parameters"]!["suspensionMaxMonths"]!["value"] = "six"; }));
        System.IO.File.WriteAllText(Path.Combine(_directory, "not-json.json"), "{");
        System.IO.File.WriteAllText(Path.Combine(_directory, "README.md"), "ignored");

        var exception = Assert.Throws<SchemeDefinitionException>(() => SchemeCatalogLoader.LoadFromDirectory(_directory));

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("bad-type.json: /parameters/suspensionMaxMonths/value: expected an integer but found the string \"six\"", exception.Message);
        Assert.Contains("not-json.json: /: not valid JSON", exception.Message);
    }

    [Fact]
    public void Loader_refuses_a_missing_or_empty_directory()
    {
        Assert.Throws<SchemeDefinitionException>(() => SchemeCatalogLoader.LoadFromDirectory(Path.Combine(_directory, "missing")));
        var empty = Assert.Throws<SchemeDefinitionException>(() => SchemeCatalogLoader.LoadFromDirectory(_directory));
        Assert.Contains("no *.json definition file", empty.Message);
    }

    [Fact]
    public void Registration_fails_at_start_up_on_a_broken_file()
    {
        System.IO.File.WriteAllText(Path.Combine(_directory, "broken.json"), DefinitionMutation.With(d => d.Remove("parameters")));
        var exception = Assert.Throws<SchemeDefinitionException>(() => new ServiceCollection().AddSchemeCatalog(_directory));
        Assert.Contains("broken.json: /parameters: required property is missing", exception.Message);
    }

    [Fact]
    public void Registration_provides_catalog_calendar_and_time()
    {
        using var provider = new ServiceCollection().AddSchemeCatalog(RepositoryPaths.SchemesDirectory).BuildServiceProvider();
        Assert.Equal(2, provider.GetRequiredService<SchemeCatalog>().Schemes.Count);
        Assert.Same(ChineseWorkingCalendar.Default, provider.GetRequiredService<IWorkingCalendar>());
        Assert.NotNull(provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void A_definition_serializes_with_parameters_under_their_names_and_reads_back()
    {
        var json = JsonSerializer.Serialize(RealSchemes.Pcec, SchemeJson.Options);
        Assert.Contains("\"parameters\":{\"certificationTimeLimitDays\":{\"value\":180,", json);
        Assert.Contains("\"requirement\":\"when-applicable\"", json);
        Assert.True(SchemeDefinitionParser.Parse(json, "round-trip.json").IsValid);
    }
}
