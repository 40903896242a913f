using System.Globalization;

namespace Astra.Workflows.Host.Operations;

/// <summary>
/// What <c>deploy/backup/astra-backup.sh</c> writes beside each dump (<c>FILE.manifest</c>): the dump's SHA-256 and
/// the row count of every table, counted in the very snapshot <c>pg_dump</c> dumped, so a restore must match exactly.
/// Lines: <c>sha256 HEX</c>, <c>rows SCHEMA.TABLE COUNT</c>; <c>#</c> starts a comment.
/// </summary>
internal sealed record BackupManifest(string Sha256, IReadOnlyDictionary<string, long> Rows)
{
    public static BackupManifest Read(string path)
    {
        string? sha = null;
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (parts)
            {
                case ["sha256", var hex]:
                    sha = hex.ToLowerInvariant();
                    break;
                case ["rows", var table, var count] when long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    rows[table] = n;
                    break;
                case ["file", _]:
                    break;
                default:
                    throw new InvalidDataException($"{path}: unreadable line '{line}'.");
            }
        }

        return sha is null || rows.Count == 0
            ? throw new InvalidDataException($"{path} names no sha256 or no table counts.")
            : new BackupManifest(sha, rows);
    }
}
