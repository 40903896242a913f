using System.Diagnostics;

namespace Astra.Workflows.DevelopmentSupport.PrivateCluster;

/// <summary>Runs the cluster's programs, as the <c>postgres</c> user when this process is root (initdb refuses root).</summary>
internal static class CommandRunner
{
    public const string ServiceUser = "postgres";

    public static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IEnumerable<string> arguments, string workingDirectory, bool asServiceUser, TimeSpan timeout)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (asServiceUser && RunsAsRoot)
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(ServiceUser);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new PrivatePostgresException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new PrivatePostgresException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }

    public static async Task RunCheckedAsync(
        string program, IEnumerable<string> arguments, string workingDirectory, bool asServiceUser, TimeSpan timeout)
    {
        var (exitCode, output) = await RunAsync(program, arguments, workingDirectory, asServiceUser, timeout);
        if (exitCode != 0)
        {
            throw new PrivatePostgresException(
                $"{Path.GetFileName(program)} failed with exit code {exitCode}: {output.Trim()}");
        }
    }
}
