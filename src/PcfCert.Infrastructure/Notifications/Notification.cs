namespace PcfCert.Infrastructure.Notifications;

/// <summary>
/// One in-app notice for one user, which is also the mail outbox: <see cref="MailedAt"/> is null until the notice has
/// been claimed for sending. The text is a string key and its arguments, so it is shown in the reader's language.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    /// <summary>Unique: the same event never notifies the same user twice, even from two app instances.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Recipient (identity user id).</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>String key of the sentence; <c>{0}</c> is <see cref="Reference"/>, <c>{1}</c> <see cref="Party"/>, <c>{2}</c> <see cref="Detail"/>.</summary>
    public string TextKey { get; set; } = string.Empty;

    /// <summary>Application or certificate number.</summary>
    public string Reference { get; set; } = string.Empty;

    /// <summary>The organisation concerned.</summary>
    public string Party { get; set; } = string.Empty;

    /// <summary>A date or another short detail the sentence names.</summary>
    public string? Detail { get; set; }

    /// <summary>Local path of the page where the action is, e.g. <c>/Applications/Details/{id}#accept</c>.</summary>
    public string Link { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? MailedAt { get; set; }
}
