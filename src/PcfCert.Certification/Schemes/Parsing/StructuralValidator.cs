using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace PcfCert.Certification.Schemes;

/// <summary>
/// Walks a JSON document alongside the C# record it should become and reports every missing
/// required property, null where null is not allowed, wrong type, bad date or enum value and
/// unknown property, each with its JSON Pointer. The records' constructors and nullable
/// annotations are the format, so the validator never drifts from the model.
/// </summary>
internal sealed class StructuralValidator(string file, List<SchemeDefinitionError> errors)
{
    // NullabilityInfoContext is not thread-safe; one per validator run.
    private readonly NullabilityInfoContext _nullability = new();

    public void ValidateRoot(JsonElement root, Type type) => ValidateValue(root, type, nullable: false, path: "", isRoot: true);

    private void ValidateValue(JsonElement element, Type type, bool nullable, string path, bool isRoot = false, NullabilityInfo? info = null)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
            {
                Error(path, "must not be null");
            }

            return;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            if (Expect(element, JsonValueKind.String, "a string", path) && string.IsNullOrWhiteSpace(element.GetString()))
            {
                Error(path, "must not be empty");
            }
        }
        else if (target == typeof(int))
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out _))
            {
                Error(path, $"expected an integer but found {Describe(element)}");
            }
        }
        else if (target == typeof(decimal))
        {
            Expect(element, JsonValueKind.Number, "a number", path);
        }
        else if (target == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Error(path, $"expected true or false but found {Describe(element)}");
            }
        }
        else if (target == typeof(DateOnly))
        {
            if (Expect(element, JsonValueKind.String, "a date (YYYY-MM-DD)", path)
                && !DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                Error(path, $"'{element.GetString()}' is not a date in the form YYYY-MM-DD");
            }
        }
        else if (target.IsEnum)
        {
            ValidateEnum(element, target, path);
        }
        else if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            ValidateList(element, target.GetGenericArguments()[0], info, path);
        }
        else
        {
            ValidateRecord(element, target, path, isRoot);
        }
    }

    private void ValidateEnum(JsonElement element, Type enumType, string path)
    {
        var allowed = Enum.GetNames(enumType).Select(SchemeJson.EnumNaming.ConvertName).ToList();
        if (Expect(element, JsonValueKind.String, "a string", path) && !allowed.Contains(element.GetString()!))
        {
            Error(path, $"'{element.GetString()}' is not one of: {string.Join(", ", allowed)}");
        }
    }

    private void ValidateList(JsonElement element, Type itemType, NullabilityInfo? info, string path)
    {
        if (!Expect(element, JsonValueKind.Array, "an array", path))
        {
            return;
        }

        var itemNullable = info?.GenericTypeArguments is [{ ReadState: NullabilityState.Nullable }] || Nullable.GetUnderlyingType(itemType) is not null;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            ValidateValue(item, itemType, itemNullable, $"{path}/{index++}", info: info?.GenericTypeArguments.FirstOrDefault());
        }
    }

    private void ValidateRecord(JsonElement element, Type type, string path, bool isRoot)
    {
        if (!Expect(element, JsonValueKind.Object, "an object", path))
        {
            return;
        }

        var parameters = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters();
        var known = new HashSet<string>();
        foreach (var parameter in parameters)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            known.Add(name);
            var info = _nullability.Create(parameter);
            var nullable = info.ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(parameter.ParameterType) is not null;
            var childPath = $"{path}/{Escape(name)}";
            if (!element.TryGetProperty(name, out var value))
            {
                if (!nullable && !parameter.HasDefaultValue)
                {
                    Error(childPath, "required property is missing");
                }

                continue;
            }

            ValidateValue(value, parameter.ParameterType, nullable, childPath, info: info);
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name) && !(isRoot && property.Name == "$schema"))
            {
                Error($"{path}/{Escape(property.Name)}", $"unknown property (allowed here: {string.Join(", ", known)})");
            }
        }
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string expected, string path)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        Error(path, $"expected {expected} but found {Describe(element)}");
        return false;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };

    // JSON Pointer (RFC 6901) escaping.
    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private void Error(string path, string reason) => errors.Add(new SchemeDefinitionError(file, path, reason));
}
