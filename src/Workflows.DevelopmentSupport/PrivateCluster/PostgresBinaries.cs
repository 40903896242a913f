namespace Astra.Workflows.DevelopmentSupport.PrivateCluster;

/// <summary>Locates the PostgreSQL server programs (initdb, pg_ctl, postgres) on this machine.</summary>
public sealed record PostgresBinaries(string BinDirectory)
{
    public const string DebianPackage = "postgresql-15";

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    /// <summary>
    /// PATH first (an operator's explicit choice), then the Debian layout, newest major version first.
    /// A directory only counts when it holds the server itself too, because pg_ctl starts the
    /// <c>postgres</c> that sits beside it.
    /// </summary>
    public static PostgresBinaries Locate()
    {
        var candidates = new List<string>();
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        candidates.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            candidates.AddRange(Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin")));
        }

        foreach (var dir in candidates)
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"))
                && File.Exists(Path.Combine(dir, "postgres")))
            {
                return new PostgresBinaries(dir);
            }
        }

        throw new PrivatePostgresException(
            "PostgreSQL server programs (initdb, pg_ctl, postgres) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
            $"Install them with: apt-get install -y {DebianPackage}  (or set ConnectionStrings:Astra to an existing server).");
    }
}
