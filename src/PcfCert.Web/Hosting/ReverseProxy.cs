using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PcfCert.Web.Hosting;

/// <summary>
/// Behind a reverse proxy the app sees the proxy's address; the proxy's X-Forwarded-For and X-Forwarded-Proto say who
/// the client is and whether it used HTTPS. They are believed only from trusted proxies: loopback by default, plus
/// <c>ReverseProxy:KnownProxies</c> (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR). The client address then
/// feeds the registry rate limit and the sign-in throttle; the scheme decides HSTS and Secure cookies.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = section.GetValue("ForwardLimit", 1);
            foreach (var address in section.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
