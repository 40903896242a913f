using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;

namespace Astra.Workflows.Modules.Cases.Clients;

/// <summary>Checks the optional <c>client</c> object of a new case; error keys name the field as sent.</summary>
internal static class ClientValidation
{
    private const int MaxText = 200;
    private const int MaxItems = 20;

    public static Dictionary<string, string[]> Validate(ClientIdentity client, TimeProvider time) => Validate(client, time, "client.");

    /// <summary><paramref name="prefix"/> is how the identity's fields are named in the request ("client." or none).</summary>
    public static Dictionary<string, string[]> Validate(ClientIdentity client, TimeProvider time, string prefix)
    {
        var named = Validate(client, time, new Dictionary<string, string[]>());
        return named.ToDictionary(e => prefix + e.Key["client.".Length..], e => e.Value);
    }

    private static Dictionary<string, string[]> Validate(ClientIdentity client, TimeProvider time, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(client.FullName))
        {
            errors["client.fullName"] = ["A client's full name is required; leave out 'client' for an anonymous contact."];
        }

        CheckLength(errors, "client.fullName", client.FullName);
        CheckLength(errors, "client.nationality", client.Nationality);
        if (client.DateOfBirth is { } born && born > OrganisationTime.Today(time))
        {
            errors["client.dateOfBirth"] = ["The date of birth is in the future."];
        }

        CheckList(errors, "client.documents", client.Documents, (d, at) =>
        {
            Require(errors, $"{at}.type", d?.Type);
            Require(errors, $"{at}.number", d?.Number);
        });
        CheckList(errors, "client.contacts", client.Contacts, (c, at) =>
        {
            Require(errors, $"{at}.type", c?.Type);
            Require(errors, $"{at}.value", c?.Value);
        });
        if (client.Address is { } address)
        {
            CheckLength(errors, "client.address.street", address.Street);
            CheckLength(errors, "client.address.city", address.City);
            CheckLength(errors, "client.address.postalCode", address.PostalCode);
            CheckLength(errors, "client.address.country", address.Country);
        }

        return errors;
    }

    private static void CheckList<T>(Dictionary<string, string[]> errors, string field, IReadOnlyList<T>? items, Action<T, string> check)
    {
        if (items is null)
        {
            return;
        }

        if (items.Count > MaxItems)
        {
            errors[field] = [$"At most {MaxItems} entries."];
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            check(items[i], $"{field}[{i}]");
        }
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["Required."];
        }

        CheckLength(errors, field, value);
    }

    private static void CheckLength(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (value is { Length: > MaxText })
        {
            errors[field] = [$"At most {MaxText} characters."];
        }
    }
}
