using System.CommandLine;
using PcfCert.Footprint;
using PcfCert.Footprint.Documents;
using PcfCert.Footprint.Model;

namespace PcfCert.Cli;

/// <summary>The <c>pcfcert</c> command line, callable in-process (tests pass their own writers).</summary>
public static class CliApp
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">Arguments without the program name.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var model = new Argument<FileInfo>("MODEL") { Description = "Model document (pcfcert.model/1 JSON)" };
        var mc = new Option<int>("--mc") { Description = "Monte Carlo iterations (0 = none)" };
        var seed = new Option<ulong>("--seed") { Description = "Monte Carlo seed", DefaultValueFactory = _ => 1 };
        var strict = new Option<bool>("--strict") { Description = "Exit 3 when a check (cut-off) fails" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the result document (pcfcert.result/1) to this file" };
        var json = new Option<bool>("--json") { Description = "Print the result document instead of the table" };
        var cutOff = new Option<double>("--cutoff-limit")
        { Description = "Cut-off limit as a share of product mass (scheme parameter)", DefaultValueFactory = _ => 0.05 };

        var samples = new Option<FileInfo?>("--samples") { Description = "Write every Monte Carlo draw to this CSV file" };
        var pedigree = new Option<bool>("--pedigree") { Description = "Turn data-quality ratings into lognormal uncertainty where none is declared" };
        var timeLimit = new Option<double>("--time-limit")
        { Description = "Seconds the technosphere solves may take before SolveBudgetExceeded", DefaultValueFactory = _ => 20 };

        var calc = new Command("calc", "Calculate the footprint of a model") { model, mc, seed, strict, output, json, cutOff, samples, pedigree, timeLimit };
        calc.SetAction(r => Calc(r.GetValue(model)!, new CalculationOptions(r.GetValue(mc), r.GetValue(seed), r.GetValue(cutOff))
        {
            PedigreeUncertainty = r.GetValue(pedigree),
            SolveTimeLimit = TimeSpan.FromSeconds(Math.Max(0, r.GetValue(timeLimit))),
        }, r.GetValue(strict), r.GetValue(output), r.GetValue(json), r.GetValue(samples), stdout, stderr));
        var validateJson = new Option<bool>("--json") { Description = "Print errors as JSON" };
        var validate = new Command("validate", "Check a model without calculating") { model, validateJson };
        validate.SetAction(r => Validate(r.GetValue(model)!, r.GetValue(validateJson), stdout, stderr));
        var root = new RootCommand("pcfcert: product carbon footprint calculation (ISO 14067 / GB/T 24067)") { calc, validate };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) stderr.WriteLine($"usage error: {e.Message}");
            stderr.WriteLine("Run 'pcfcert --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static int Calc(FileInfo file, CalculationOptions options, bool strict, FileInfo? outFile, bool json, FileInfo? samplesFile,
        TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file.FullName)) { stderr.WriteLine($"cannot read {file.FullName}: file not found"); return ExitCodes.Usage; }
        var parsed = ModelDocument.Parse(File.ReadAllText(file.FullName));
        if (!parsed.IsSuccess)
        {
            ErrorPrinter.Print(parsed.Errors, file.Name, stderr);
            return ExitCodes.ModelError;
        }
        var model = parsed.Value!;
        var outcome = FootprintCalculator.Calculate(model, options);
        if (!outcome.IsSuccess)
        {
            ErrorPrinter.Print(outcome.Errors, file.Name, stderr);
            return ExitCodes.ModelError;
        }
        var document = ResultDocument.Write(outcome.Value!);
        if (outFile is not null)
        {
            try { File.WriteAllText(outFile.FullName, document + "\n"); }
            catch (IOException e) { stderr.WriteLine($"cannot write {outFile.FullName}: {e.Message}"); return ExitCodes.Usage; }
            catch (UnauthorizedAccessException e) { stderr.WriteLine($"cannot write {outFile.FullName}: {e.Message}"); return ExitCodes.Usage; }
        }
        if (samplesFile is not null && outcome.Value!.Uncertainty is { } u)
        {
            try { File.WriteAllText(samplesFile.FullName, SamplesCsv.Write(u)); }
            catch (IOException e) { stderr.WriteLine($"cannot write {samplesFile.FullName}: {e.Message}"); return ExitCodes.Usage; }
            catch (UnauthorizedAccessException e) { stderr.WriteLine($"cannot write {samplesFile.FullName}: {e.Message}"); return ExitCodes.Usage; }
        }
        if (json) stdout.WriteLine(document);
        else ResultTable.Print(outcome.Value!, stdout);
        return strict && !outcome.Value!.CutOff.Passed ? ExitCodes.StrictCheckFailed : ExitCodes.Ok;
    }

    private static int Validate(FileInfo file, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file.FullName)) { stderr.WriteLine($"cannot read {file.FullName}: file not found"); return ExitCodes.Usage; }
        var parsed = ModelDocument.Parse(File.ReadAllText(file.FullName));
        if (json) { stdout.WriteLine(ErrorDocument.Write(parsed.Errors)); return parsed.IsSuccess ? ExitCodes.Ok : ExitCodes.ModelError; }
        if (parsed.IsSuccess)
        {
            var m = parsed.Value!;
            stdout.WriteLine($"{file.Name}: valid {FootprintModel.FormatName} — {m.Processes.Count} processes, {m.Factors.Count} factors, {m.Gwp}, {Names.Of(m.Boundary)}");
            stdout.WriteLine($"inputSha256 {m.InputSha256}");
            return ExitCodes.Ok;
        }
        ErrorPrinter.Print(parsed.Errors, file.Name, stderr);
        return ExitCodes.ModelError;
    }
}
