using System.Text.Json;

namespace PcfCert.Certification.Schemes;

/// <summary>
/// Reads a scheme definition from JSON text. Invalid input is an expected failure and comes back as
/// a list of errors (file, JSON Pointer, reason) — all of them, not just the first.
/// </summary>
public static class SchemeDefinitionParser
{
    /// <summary>Parses and validates <paramref name="json"/>.</summary>
    /// <param name="json">The definition text.</param>
    /// <param name="fileName">Name used in error messages (the caller's file name).</param>
    public static SchemeParseResult Parse(string json, string fileName)
    {
        var errors = new List<SchemeDefinitionError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            errors.Add(new SchemeDefinitionError(fileName, "", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}"));
            return new SchemeParseResult(null, errors);
        }

        using (document)
        {
            new StructuralValidator(fileName, errors).ValidateRoot(document.RootElement, typeof(SchemeDefinition));
            if (errors.Count > 0)
            {
                return new SchemeParseResult(null, errors);
            }

            var definition = document.RootElement.Deserialize<SchemeDefinition>(SchemeJson.Options)!;
            new SemanticValidator(fileName, errors).Validate(definition);
            return new SchemeParseResult(errors.Count == 0 ? definition : null, errors);
        }
    }

    /// <summary>Parses <paramref name="json"/> and throws when it is invalid.</summary>
    /// <exception cref="SchemeDefinitionException">The definition is invalid.</exception>
    public static SchemeDefinition ParseOrThrow(string json, string fileName)
    {
        var result = Parse(json, fileName);
        return result.IsValid ? result.Definition! : throw new SchemeDefinitionException(result.Errors);
    }
}
