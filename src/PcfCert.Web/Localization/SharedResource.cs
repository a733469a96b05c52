namespace PcfCert.Web.Localization;

/// <summary>Marker type: every UI string is looked up through <c>IStringLocalizer&lt;SharedResource&gt;</c>.</summary>
public sealed class SharedResource;
