using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>
/// Inserts many rows of one entity type without the change tracker, inside the context's current transaction: binary
/// <c>COPY</c> on PostgreSQL, one prepared <c>INSERT</c> executed per row on SQLite. Columns, names and value conversions
/// (enums as text, JSON columns) come from the EF model, so the rows read back exactly as if EF had written them.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(DbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Name: p.GetColumnName(store)!, Converter: p.GetTypeMapping().Converter)).ToList();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk insert needs a transaction.");
        object? Value((IProperty Property, string Name, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter) c, T row)
        {
            var value = c.Property.PropertyInfo!.GetValue(row);
            return value is null ? null : c.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
        if (connection is NpgsqlConnection npgsql)
        {
            var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
            await using var import = await npgsql.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
            var types = columns.Select(c => c.Property.GetColumnType(store).Split('(')[0]).ToList();
            foreach (var row in rows)
            {
                await import.StartRowAsync(ct);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (Value(columns[i], row) is { } value)
                    {
                        await import.WriteAsync(value, types[i], ct);
                    }
                    else
                    {
                        await import.WriteNullAsync(ct);
                    }
                }
            }
            await import.CompleteAsync(ct);
            return;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        // The type mapping configures each parameter as EF would (a Guid as TEXT on SQLite); the values are then set per row.
        var parameters = columns.Select((c, i) =>
        {
            DbParameter p = c.Property.GetRelationalTypeMapping().CreateParameter(command, $"$p{i}", null, nullable: true);
            command.Parameters.Add(p);
            return p;
        }).ToList();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = Value(columns[i], row) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
