using System.Globalization;

namespace PcfCert.Web.Features.Applications;

/// <summary>A field a user sent was missing or malformed; the message key names the reason.</summary>
public sealed class ActionInputException(string field, string messageKey) : Exception($"{field}: {messageKey}")
{
    public string Field { get; } = field;

    public string MessageKey { get; } = messageKey;
}

/// <summary>The fields of one workflow action, from an HTML form or a JSON object, with typed readers that name the field on error.</summary>
public sealed class ActionInput(IReadOnlyDictionary<string, string?[]> fields, IReadOnlyList<IFormFile>? files = null)
{
    public IReadOnlyList<IFormFile> Files { get; } = files ?? [];

    public string? Optional(string field) =>
        fields.TryGetValue(field, out var values) && values.Length > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

    public string Required(string field) => Optional(field) ?? throw new ActionInputException(field, "Validation.RequiredField");

    public IReadOnlyList<string> Values(string field) =>
        fields.TryGetValue(field, out var values) ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList() : [];

    /// <summary>Every value of a repeated field, blanks included, so rows of a table stay aligned.</summary>
    public IReadOnlyList<string> Raw(string field) =>
        fields.TryGetValue(field, out var values) ? values.Select(v => v?.Trim() ?? string.Empty).ToList() : [];

    public DateOnly Date(string field) =>
        DateOnly.TryParseExact(Required(field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new ActionInputException(field, "Validation.Date");

    public DateOnly? OptionalDate(string field) => Optional(field) is null ? null : Date(field);

    public decimal Decimal(string field)
    {
        if (!decimal.TryParse(Required(field), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new ActionInputException(field, "Validation.NonNegativeNumber");
        }
        return value;
    }

    public int Int(string field) =>
        int.TryParse(Required(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw new ActionInputException(field, "Validation.NonNegativeNumber");

    public bool Bool(string field) => Optional(field) is { } v && (v == "true" || v == "on" || v == "1");

    public T Enum<T>(string field) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(Required(field), ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value : throw new ActionInputException(field, "Validation.ChoiceField");

    public static ActionInput FromForm(IFormCollection form) =>
        new(form.Keys.ToDictionary(k => k, k => form[k].ToArray()), form.Files.ToList());

    public static ActionInput FromJson(System.Text.Json.JsonElement json)
    {
        var map = new Dictionary<string, string?[]>();
        if (json.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            foreach (var p in json.EnumerateObject())
            {
                map[p.Name] = p.Value.ValueKind == System.Text.Json.JsonValueKind.Array
                    ? p.Value.EnumerateArray().Select(Text).ToArray()
                    : [Text(p.Value)];
            }
        }
        return new ActionInput(map);
    }

    private static string? Text(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => e.GetString(),
        System.Text.Json.JsonValueKind.Null => null,
        System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array => e.GetRawText(),
        _ => e.GetRawText(),
    };
}
