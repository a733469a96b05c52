using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.ApiClients;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.ApiClients;

/// <summary>An administrator registers a client for one organisation; the secret is in the answer and nowhere else.</summary>
public sealed class RegisterApiClient(PcfCertDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(string? Name, Guid? OrganisationId, IReadOnlyList<string>? Scopes, string? CallbackUrl);

    public sealed record Registered(Guid Id, string ClientId, string ClientSecret, string Name, Guid OrganisationId, string Scopes, string? CallbackUrl);

    public async Task<Outcome<Registered>> Handle(Input input, CancellationToken ct)
    {
        if (!me.IsAdministrator)
        {
            return Outcome<Registered>.Forbidden(l["ApiClients.AdministratorOnly"]);
        }
        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors[nameof(Input.Name)] = [l["Validation.Required", l["ApiClients.Name"]]];
        }
        else if (name.Length > 200)
        {
            errors[nameof(Input.Name)] = [l["Validation.TooLong", l["ApiClients.Name"], 200]];
        }
        if (input.OrganisationId is not { } organisationId || !await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            errors[nameof(Input.OrganisationId)] = [l["ApiClients.UnknownOrganisation"]];
        }
        var scopes = (input.Scopes ?? []).SelectMany(s => ApiScopes.Parse(s)).Distinct().ToList();
        if (scopes.Count == 0 || scopes.Any(s => !ApiScopes.All.Contains(s)))
        {
            errors[nameof(Input.Scopes)] = [l["ApiClients.InvalidScopes", string.Join(", ", ApiScopes.All)]];
        }
        var callback = string.IsNullOrWhiteSpace(input.CallbackUrl) ? null : input.CallbackUrl.Trim();
        if (callback is not null && !IsCallbackUrl(callback))
        {
            errors[nameof(Input.CallbackUrl)] = [l["ApiClients.InvalidCallbackUrl"]];
        }
        if (errors.Count > 0)
        {
            return Outcome<Registered>.Invalid(errors);
        }
        var secret = ApiSecrets.NewSecret();
        var client = new ApiClient
        {
            Id = Guid.NewGuid(),
            ClientId = ApiSecrets.NewClientId(),
            Name = name!,
            OrganisationId = input.OrganisationId!.Value,
            Scopes = ApiScopes.Join(scopes),
            SecretHash = ApiSecrets.Hash(secret),
            CallbackUrl = callback,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = me.Name ?? me.Id ?? "?",
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(ct);
        return Outcome<Registered>.Ok(new Registered(client.Id, client.ClientId, secret, client.Name, client.OrganisationId, client.Scopes, client.CallbackUrl));
    }

    /// <summary>An absolute https URL, or http only to a loopback address (a receiver on the same machine).</summary>
    public static bool IsCallbackUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
