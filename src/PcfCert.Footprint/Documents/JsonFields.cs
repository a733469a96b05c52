using System.Text.Json;

namespace PcfCert.Footprint.Documents;

/// <summary>Reads typed fields from a JSON element, collecting errors with their JSON pointer.</summary>
internal sealed class JsonFields(List<Error> errors)
{
    public List<Error> Errors { get; } = errors;

    public static string Child(string path, string name) =>
        path + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Child(string path, int index) => path + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string? String(JsonElement obj, string name, string path, bool required)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required) Missing(path, name);
            return null;
        }
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        Invalid(Child(path, name), "a string");
        return null;
    }

    public double? Number(JsonElement obj, string name, string path, bool required)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required) Missing(path, name);
            return null;
        }
        if (v.ValueKind != JsonValueKind.Number)
        {
            Invalid(Child(path, name), "a number");
            return null;
        }
        // Literals such as 1e999 overflow to infinity; they are amounts the engine cannot use.
        if (!v.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            Errors.Add(Error.Of(ErrorCode.NonFiniteAmount, Child(path, name), $"'{name}' is not a finite number.", ("field", name)));
            return null;
        }
        return d;
    }

    public bool Bool(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return false;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Invalid(Child(path, name), "true or false");
        return false;
    }

    public JsonElement? Object(JsonElement obj, string name, string path, bool required)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required) Missing(path, name);
            return null;
        }
        if (v.ValueKind == JsonValueKind.Object) return v;
        Invalid(Child(path, name), "an object");
        return null;
    }

    public IReadOnlyList<T> Array<T>(JsonElement obj, string name, string path, Func<JsonElement, string, T?> read)
        where T : class
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return [];
        var arrayPath = Child(path, name);
        if (v.ValueKind != JsonValueKind.Array)
        {
            Invalid(arrayPath, "an array");
            return [];
        }
        var list = new List<T>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            var itemPath = Child(arrayPath, i++);
            if (item.ValueKind != JsonValueKind.Object) { Invalid(itemPath, "an object"); continue; }
            var value = read(item, itemPath);
            if (value is not null) list.Add(value);
        }
        return list;
    }

    public T? Enum<T>(JsonElement obj, string name, string path, Func<string, T?> parse, bool required, string allowed)
        where T : struct
    {
        var text = String(obj, name, path, required);
        if (text is null) return null;
        var value = parse(text);
        if (value is null)
            Errors.Add(Error.Of(ErrorCode.InvalidValue, Child(path, name), $"'{text}' is not one of {allowed}.",
                ("field", name), ("value", text), ("allowed", allowed)));
        return value;
    }

    public void Missing(string path, string name) =>
        Errors.Add(Error.Of(ErrorCode.MissingField, Child(path, name), $"Required field '{name}' is missing.", ("field", name)));

    public void Invalid(string path, string expected) =>
        Errors.Add(Error.Of(ErrorCode.InvalidValue, path, $"Expected {expected}.", ("expected", expected)));
}
