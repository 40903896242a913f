namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>
/// A user's calendar feed credential, stored only as the SHA-256 of the token (looked up by that hash). The token is
/// recomputed from the nonce and a key derived from the master key, which the database never holds; rotating replaces
/// the row, so the old URL stops resolving.
/// </summary>
public sealed class CalendarFeedTokenEntity
{
    public Guid UserId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = string.Empty;

    public string Nonce { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
