using System.Security.Cryptography;
using PcfCert.Infrastructure.Files;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>Checks an upload (size, type by its first bytes, not its name) and stores it with its SHA-256.</summary>
public static class FileStore
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly (string Type, byte[] Magic)[] Signatures =
    [
        ("application/pdf", "%PDF-"u8.ToArray()),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        // .docx, .xlsx and .zip share the ZIP signature.
        ("application/zip", [0x50, 0x4B, 0x03, 0x04]),
    ];

    /// <summary>The content and its type by signature, or null when the file is empty, too large or of no allowed type.</summary>
    public static async Task<(byte[] Bytes, string Type)?> ReadCheckedAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var type = Signatures.FirstOrDefault(s => bytes.AsSpan().StartsWith(s.Magic)).Type;
        return type is null ? null : (bytes, type);
    }

    public static async Task<StoredFile> StoreAsync(ActionContext c, IFormFile file, string field)
    {
        var (stored, problem) = await TryStoreAsync(c, file);
        return stored ?? throw new ActionInputException(field, problem!);
    }

    /// <summary>
    /// Stores the file, or answers why not (the message key: empty, too large, not an allowed type) and stores nothing,
    /// so a form of several files can name every refused file at once.
    /// </summary>
    public static async Task<(StoredFile? Stored, string? Problem)> TryStoreAsync(ActionContext c, IFormFile file)
    {
        if (file.Length == 0)
        {
            return (null, "Validation.FileEmpty");
        }
        if (file.Length > MaxBytes)
        {
            return (null, "Validation.FileTooLarge");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var type = Signatures.FirstOrDefault(s => bytes.AsSpan().StartsWith(s.Magic)).Type;
        if (type is null)
        {
            return (null, "Validation.FileType");
        }
        var stored = Create(bytes, type, file.FileName, c.Application.OrganisationId, c.Actor.UserId, c.Now);
        c.Db.Files.Add(stored);
        return (stored, null);
    }

    /// <summary>A stored file of an organisation: the content with its SHA-256, under the name without any path.</summary>
    public static StoredFile Create(byte[] bytes, string type, string fileName, Guid organisationId, string userId, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = organisationId,
        FileName = Path.GetFileName(fileName),
        ContentType = type,
        Size = bytes.LongLength,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
        Content = bytes,
        UploadedBy = userId,
        UploadedAt = at,
    };
}
