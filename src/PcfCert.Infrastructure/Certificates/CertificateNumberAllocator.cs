using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Infrastructure.Certificates;

/// <summary>
/// Hands out gap-free certificate numbers per scheme and year. The counter row is advanced by one atomic
/// upsert inside the caller's transaction: the row stays locked until that transaction ends, so a concurrent
/// issuer waits, and a rolled-back issuance rolls its number back too — no gaps, no duplicates.
/// The same SQL runs on PostgreSQL (row lock) and SQLite (database write lock, BEGIN IMMEDIATE).
/// </summary>
public static class CertificateNumberAllocator
{
    private const string Upsert =
        $"""
        INSERT INTO {CertificateNumberCounter.Table} (scheme_id, year, last_sequence) VALUES (@scheme, @year, 1)
        ON CONFLICT (scheme_id, year) DO UPDATE SET last_sequence = {CertificateNumberCounter.Table}.last_sequence + 1
        RETURNING last_sequence
        """;

    /// <summary>Allocates the next number; requires an open transaction on <paramref name="db"/>.</summary>
    public static async Task<CertificateNumber> NextAsync(PcfCertDbContext db, CertificateRules rules, int year, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A certificate number is allocated inside the issuing transaction.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = Upsert;
        Add(command, "@scheme", rules.SchemeId);
        Add(command, "@year", year);
        var sequence = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return new CertificateNumber(rules.NumberPrefix, year, sequence);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
