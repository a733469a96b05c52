using System.Text.Json;
using PcfCert.Cli;

namespace PcfCert.Footprint.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pcfcert-cli-").FullName;
    private static string Example => Path.Combine(AppContext.BaseDirectory, "examples", "capacitor.model.json");

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string json)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Calc_prints_a_table_and_writes_the_result_document()
    {
        var outFile = Path.Combine(_dir, "result.json");
        var (code, stdout, _) = Run("calc", Example, "--out", outFile);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Total (incl. biogenic)", stdout);
        Assert.Contains("0.960198", stdout);
        Assert.Contains("cut-off         PASS", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
        Assert.Equal(0.960197852425, doc.RootElement.GetProperty("totalKgCO2e").GetDouble(), 12);
    }

    [Fact]
    public void Calc_json_prints_the_document_with_monte_carlo()
    {
        var (code, stdout, _) = Run("calc", Example, "--json", "--mc", "200", "--seed", "9");
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(200, doc.RootElement.GetProperty("uncertainty").GetProperty("iterations").GetInt32());
        Assert.Equal(stdout, Run("calc", Example, "--json", "--mc", "200", "--seed", "9").Out);
    }

    [Fact]
    public void Validation_errors_name_the_json_path_and_exit_1()
    {
        var path = Write(Doc.OneProcess("""[ { "factor": "grid", "amount": 1, "unit": "kg" } ]""",
            factors: """[ { "id": "grid", "unit": "kWh", "kgCO2e": 0.6 } ]"""));
        var (code, _, stderr) = Run("validate", path);
        Assert.Equal(ExitCodes.ModelError, code);
        Assert.Contains("/processes/0/inputs/0/unit: error UnitDimensionMismatch", stderr);
        Assert.Equal(ExitCodes.ModelError, Run("calc", path).Code);
    }

    [Fact]
    public void Validate_json_lists_errors_for_programs()
    {
        var (code, stdout, _) = Run("validate", Write(Doc.OneProcess("""[ { "factor": "x", "amount": 1, "unit": "kg" } ]""")), "--json");
        Assert.Equal(ExitCodes.ModelError, code);
        using var doc = JsonDocument.Parse(stdout);
        var e = doc.RootElement.GetProperty("errors")[0];
        Assert.Equal("MissingEmissionFactor", e.GetProperty("code").GetString());
        Assert.Equal("x", e.GetProperty("arguments").GetProperty("factor").GetString());
    }

    [Fact]
    public void Validate_accepts_the_example()
    {
        var (code, stdout, _) = Run("validate", Example);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("valid pcfcert.model/1", stdout);
    }

    [Fact]
    public void Strict_exits_3_when_the_cut_off_check_fails_and_0_without_strict()
    {
        // 1 kg clip per 1 kg product: 100 % > 5 %.
        var path = Write(Doc.OneProcess("""[ { "name": "clip", "amount": 1, "unit": "kg", "cutOff": true } ]"""));
        Assert.Equal(ExitCodes.StrictCheckFailed, Run("calc", path, "--strict").Code);
        Assert.Equal(ExitCodes.Ok, Run("calc", path).Code);
        Assert.Equal(ExitCodes.Ok, Run("calc", path, "--strict", "--cutoff-limit", "1").Code);
    }

    [Theory]
    [InlineData("calc")]
    [InlineData("frobnicate")]
    [InlineData("calc", "x.json", "--mc", "many")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(ExitCodes.Usage, Run(args).Code);

    [Fact]
    public void Missing_file_exits_2() => Assert.Equal(ExitCodes.Usage, Run("calc", Path.Combine(_dir, "nope.json")).Code);

    [Fact]
    public void Solver_errors_exit_1_naming_the_processes()
    {
        var path = Write(Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" }, "inputs": [ { "process": "b", "amount": 1, "unit": "kg" } ] },
              { "id": "b", "stage": "production", "output": { "amount": 1, "unit": "kg" }, "inputs": [ { "process": "a", "amount": 1, "unit": "piece" } ] } ]
            """));
        var (code, _, stderr) = Run("calc", path);
        Assert.Equal(ExitCodes.ModelError, code);
        Assert.Contains("SingularSystem", stderr);
    }
}
