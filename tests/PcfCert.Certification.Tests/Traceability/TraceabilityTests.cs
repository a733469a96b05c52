using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PcfCert.Certification.Tests.Schemes;

namespace PcfCert.Certification.Tests.Traceability;

/// <summary>
/// docs/traceability.md (issue 17) cannot drift: every clause the scheme files cite has a row, every row has a status
/// (ENFORCED, RECORDED or N/A with its reason), and every test a row names exists in the test sources. The scheme files'
/// quoted sentences are checked against the seeds, which is what RECORDED rows rest on.
/// </summary>
public sealed partial class TraceabilityTests
{
    private static readonly string[] Statuses = ["ENFORCED", "RECORDED", "N/A"];

    private static readonly (string Scheme, string File, string Seed)[] Schemes =
    [
        ("CEC", "cec-7065cvp-a0.json", "CEC-7065CVP-A0-electronic-components.txt"),
        ("PCEC", "zcxh-xz-15-2024-v4.0.json", "ZCXH-XZ-15-2024-V4.0-PCEC.txt"),
    ];

    public sealed record Row(string Scheme, string Clause, string Requirement, string Status, IReadOnlyList<string> Tests, string Note, int Line);

    public static IReadOnlyList<Row> Rows()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "traceability.md"));
        var rows = new List<Row>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("| CEC |", StringComparison.Ordinal) && !lines[i].StartsWith("| PCEC |", StringComparison.Ordinal))
            {
                continue;
            }
            var cells = lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 6, $"line {i + 1}: six cells expected (scheme, clause, requirement, status, tests, note)");
            var tests = TestName().Matches(cells[4]).Select(m => m.Groups[1].Value).ToList();
            rows.Add(new Row(cells[0], cells[1], cells[2], cells[3], tests, cells[5], i + 1));
        }
        return rows;
    }

    [Fact]
    public void Every_row_has_a_status_and_the_test_or_the_reason_that_shows_it()
    {
        var rows = Rows();
        Assert.True(rows.Count > 150, $"only {rows.Count} rows");
        foreach (var row in rows)
        {
            Assert.True(Statuses.Contains(row.Status), $"line {row.Line}: status '{row.Status}' is not one of {string.Join(", ", Statuses)}");
            if (row.Status == "N/A")
            {
                Assert.False(string.IsNullOrWhiteSpace(row.Note), $"line {row.Line}: an N/A row gives its reason");
            }
            else
            {
                Assert.True(row.Tests.Count > 0, $"line {row.Line}: {row.Scheme} {row.Clause} is {row.Status} but names no test");
            }
        }
        var duplicates = rows.GroupBy(r => (r.Scheme, r.Clause)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Scheme} {g.Key.Clause}").ToList();
        Assert.True(duplicates.Count == 0, "rows given twice: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void Every_test_the_table_names_exists_as_a_test_method()
    {
        var tests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match m in TestMethod().Matches(File.ReadAllText(file)))
            {
                tests.Add(m.Groups[1].Value);
            }
        }
        var missing = Rows().SelectMany(r => r.Tests.Where(t => !tests.Contains(t)).Select(t => $"line {r.Line}: {t}")).ToList();
        Assert.True(missing.Count == 0, "tests named in docs/traceability.md that do not exist: " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_clause_the_scheme_files_cite_has_a_row()
    {
        var rows = Rows().Select(r => (r.Scheme, r.Clause)).ToHashSet();
        var missing = new List<string>();
        foreach (var (scheme, file, _) in Schemes)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemes", file)));
            foreach (var clause in Clauses(json.RootElement).SelectMany(c => c.Split('；')).Select(c => c.Trim()).Distinct())
            {
                if (!rows.Contains((scheme, clause)))
                {
                    missing.Add($"{scheme} {clause}");
                }
            }
        }
        Assert.True(missing.Count == 0, "clauses cited by schemes/*.json without a row in docs/traceability.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_numbered_clause_of_the_rules_main_text_has_a_row_even_where_no_scheme_file_cites_it()
    {
        // The scheme files cite what they model; a clause they leave out (CEC 5.3.1, PCEC 7.3.2, 12 …) still needs its
        // row. Every numbered heading of each seed's main text (before annex 1) has a row for itself, for a sub-item
        // ("5.1.1 a)"), or sits under a parent row marked N/A (PCEC 2.1–2.11 under the definitions).
        var missing = new List<string>();
        foreach (var (scheme, _, seed) in Schemes)
        {
            var keys = Rows().Where(r => r.Scheme == scheme).ToDictionary(r => r.Clause, r => r.Status);
            foreach (var number in MainTextHeadings(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "seeds", seed))))
            {
                var parent = number.Contains('.', StringComparison.Ordinal) ? number[..number.LastIndexOf('.')] : null;
                var covered = keys.ContainsKey(number)
                    || keys.Keys.Any(k => k.StartsWith(number + " ", StringComparison.Ordinal) || k.StartsWith(number + "–", StringComparison.Ordinal))
                    || (parent is not null && keys.GetValueOrDefault(parent) == "N/A");
                if (!covered)
                {
                    missing.Add($"{scheme} {number}");
                }
            }
        }
        Assert.True(missing.Count == 0, "numbered clauses of the rules without a row in docs/traceability.md: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> MainTextHeadings(string[] lines)
    {
        var started = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (started && (line is "附件1" or "附件 1" || (line.StartsWith("附件1 ", StringComparison.Ordinal) && !raw.Contains('\t', StringComparison.Ordinal))))
            {
                yield break;
            }
            if (TocLine().IsMatch(raw))
            {
                continue;
            }
            if (Heading().Match(line) is { Success: true } m)
            {
                started = true;
                yield return m.Groups[1].Value;
            }
        }
    }

    [Fact]
    public void Every_quoted_source_sentence_of_both_schemes_is_in_its_seed()
    {
        foreach (var (_, file, seed) in Schemes)
        {
            // The seeds are text from PDF: list markers at line starts and line breaks split sentences; compare without them.
            var text = Squeeze(ListMarker().Replace(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "seeds", seed)), string.Empty));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemes", file)));
            var missing = Sources(json.RootElement).Where(s => !text.Contains(Squeeze(s), StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"{file}: quoted sentences not found in {seed}: " + string.Join(" / ", missing));
        }
    }

    private static string Squeeze(string s) => string.Concat(s.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    private static IEnumerable<string> Clauses(JsonElement e) => Walk(e, "clause");

    private static IEnumerable<string> Sources(JsonElement e) => Walk(e, "source");

    private static IEnumerable<string> Walk(JsonElement e, string name)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (p.Name == name && p.Value.ValueKind == JsonValueKind.String)
                {
                    yield return p.Value.GetString()!;
                }
                else
                {
                    foreach (var x in Walk(p.Value, name))
                    {
                        yield return x;
                    }
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray().SelectMany(i => Walk(i, name)))
            {
                yield return x;
            }
        }
    }

    [GeneratedRegex(@"`([A-Za-z_][A-Za-z0-9_]*)`")]
    private static partial Regex TestName();

    [GeneratedRegex(@"\[(?:Fact|Theory)[^\]]*\][\s\S]{0,600}?(?:Task|void)\s+([A-Za-z0-9_]+)\s*\(")]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"(?m)^\s*-\s")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(\d{1,2}(?:\.\d+){0,3})\s+\S")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(\.{4,}|\t\d+\s*$)")]
    private static partial Regex TocLine();
}
