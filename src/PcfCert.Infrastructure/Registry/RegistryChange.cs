namespace PcfCert.Infrastructure.Registry;

/// <summary>
/// One row per write to the certificates table, appended by a database trigger (migration RegistryChanges), so that
/// every app instance learns of any status or content change by polling <c>MAX(Seq)</c> — whoever made the change.
/// </summary>
public sealed class RegistryChange
{
    public long Seq { get; set; }
}
