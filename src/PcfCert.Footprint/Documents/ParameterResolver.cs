using System.Text.Json.Nodes;

namespace PcfCert.Footprint.Documents;

/// <summary>
/// Evaluates the model's <c>parameters</c> (numbers or formulas over other parameters) and every <c>amount</c> given
/// as a formula, replacing them with numbers before the document is read. Errors carry the path of the parameter or
/// field: <c>InvalidFormula</c> for a formula that does not parse or evaluate, naming the reason.
/// </summary>
internal static class ParameterResolver
{
    public static (JsonObject Root, List<Error> Errors) Resolve(JsonObject root)
    {
        var errors = new List<Error>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (root["parameters"] is JsonObject parameters)
        {
            var pending = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            var visiting = new HashSet<string>(StringComparer.Ordinal);
            var failed = new HashSet<string>(StringComparer.Ordinal);
            double? Value(string name)
            {
                if (values.TryGetValue(name, out var v)) return v;
                if (failed.Contains(name)) throw new FormatException($"parameter '{name}' has an error of its own");
                if (!pending.TryGetValue(name, out var node)) return null;
                var path = JsonFields.Child("/parameters", name);
                if (!visiting.Add(name))
                    throw new FormatException($"parameter '{name}' refers to itself through other parameters");
                double result;
                if (node is JsonValue jv && jv.TryGetValue<double>(out var number)) result = number;
                else if (node is JsonValue js && js.TryGetValue<string>(out var text))
                {
                    var (r, problem) = Formula.Evaluate(text, Value);
                    if (problem is not null)
                    {
                        errors.Add(Invalid(path, text, problem));
                        failed.Add(name);
                        visiting.Remove(name);
                        throw new FormatException($"parameter '{name}' has an error of its own");
                    }
                    result = r;
                }
                else
                {
                    errors.Add(Error.Of(ErrorCode.InvalidValue, path, "A parameter must be a number or a formula string."));
                    failed.Add(name);
                    visiting.Remove(name);
                    throw new FormatException($"parameter '{name}' has an error of its own");
                }
                visiting.Remove(name);
                values[name] = result;
                return result;
            }
            foreach (var name in parameters.Select(p => p.Key).ToList())
            {
                try { Value(name); }
                catch (FormatException) { visiting.Clear(); } // reported where it arose
            }
        }
        Walk(root, "", values, errors);
        return (root, errors);
    }

    // Replaces string "amount" fields (anywhere in the document) with their value.
    private static void Walk(JsonNode node, string path, Dictionary<string, double> values, List<Error> errors)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    if (child is null || (path.Length == 0 && key == "parameters")) continue;
                    var childPath = JsonFields.Child(path, key);
                    if (key == "amount" && child is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        var (r, problem) = Formula.Evaluate(text, n => values.TryGetValue(n, out var x) ? x : null);
                        o[key] = JsonValue.Create(problem is null ? r : 0.0); // 0 stands in, so only the formula error is reported
                        if (problem is not null) errors.Add(Invalid(childPath, text, problem));
                    }
                    else Walk(child, childPath, values, errors);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    if (a[i] is { } item) Walk(item, JsonFields.Child(path, i), values, errors);
                break;
        }
    }

    private static Error Invalid(string path, string formula, string problem) =>
        Error.Of(ErrorCode.InvalidFormula, path, $"Formula '{formula}': {problem}.", ("formula", formula), ("reason", problem));
}
