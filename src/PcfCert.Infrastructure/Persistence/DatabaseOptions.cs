namespace PcfCert.Infrastructure.Persistence;

/// <summary>Which database PcfCert stores its data in; bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Used when no <c>ConnectionStrings:PcfCert</c> is configured and the provider is SQLite.</summary>
    public string SqlitePath { get; set; } = "data/pcfcert.db";
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
