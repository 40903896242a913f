using System.Text.Json;

namespace Astra.Workflows.Host.Startup.Observability;

/// <summary>
/// Console logs as one JSON object per line outside Development and Testing, for journald and a log shipper to parse.
/// Scopes stay off whatever the configuration says: ASP.NET Core's request scope carries the request path, and a
/// partner page's path is its secret link. Development keeps the readable console of appsettings.Development.json.
/// </summary>
internal static class JsonLogs
{
    public static ILoggingBuilder AddAstraConsoleLogs(this ILoggingBuilder logging, IHostEnvironment environment)
    {
        if (DevelopmentLike.Is(environment))
        {
            return logging;
        }

        return logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = false;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            o.JsonWriterOptions = new JsonWriterOptions { Indented = false };
        });
    }
}
