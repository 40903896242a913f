using Astra.Workflows.Benchmarks;
using Astra.Workflows.DevelopmentSupport.PrivateCluster;

// Raw PostgreSQL commits vs engine bursts on a fresh private cluster with fsync on. See README "Benchmarks".
var options = BenchmarkOptions.Parse(args);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the run unwind through its finally blocks so the cluster is stopped and its folder removed.
    e.Cancel = true;
    stop.Cancel();
};

const string FolderPrefix = "astra-pg-bench-";
var parent = Path.GetTempPath();
await PrivatePostgres.CleanUpAbandonedAsync(parent, FolderPrefix);
Console.WriteLine("starting a private PostgreSQL cluster…");
var cluster = await PrivatePostgres.StartAsync(
    new PrivatePostgresOptions(Path.Combine(parent, FolderPrefix + Guid.NewGuid().ToString("N")[..12]), DeleteOnStop: true), stop.Token);
AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
try
{
    if (options.Reports)
    {
        return await ReportsBenchmark.RunAsync(cluster, options, Console.Out, stop.Token);
    }

    if (options.Hotline)
    {
        return await HotlineBenchmark.RunAsync(cluster, options, Console.Out, stop.Token);
    }

    var connectionString = cluster.ConnectionStringFor(BenchmarkDatabase.Name);
    var stages = options.Stages ? new StageTimings() : null;
    await using var services = EngineServices.Build(connectionString, stages);
    await BenchmarkDatabase.CreateAsync(cluster.ConnectionString, connectionString, services, stop.Token);
    var facts = await MachineFacts.ReadAsync(cluster.ConnectionString, stop.Token);
    var counter = new CommitCounter(cluster.ConnectionString, BenchmarkDatabase.Name);
    var results = await new BenchmarkRun(connectionString, counter, services, options, Console.Out, stages).RunAsync(stop.Token);
    ReportPrinter.Print(Console.Out, facts, options, results);
    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("cancelled; stopping the cluster.");
    return 130;
}
finally
{
    await cluster.DisposeAsync();
}
