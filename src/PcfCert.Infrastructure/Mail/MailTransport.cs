using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PcfCert.Infrastructure.Mail;

/// <summary>Mail settings; bound from <c>Mail</c>. Without an SMTP host, messages go to a pickup directory as .eml files.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Sender address.</summary>
    public string From { get; set; } = "noreply@pcfcert.local";

    /// <summary>SMTP server; empty to write to <see cref="PickupDirectory"/> instead.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Where messages are written when no SMTP host is set (an operator or a mail relay picks them up).</summary>
    public string PickupDirectory { get; set; } = "data/mail";
}

/// <summary>Sends one message.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>Writes each message as an RFC 5322 .eml file, named after its Message-Id.</summary>
public sealed class PickupDirectoryTransport(string directory) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}.eml");
        // Written under a temporary name and moved, so a relay never picks up half a message.
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, path);
    }
}

/// <summary>Delivers through an SMTP server with MailKit (STARTTLS when the server offers it).</summary>
public sealed class SmtpTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(options.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not set."), options.SmtpPort, SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? string.Empty, ct);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
