using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>The inventory of one certification unit of an application, as last imported or edited.</summary>
public sealed class InventoryRecord
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>Index of the certification unit in the application.</summary>
    public int UnitIndex { get; set; }

    public ProductInformation? Product { get; set; }

    /// <summary>The 综合信息 of each stage sheet (填表日期, 填表人, 数据收集对象) as last imported; null for an inventory entered in forms.</summary>
    public List<StageSheetHeader>? Sheets { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>One activity-data line of an inventory, with its evidence.</summary>
public sealed class InventoryLineRecord
{
    public Guid Id { get; set; }

    public Guid InventoryId { get; set; }

    public int Position { get; set; }

    public LifeCycleStage Stage { get; set; }

    public string Name { get; set; } = string.Empty;

    public double Amount { get; set; }

    public string Unit { get; set; } = string.Empty;

    public Acquisition? Acquisition { get; set; }

    public double? DistanceKm { get; set; }

    public string? OriginPlace { get; set; }

    public string? TransportFactor { get; set; }

    public string? DataSource { get; set; }

    public DataKind DataKind { get; set; }

    public string? FactorKey { get; set; }

    public bool PlantLevel { get; set; }

    public bool CutOff { get; set; }

    public string? Notes { get; set; }

    public string? SourceSheet { get; set; }

    public int? SourceRow { get; set; }

    /// <summary>The CEC table 2 record of a primary datum.</summary>
    public PrimaryDataRecord? Primary { get; set; }

    /// <summary>Evidence files (invoice, meter reading, ledger extract) by stored-file id.</summary>
    public List<LineEvidence> Evidence { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; }

    public InventoryLine ToLine() => new(Stage, Name, Amount, Unit, Acquisition, DistanceKm, OriginPlace, TransportFactor, DataSource, DataKind,
        FactorKey, PlantLevel, CutOff, Notes, SourceSheet is null ? null : new SourceLocation(SourceSheet, SourceRow ?? 0), Primary);

    public static InventoryLineRecord From(Guid inventoryId, int position, InventoryLine l)
    {
        var record = new InventoryLineRecord { Id = Guid.NewGuid(), InventoryId = inventoryId, Position = position, ConcurrencyStamp = Guid.NewGuid() };
        record.Apply(l);
        return record;
    }

    /// <summary>Takes the line's values (its evidence stays); a corrected line no longer points at a workbook row.</summary>
    public void Apply(InventoryLine l)
    {
        Stage = l.Stage;
        Name = l.Name;
        Amount = l.Amount;
        Unit = l.Unit;
        Acquisition = l.Acquisition;
        DistanceKm = l.DistanceKm;
        OriginPlace = l.OriginPlace;
        TransportFactor = l.TransportFactor;
        DataSource = l.DataSource;
        DataKind = l.DataKind;
        FactorKey = l.FactorKey;
        PlantLevel = l.PlantLevel;
        CutOff = l.CutOff;
        Notes = l.Notes;
        SourceSheet = l.Source?.Sheet;
        SourceRow = l.Source?.Row;
        Primary = l.Primary;
    }
}

/// <summary>
/// One line's match in an import report (what it became in the model and why), a row of its own: 50 000 of them are
/// bulk-inserted with the lines rather than serialized into one JSON value of tens of megabytes.
/// </summary>
public sealed class ImportMatchRecord
{
    public Guid ImportId { get; set; }

    /// <summary>Index of the line in the imported inventory.</summary>
    public int Index { get; set; }

    public string Name { get; set; } = string.Empty;

    public LifeCycleStage Stage { get; set; }

    public LineOutcome Outcome { get; set; }

    public string? FactorId { get; set; }

    public double AmountInModel { get; set; }

    public string Unit { get; set; } = string.Empty;

    public string? TransportFactorId { get; set; }

    public double? TonneKilometres { get; set; }

    public string? SourceSheet { get; set; }

    public int? SourceRow { get; set; }

    public LineMatch ToMatch() => new(Index, Name, Stage, Outcome, FactorId, AmountInModel, Unit, TransportFactorId, TonneKilometres,
        SourceSheet is null ? null : new SourceLocation(SourceSheet, SourceRow ?? 0));

    public static ImportMatchRecord From(Guid importId, LineMatch m) => new()
    {
        ImportId = importId, Index = m.Index, Name = m.Name, Stage = m.Stage, Outcome = m.Outcome, FactorId = m.FactorId, AmountInModel = m.AmountInModel,
        Unit = m.Unit, TransportFactorId = m.TransportFactorId, TonneKilometres = m.TonneKilometres, SourceSheet = m.Source?.Sheet, SourceRow = m.Source?.Row,
    };
}

/// <summary>An evidence file of a line.</summary>
/// <param name="FileId">Stored file.</param>
/// <param name="FileName">Name as uploaded.</param>
/// <param name="Kind">invoice, meter-reading, ledger-extract, other.</param>
public sealed record LineEvidence(Guid FileId, string FileName, string Kind);

/// <summary>The state of an import.</summary>
public enum ImportStatus
{
    /// <summary>Queued or reading.</summary>
    Running,

    /// <summary>Valid: the lines replaced the inventory.</summary>
    Accepted,

    /// <summary>Invalid: nothing was saved; the issues say why.</summary>
    Refused,

    /// <summary>The file could not be read at all.</summary>
    Failed,

    /// <summary>
    /// Valid, but lines that carry evidence files have no counterpart in the new workbook (same stage and data type):
    /// nothing was replaced; the issues list them and the applicant confirms (or uploads a corrected workbook).
    /// </summary>
    AwaitingConfirmation,
}

/// <summary>
/// One upload of a filled workbook and what came of it: what was read, what each line was matched to and why, what was
/// refused. Kept with the application as review evidence; never deleted.
/// </summary>
public sealed class InventoryImportRecord
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid OrganisationId { get; set; }

    public int UnitIndex { get; set; }

    public Guid FileId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public string UploadedBy { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public ImportStatus Status { get; set; }

    public int TotalRows { get; set; }

    public int RowsRead { get; set; }

    public int LinesImported { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>The applicant confirmed the import although the listed evidence files match no new line.</summary>
    public bool EvidenceLossConfirmed { get; set; }

    /// <summary>The app instance running the import (null while queued); see <see cref="HeartbeatAt"/>.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>
    /// Written by the running instance every few seconds. A running import whose heartbeat (or, while queued, whose start)
    /// is older than the lease is taken over by any instance: its instance died.
    /// </summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>How many times an instance started running it; after the last allowed attempt it fails as interrupted.</summary>
    public int Attempts { get; set; }

    public List<InventoryIssue> Issues { get; set; } = [];

    /// <summary>The matches of imports made before they were stored as rows (<see cref="ImportMatchRecord"/>); empty since.</summary>
    public List<LineMatch> Matches { get; set; } = [];
}
