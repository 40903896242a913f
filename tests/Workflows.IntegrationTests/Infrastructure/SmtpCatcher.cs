using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace Astra.Workflows.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server (maildev, installed by eng/test.sh into eng/maildev) on free loopback ports; tests read
/// received messages back through its REST API.
/// </summary>
public sealed class SmtpCatcher : IAsyncDisposable
{
    private readonly Process process;
    private readonly HttpClient web;

    private SmtpCatcher(Process process, int smtpPort, int webPort)
    {
        this.process = process;
        SmtpPort = smtpPort;
        web = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}") };
    }

    public int SmtpPort { get; }

    public static async Task<SmtpCatcher> StartAsync()
    {
        var script = Path.Combine(RepositoryPaths.Root, "eng", "maildev", "node_modules", "maildev", "bin", "maildev");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"maildev is not installed at {script}; run eng/test.sh (it runs npm ci in eng/maildev).");
        }

        var smtpPort = FreePort();
        var webPort = FreePort();
        var start = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { script, "--smtp", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--web", webPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--ip", "127.0.0.1", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var catcher = new SmtpCatcher(process, smtpPort, webPort);
        await catcher.WaitUntilReadyAsync();
        return catcher;
    }

    public async Task<IReadOnlyList<CaughtMail>> MessagesAsync() =>
        await web.GetFromJsonAsync<List<CaughtMail>>("/email") ?? [];

    /// <summary>Polls until a message for <paramref name="to"/> arrives; delivery through a queue is not instant.</summary>
    public async Task<CaughtMail> WaitForMessageToAsync(string to, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var match = (await MessagesAsync()).FirstOrDefault(m => m.To.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)));
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {to} within {timeout.TotalSeconds:0} s.");
    }

    public async Task ClearAsync() => (await web.DeleteAsync("/email/all")).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        web.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var smtp = new TcpClient();
                await smtp.ConnectAsync(IPAddress.Loopback, SmtpPort);
                (await web.GetAsync("/email")).EnsureSuccessStatusCode();
                return;
            }
            catch (Exception e) when ((e is SocketException or HttpRequestException) && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"maildev exited with code {process.ExitCode}.", e);
                }

                await Task.Delay(200);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed record CaughtAddress(
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("name")] string? Name);

public sealed record CaughtMail(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("to")] IReadOnlyList<CaughtAddress> To,
    [property: JsonPropertyName("from")] IReadOnlyList<CaughtAddress> From,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("html")] string? Html);
