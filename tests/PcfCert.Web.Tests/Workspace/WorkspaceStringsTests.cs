using System.Globalization;
using System.Text.RegularExpressions;
using PcfCert.Web.Features.Inbox;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Tests.Workspace;

/// <summary>Keys the workspace composes at run time (kinds of work, tasks, notices) exist in both languages.</summary>
public sealed partial class WorkspaceStringsTests
{
    private static readonly StringCatalog Catalog = StringCatalog.LoadEmbedded();

    public static IEnumerable<object[]> Keys() =>
        Enum.GetValues<WorkKind>().Select(InboxViewComponent.KindKey)
            .Concat(Enum.GetNames<PcfCert.Web.Features.Applications.ApplicationStep>().Select(n => "Steps." + n))
            .Concat(PcfCert.Web.Features.Notifications.PublishApplicationNotice.Actions
                .Where(a => a is not "judge-rectification" and not "decide").Select(a => "Notice.Text." + a))
            .Concat(Directory.EnumerateFiles(Path.Combine(LocalizationTests.RepositoryRoot(), "src", "PcfCert.Web", "Features"), "*.cs", SearchOption.AllDirectories)
                .Where(f => f.Contains("Inbox") || f.Contains("Notifications"))
                .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)))
            .Distinct().Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Keys))]
    public void Key_exists_in_chinese_and_english(string key)
    {
        foreach (var culture in StringCatalog.Cultures)
        {
            Assert.NotNull(Catalog.Find(key, CultureInfo.GetCultureInfo(culture)));
        }
    }

    [GeneratedRegex("\"((?:Inbox\\.Task|Notice\\.Text)\\.[A-Za-z-]+)\"")]
    private static partial Regex KeyLiteral();
}
