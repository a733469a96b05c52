using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PcfCert.Infrastructure.Persistence;

/// <summary>
/// Stores an immutable value (a record or a list of records) of an aggregate as one JSON text column. The domain
/// replaces such values instead of mutating them, so comparing serialised forms detects every change.
/// See docs/adr/0003-aggregate-values-as-json-columns.md.
/// </summary>
public static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        var comparer = new ValueComparer<T>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(StringComparison.Ordinal),
            v => v);
        property.HasConversion(v => Serialize(v), s => Deserialize<T>(s), comparer);
        return property;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException($"Stored JSON for {typeof(T).Name} is null.");
}
