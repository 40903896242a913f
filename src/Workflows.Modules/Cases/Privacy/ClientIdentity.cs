namespace Astra.Workflows.Modules.Cases.Privacy;

/// <summary>The client's identifying data; it exists in plaintext only in memory, between decryption and the response.</summary>
public sealed record ClientIdentity(
    string FullName,
    DateOnly? DateOfBirth,
    string? Nationality,
    IReadOnlyList<IdentityDocument>? Documents,
    IReadOnlyList<ClientContact>? Contacts,
    ClientAddress? Address);

public sealed record IdentityDocument(string Type, string Number);

public sealed record ClientContact(string Type, string Value);

public sealed record ClientAddress(string? Street, string? City, string? PostalCode, string? Country);
