using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Astra.Workflows.IntegrationTests.Observability;

/// <summary>A GET of /metrics as a given remote address would send it, and the Prometheus text it answers.</summary>
internal static class Scrape
{
    public const string Loopback = "127.0.0.1";
    public const string Remote = "203.0.113.5";

    public static async Task<(int Status, string Body)> GetAsync(TestServer server, string from, string? bearer = null, string? forwardedFor = null)
    {
        var context = await server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            c.Request.Method = HttpMethods.Get;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("localhost");
            c.Request.Path = "/metrics";
            if (bearer is not null)
            {
                c.Request.Headers.Authorization = "Bearer " + bearer;
            }

            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }

    /// <summary>Samples of the Prometheus text format: <c>name{labels} value</c>, comments skipped.</summary>
    public static IReadOnlyList<Sample> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(ParseLine)
            .ToList();

    /// <summary>The sum of every series of <paramref name="name"/> whose labels contain <paramref name="label"/> (all series when null).</summary>
    public static double Sum(this IReadOnlyList<Sample> samples, string name, string? label = null) =>
        samples.Where(s => s.Name == name && (label is null || s.Labels.Contains(label, StringComparison.Ordinal))).Sum(s => s.Value);

    public static bool Has(this IReadOnlyList<Sample> samples, string name, string? label = null) =>
        samples.Any(s => s.Name == name && (label is null || s.Labels.Contains(label, StringComparison.Ordinal)));

    private static Sample ParseLine(string line)
    {
        var open = line.IndexOf('{', StringComparison.Ordinal);
        var close = line.LastIndexOf('}');
        var (name, labels, rest) = open >= 0 && close > open
            ? (line[..open], line[(open + 1)..close], line[(close + 1)..])
            : (line[..line.IndexOf(' ', StringComparison.Ordinal)], string.Empty, line[line.IndexOf(' ', StringComparison.Ordinal)..]);
        var value = rest.Trim().Split(' ')[0];
        return new Sample(name, labels, double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN);
    }

    internal sealed record Sample(string Name, string Labels, double Value);
}
