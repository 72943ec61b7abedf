using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// Behind the reverse proxy (deploy/nginx, docs/decisions/0025) the connection comes from the proxy, so the
/// client's address (sign-in rate limit, request log) and scheme (secure cookies, HSTS) are read from
/// X-Forwarded-For and X-Forwarded-Proto, but only when the connection comes from a trusted proxy: anyone else
/// could write those headers themselves. Trusted are the addresses in <c>MunicipalPress:ForwardedHeaders:KnownProxies</c>
/// and the networks (CIDR) in <c>…:KnownNetworks</c>, comma-separated; when neither is set, loopback only (a proxy
/// on the same machine, ASP.NET Core's default).
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("MunicipalPress:ForwardedHeaders");
        var proxies = Split(section["KnownProxies"]).Select(IPAddress.Parse).ToList();
        var networks = Split(section["KnownNetworks"]).Select(System.Net.IPNetwork.Parse).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            if (proxies.Count > 0 || networks.Count > 0)
            {
                // The configured proxy instead of loopback: in a container, loopback is the app itself.
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
            }

            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy in front: the right-most address it appends is the client's, whatever the client wrote before it.
            options.ForwardLimit = 1;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
