using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PcfCert.Web.Localization;

/// <summary>Looks strings up in the <see cref="StringCatalog"/> for the current UI culture.</summary>
public sealed class JsonStringLocalizer(StringCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = catalog.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var found = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, found.Value, arguments), found.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.All(CultureInfo.CurrentUICulture).Select(p => new LocalizedString(p.Key, p.Value));
}

public sealed class JsonStringLocalizerFactory(StringCatalog catalog) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(catalog);

    // One shared catalog: the type or base name only groups call sites, it does not select a file.
    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
