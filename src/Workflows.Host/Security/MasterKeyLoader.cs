using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.Host.Security;

/// <summary>
/// Finds the master key: <c>Astra:Security:MasterKey</c> (base64) or <c>Astra:Security:MasterKeyFile</c>.
/// Development and Testing fall back to a generated key in <c>.data/master.key</c> (gitignored); anywhere else a
/// missing key stops the host, because data sealed under a throwaway key would be lost on the next start.
/// </summary>
internal static class MasterKeyLoader
{
    public const string KeySetting = "Astra:Security:MasterKey";
    public const string FileSetting = "Astra:Security:MasterKeyFile";

    public static MasterKey Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var inline = configuration[KeySetting];
        if (!string.IsNullOrWhiteSpace(inline))
        {
            return MasterKey.FromBase64(inline);
        }

        var file = configuration[FileSetting];
        if (!string.IsNullOrWhiteSpace(file))
        {
            return FromFile(Path.GetFullPath(file, environment.ContentRootPath));
        }

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"No master key: set {FileSetting} (a file holding 32 random bytes in base64) or {KeySetting}. " +
                "The service does not start without it in this environment.");
        }

        return LoadOrCreate(Path.Combine(environment.ContentRootPath, ".data", "master.key"));
    }

    public static MasterKey FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The master key file {path} does not exist.");
        }

        return MasterKey.FromBase64(File.ReadAllText(path));
    }

    /// <summary>Creates the file only if absent (owner-only permissions), so parallel hosts agree on one key.</summary>
    public static MasterKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            CreateKeyFile(path);
        }

        return FromFile(path);
    }

    /// <summary>Writes a fresh key; the move is atomic and refuses to overwrite, so an existing key is never lost.</summary>
    public static bool CreateKeyFile(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".master-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(MasterKey.GenerateBase64());
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }
    }
}
