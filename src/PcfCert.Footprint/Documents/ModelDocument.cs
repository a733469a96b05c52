using System.Text.Json;
using PcfCert.Footprint.Calculation;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Documents;

/// <summary>Reads and writes the <c>pcfcert.model/1</c> document (docs/model-format.md).</summary>
public static class ModelDocument
{
    /// <summary>
    /// Parses and fully validates a model document. Every structural and semantic error is collected,
    /// each with the JSON pointer of the offending field; solver errors (singular system, negative scaling)
    /// appear only on calculation.
    /// </summary>
    /// <param name="json">The document text.</param>
    /// <returns>The model with <see cref="FootprintModel.InputSha256"/> set, or the errors.</returns>
    public static Outcome<FootprintModel> Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            return Outcome<FootprintModel>.Failure([Error.Of(ErrorCode.InvalidJson, "",
                $"The document is not valid JSON: {e.Message}", ("line", e.LineNumber), ("position", e.BytePositionInLine))]);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return Outcome<FootprintModel>.Failure([Error.Of(ErrorCode.InvalidValue, "", "The document must be a JSON object.")]);
            var errors = new List<Error>();
            var root = doc.RootElement;
            JsonDocument? resolved = null;
            if (root.TryGetProperty("parameters", out _))
            {
                // Formulas: evaluate parameters and string amounts, then read the document with numbers in their place.
                var (node, formulaErrors) = ParameterResolver.Resolve(System.Text.Json.Nodes.JsonNode.Parse(root.GetRawText())!.AsObject());
                errors.AddRange(formulaErrors);
                resolved = JsonDocument.Parse(node.ToJsonString());
                root = resolved.RootElement;
            }
            using var resolvedScope = resolved;
            var model = new ModelReader(new JsonFields(errors)).Read(root)
                with { InputSha256 = CanonicalJson.Sha256(json) };
            // Placeholders stand in for missing fields, so later checks still run; report one error per field.
            var covered = errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(Validate(model).Where(e => !covered.Any(c => e.Path == c || e.Path.StartsWith(c + "/", StringComparison.Ordinal))));
            return errors.Count == 0 ? Outcome<FootprintModel>.Success(model) : Outcome<FootprintModel>.Failure(errors);
        }
    }

    /// <summary>Semantic checks of a model built in code or parsed: units, references, boundary, values.</summary>
    /// <param name="model">The model.</param>
    /// <returns>All errors; empty when the model can be calculated (solver checks aside).</returns>
    public static IReadOnlyList<Error> Validate(FootprintModel model) => ModelCompiler.Compile(model).Errors;

    /// <summary>Writes a model as an indented <c>pcfcert.model/1</c> document.</summary>
    /// <param name="model">The model.</param>
    public static string Write(FootprintModel model) => ModelWriter.Write(model);
}
