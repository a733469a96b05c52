using System.Globalization;
using PcfCert.Certification.Calendar;

namespace PcfCert.Web.Features.Records;

/// <summary>
/// Operator command of the web host: <c>records deletable [--on yyyy-MM-dd]</c> lists the certification files whose
/// retention period has passed (on the day given, default today in China) — what may be deleted — and exits.
/// </summary>
public static class RecordsCommand
{
    public static bool Matches(string[] args) => args is ["records", ..];

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, string[] args, CancellationToken ct = default)
    {
        if (args is not ["records", "deletable", .. var rest] || (rest.Length != 0 && rest is not ["--on", _]))
        {
            await output.WriteLineAsync("usage: records deletable [--on yyyy-MM-dd]");
            return 2;
        }
        DateOnly on;
        if (rest.Length == 0)
        {
            on = ChinaToday.From(services.GetRequiredService<TimeProvider>());
        }
        else if (!DateOnly.TryParseExact(rest[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
        {
            await output.WriteLineAsync($"--on: '{rest[1]}' is not a date (yyyy-MM-dd)");
            return 2;
        }
        using var scope = services.CreateScope();
        var list = await scope.ServiceProvider.GetRequiredService<ListDeletableRecords>().Handle(on, ct);
        await output.WriteLineAsync($"Certification files that may be deleted on {on:yyyy-MM-dd}: {list.Count}");
        await output.WriteLineAsync("application\tscheme\tended\tdeletable-from\tdocuments\tuploads\tid");
        foreach (var e in list)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{e.Number}\t{e.SchemeId}\t{e.EndedOn:yyyy-MM-dd}\t{e.DeletableFrom:yyyy-MM-dd}\t{e.Documents}\t{e.Files}\t{e.ApplicationId}"));
        }
        await output.WriteLineAsync("Delete one with DELETE /api/v1/applications/{id}/records (certification manager).");
        return 0;
    }
}
