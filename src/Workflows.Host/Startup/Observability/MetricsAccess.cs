using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Astra.Workflows.Host.Startup.Observability;

/// <summary>
/// The gate in front of the metrics endpoint: a request is answered when it carries the configured bearer token, or
/// when it comes from this machine and through no proxy. Anything else gets 404, as if there were no endpoint.
/// </summary>
internal static class MetricsAccess
{
    // A proxy on this machine (nginx) connects from loopback: what it forwards is someone else's request, whether or
    // not the app trusts the proxy's headers (a trusted proxy's X-Forwarded-For is moved to X-Original-For).
    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "X-Original-For", "Forwarded", "X-Real-IP"];

    public static bool Allows(HttpContext http, string? token) =>
        HasToken(http, token) || FromThisMachine(http);

    public static RequestDelegate Gate(RequestDelegate next, string? token) => http =>
    {
        if (Allows(http, token))
        {
            return next(http);
        }

        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    };

    private static bool FromThisMachine(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address)
        {
            return false;
        }

        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IPAddress.IsLoopback(ip) && !ProxyHeaders.Any(h => http.Request.Headers.ContainsKey(h));
    }

    private static bool HasToken(HttpContext http, string? token)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        string? header = http.Request.Headers.Authorization;
        if (header is null || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashes of equal length, compared in constant time: the answer's timing tells nothing about the token.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim())),
            SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
