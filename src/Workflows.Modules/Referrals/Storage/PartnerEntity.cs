namespace Astra.Workflows.Modules.Referrals.Storage;

/// <summary>A partner organisation ASTRA refers clients to or receives them from. Never deleted: referrals name it.</summary>
public sealed class PartnerEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>One of <see cref="Catalogue.PartnerKinds.All"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;

    /// <summary>Keys of the service catalogue the partner offers.</summary>
    public List<string> Services { get; set; } = [];

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>Languages the partner works in (en, sr-Latn, sr-Cyrl or others); the first supported one is its page's.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Whether referrals go out by e-mail with an answer link; otherwise the case manager phones.</summary>
    public bool AnswersOnline { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>Seeded demo data, so a real deployment can tell it apart and deactivate it.</summary>
    public bool Demo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
