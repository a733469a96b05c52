namespace PcfCert.Web.Features.Notifications;

/// <summary>Notification duties; bound from <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public bool Enabled { get; set; } = true;

    /// <summary>How often deadline notices are raised and the outbox is mailed.</summary>
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>A deadline this many days away (or nearer) is announced once to whoever has to act.</summary>
    public int DeadlineDaysBefore { get; set; } = 7;
}
