using System.Globalization;
using System.Text.Json;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// Anchors as small JSON files in <c>Astra:Security:AuditAnchorDirectory</c>, which should be a folder the database
/// server's administrators cannot write (another disk, a mount synchronised off the machine). One file per anchor,
/// never overwritten; the newest is the one with the highest row id (then time).
/// </summary>
internal sealed class AuditAnchorStore(string directory)
{
    public const string DirectorySetting = "Astra:Security:AuditAnchorDirectory";
    private const string Prefix = "audit-anchor-";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Directory { get; } = directory;

    public static AuditAnchorStore FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[DirectorySetting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new AuditAnchorStore(Path.GetFullPath(configured, environment.ContentRootPath));
        }

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"No audit anchor folder: set {DirectorySetting} to a folder outside the database server. The service does not start without it in this environment.");
        }

        return new AuditAnchorStore(Path.Combine(environment.ContentRootPath, ".data", "audit-anchors"));
    }

    public async Task<string> WriteAsync(AuditAnchor anchor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        System.IO.Directory.CreateDirectory(Directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{anchor.At:yyyyMMdd'T'HHmmssfff'Z'}-{anchor.RowId:D12}.json");
        var path = Path.Combine(Directory, name);
        if (File.Exists(path))
        {
            // Same row, same millisecond: the anchor is already written (two requests at once, or a retry).
            return path;
        }

        try
        {
            await using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write });
            await JsonSerializer.SerializeAsync(stream, anchor, Json, cancellationToken);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Lost the race to a request writing the same anchor; never overwritten, as the file's contract says.
        }

        return path;
    }

    /// <summary>The newest anchor, or null when none was written yet. An unreadable file is returned as an unsigned anchor, so verification reports it.</summary>
    public async Task<AuditAnchor?> ReadNewestAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return null;
        }

        AuditAnchor? newest = null;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, Prefix + "*.json"))
        {
            var anchor = await ReadAsync(file, cancellationToken);
            if (newest is null || anchor.RowId > newest.RowId || (anchor.RowId == newest.RowId && anchor.At > newest.At))
            {
                newest = anchor;
            }
        }

        return newest;
    }

    /// <summary>Test resets empty the log; their anchors go with it.</summary>
    public void DeleteAll()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(Directory, Prefix + "*.json"))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<AuditAnchor> ReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(file);
            return await JsonSerializer.DeserializeAsync<AuditAnchor>(stream, Json, cancellationToken)
                ?? Unreadable();
        }
        catch (JsonException)
        {
            return Unreadable();
        }
    }

    /// <summary>Ranks above every real anchor and fails its MAC: a damaged newest anchor must not pass silently.</summary>
    private static AuditAnchor Unreadable() => new(long.MaxValue, string.Empty, DateTimeOffset.MaxValue, string.Empty, string.Empty);
}
