namespace Astra.Workflows.Modules.Platform.Identity;

/// <summary>
/// The UI languages a user may choose, kept as an Identity user claim (<c>astra:language</c>) so it needs no column;
/// here because the current user, the users module and the mail renderer all read it.
/// </summary>
public static class UserLanguages
{
    public const string ClaimType = "astra:language";

    public static IReadOnlyList<string> All { get; } = ["en", "sr-Latn", "sr-Cyrl"];

    /// <summary>The value if it is a supported language, else null (the web app then keeps the device's choice).</summary>
    public static string? Supported(string? value) => value is not null && All.Contains(value, StringComparer.Ordinal) ? value : null;
}
