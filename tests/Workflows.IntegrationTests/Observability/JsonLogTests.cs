using System.Text.Json;
using Astra.Workflows.IntegrationTests.Hardening;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Astra.Workflows.IntegrationTests.Observability;

/// <summary>Issue 23 item 5: a Production host logs one JSON object per line, without scopes (a request scope carries the path).</summary>
public sealed class JsonLogTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_production_host_writes_json_lines_without_scopes()
    {
        var console = new StringWriter();
        var original = Console.Out;
        // The console logger takes Console.Out when the host starts; tests in this assembly never run side by side.
        Console.SetOut(TextWriter.Synchronized(console));
        try
        {
            await using (var host = StagingHost.Create(Factory, ("environment", "Production")))
            {
                var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Astra.ObservabilityTest");
                using (logger.BeginScope("RequestPath: /r/partner-secret-link"))
                {
                    logger.LogWarning("Metrics check {Number}", 42);
                }
            }
        }
        finally
        {
            Console.SetOut(original);
        }

        var line = Assert.Single(console.ToString().Split('\n'), l => l.Contains("Astra.ObservabilityTest", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Warning", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("Metrics check 42", json.RootElement.GetProperty("Message").GetString());
        Assert.Equal(42, json.RootElement.GetProperty("State").GetProperty("Number").GetInt32());
        Assert.EndsWith("Z", json.RootElement.GetProperty("Timestamp").GetString(), StringComparison.Ordinal);
        Assert.False(json.RootElement.TryGetProperty("Scopes", out _));
        Assert.DoesNotContain("partner-secret-link", console.ToString(), StringComparison.Ordinal);
    }
}
