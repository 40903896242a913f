using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Astra.Workflows.Benchmarks;

/// <summary>The real host (Release, Development environment for the demo users) on the benchmark's cluster.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    public const string Password = "Bench-Passw0rd-Astra!";
    private readonly Process process;

    private HostProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static HostProcess Start(string ownerConnectionString, string runtimeConnectionString, string masterKey)
    {
        var root = RepositoryRoot();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "run", "-c", "Release", "--project", Path.Combine(root, "src", "Workflows.Host"), "--no-launch-profile", "--urls", $"http://127.0.0.1:{port}" },
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Astra"] = runtimeConnectionString;
        start.Environment["ConnectionStrings__AstraOwner"] = ownerConnectionString;
        start.Environment["Astra__Demo__Seed"] = "true";
        start.Environment["Astra__Demo__Cases"] = "false";
        start.Environment["Astra__Demo__Password"] = Password;
        start.Environment["Astra__Security__RequireTwoFactor"] = "false";
        start.Environment["Astra__Security__SignInPermitsPerMinute"] = "1000";
        start.Environment["Astra__Security__MasterKey"] = masterKey;
        start.Environment["Smtp__Host"] = "127.0.0.1";
        start.Environment["Smtp__Port"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // Drained so a chatty host never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"host: {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
    }

    public async Task WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync("/health/ready", cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(1000, cancellationToken);
        }

        throw new TimeoutException("The host was not ready in time.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AstraWorkflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AstraWorkflows.sln not found above the benchmark's folder.");
    }
}
