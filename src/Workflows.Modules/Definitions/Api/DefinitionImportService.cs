namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>
/// Runs the import when the host starts. Hosted services start inside <c>app.RunAsync</c>, after Program.cs has
/// migrated the database, and before the host reports itself started, so the first request sees the files.
/// </summary>
internal sealed partial class DefinitionImportService(
    DefinitionImporter importer,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DefinitionImportService> logger) : IHostedService
{
    public const string EnabledSetting = "Astra:Definitions:ImportOnStartup";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(EnabledSetting, true))
        {
            return;
        }

        var directory = DefinitionsDirectory.Find(configuration, environment);
        if (directory is null)
        {
            LogNoDirectory(DefinitionsDirectory.Setting);
            return;
        }

        try
        {
            var results = await importer.ImportAsync(directory, cancellationToken);
            var published = results.Count(r => r.Outcome == DefinitionImportOutcome.Published);
            LogDone(directory, results.Count, published);
        }
#pragma warning disable CA1031 // A failed import (e.g. the database briefly away) must not stop the host; designers can still work.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(e, directory);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "No definitions folder found (set {Setting} to import workflow files)")]
    private partial void LogNoDirectory(string setting);

    [LoggerMessage(Level = LogLevel.Information, Message = "Definition import from {Directory}: {Files} file(s), {Published} published")]
    private partial void LogDone(string directory, int files, int published);

    [LoggerMessage(Level = LogLevel.Error, Message = "Definition import from {Directory} failed; the host continues without it")]
    private partial void LogFailed(Exception exception, string directory);
}
