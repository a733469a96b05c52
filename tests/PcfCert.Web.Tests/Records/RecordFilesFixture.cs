using System.IO.Compression;
using System.Net;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Records;

/// <summary>
/// One host per provider with the scenario's files, and each file's archive fetched once: every document is printed by
/// Chromium exactly once per provider (the record endpoints then serve the stored, signed copies).
/// </summary>
public abstract class RecordFiles : IAsyncLifetime
{
    public abstract PcfCertHost Host { get; }

    public RecordFileScenario.Files Files { get; private set; } = null!;

    public IReadOnlyDictionary<string, byte[]> Cec { get; private set; } = null!;

    public IReadOnlyDictionary<string, byte[]> Pcec { get; private set; } = null!;

    public byte[] CecZip { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        Files = await RecordFileScenario.RunAsync(Host);
        // Printing a whole file takes Chromium a while on a busy machine: more than HttpClient's default 100 s.
        using var manager = new TestClient(Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        manager.Http.Timeout = TimeSpan.FromMinutes(10);
        await manager.SignInOkAsync(Demo.Manager);
        CecZip = await Archive(manager, Files.CecId);
        Cec = Entries(CecZip);
        var pcecZip = await Archive(manager, Files.PcecId);
        Pcec = Entries(pcecZip);
        // For a person to look at the printed file (pdftoppm -png): PCFCERT_TEST_RECORDS_DIR=/some/dir.
        if (Environment.GetEnvironmentVariable("PCFCERT_TEST_RECORDS_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            await File.WriteAllBytesAsync(Path.Combine(dir, $"{GetType().Name}-cec.zip"), CecZip);
            await File.WriteAllBytesAsync(Path.Combine(dir, $"{GetType().Name}-pcec.zip"), pcecZip);
        }
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private static async Task<byte[]> Archive(TestClient manager, Guid id)
    {
        var response = await manager.Http.GetAsync($"/api/v1/applications/{id}/records/archive.zip");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"archive: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static IReadOnlyDictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}

public sealed class SqliteRecordFiles : RecordFiles
{
    public override PcfCertHost Host { get; } = new SealedSqliteHost();
}

public sealed class PostgreSqlRecordFiles : RecordFiles
{
    public override PcfCertHost Host { get; } = new SealedPostgreSqlHost();
}

/// <summary>The CEC seal configured as an image file with a named signatory; PCEC left to the drawn seal and a blank line.</summary>
public static class SealSettings
{
    public const string Signatory = "王签发";

    public static readonly string Image = Path.Combine(Path.GetTempPath(), $"pcfcert-seal-{Guid.NewGuid():N}.png");

    public static void Apply(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        if (!File.Exists(Image))
        {
            // Any PNG will do as the body's seal image; a QR code is one QRCoder draws without more dependencies.
            using var qr = new QRCoder.QRCodeGenerator();
            using var data = qr.CreateQrCode("seal", QRCoder.QRCodeGenerator.ECCLevel.L);
            File.WriteAllBytes(Image, new QRCoder.PngByteQRCode(data).GetGraphic(4));
        }
        builder.UseSetting($"Certificates:Seals:{RecordFileScenario.Cec}:ImagePath", Image);
        builder.UseSetting($"Certificates:Seals:{RecordFileScenario.Cec}:Signatory", Signatory);
    }
}

public sealed class SealedSqliteHost : SqliteHost
{
    protected override void ConfigureTestHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) => SealSettings.Apply(builder);
}

public sealed class SealedPostgreSqlHost : PostgreSqlHost
{
    protected override void ConfigureTestHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) => SealSettings.Apply(builder);
}

/// <summary>All record test classes of a provider share one fixture, so each document is printed once per provider.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteRecordsCollection : ICollectionFixture<SqliteRecordFiles>
{
    public const string Name = "records on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlRecordsCollection : ICollectionFixture<PostgreSqlRecordFiles>
{
    public const string Name = "records on PostgreSQL";
}
