namespace Astra.Workflows.Modules.Platform.Links;

/// <summary>
/// The address the host is reached at, the base of every link sent out (e-mails, calendar feeds). One value for the
/// whole host: <c>Astra:PublicUrl</c>, else <c>Astra:Notifications:PublicUrl</c> (the older key), else the local default.
/// </summary>
public sealed record PublicUrl(string Base)
{
    public const string Default = "http://localhost:5080";

    /// <summary><paramref name="path"/> (without a leading slash) under the public address.</summary>
    public string Link(string path) => $"{Base.TrimEnd('/')}/{path}";

    public static PublicUrl FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(configuration["Astra:PublicUrl"] is { Length: > 0 } url ? url
            : configuration["Astra:Notifications:PublicUrl"] is { Length: > 0 } older ? older
            : Default);
    }
}
