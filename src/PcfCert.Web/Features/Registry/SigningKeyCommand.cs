using PcfCert.Infrastructure.Certificates;

namespace PcfCert.Web.Features.Registry;

/// <summary>
/// Operator command of the web host: <c>signing-key rotate</c> adds a new registry signing key to the database and
/// exits. Every instance signs with it after its next key refresh (<c>Signing:KeyRefreshSeconds</c>); the earlier keys
/// stay in <c>/.well-known/jwks.json</c>, so signatures made with them still verify until they expire.
/// </summary>
public static class SigningKeyCommand
{
    public static bool Matches(string[] args) => args is ["signing-key", ..];

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, string[] args, CancellationToken ct = default)
    {
        if (args is not ["signing-key", "rotate"])
        {
            await output.WriteLineAsync("usage: signing-key rotate");
            return 2;
        }
        var kid = await services.GetRequiredService<RegistrySigner>().RotateAsync(ct);
        await output.WriteLineAsync($"New registry signing key {kid}; earlier keys stay published in /.well-known/jwks.json.");
        return 0;
    }
}
