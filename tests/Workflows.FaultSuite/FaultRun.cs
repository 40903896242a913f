using Astra.Workflows.FaultSuite.Cluster;
using Astra.Workflows.FaultSuite.Scenario;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Astra.Workflows.FaultSuite;

/// <summary>Runs the scenario once for all the suite's checks and writes its figures (test output, a file, the runner's diagnostics).</summary>
public sealed class FaultRun(IMessageSink diagnostics) : IAsyncLifetime
{
    private FaultCluster? cluster;

    internal FaultFigures Figures { get; private set; } = new();

    public async Task InitializeAsync()
    {
        cluster = await FaultCluster.StartAsync();
        void Progress(string text)
        {
            var line = $"[fault-suite {DateTime.UtcNow:HH:mm:ss}] {text}";
            Console.Error.WriteLine(line);
            diagnostics.OnMessage(new DiagnosticMessage(line));
        }

        Figures = await new FaultScenario(cluster, Progress).RunAsync();
        var text = Figures.ToString();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(FaultSettings.FiguresFile))!);
        await File.WriteAllTextAsync(FaultSettings.FiguresFile, text);
        Progress("figures\n" + text);
    }

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}
