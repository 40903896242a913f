using System.Globalization;
using Astra.Workflows.Modules.Hotline.Callers;
using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>A request checked and normalised: the values to store, the caller's index instead of the number.</summary>
internal sealed record ValidContact(
    DateTimeOffset OccurredAt,
    string Channel,
    string Direction,
    string CallerType,
    string? Language,
    List<string> Topics,
    List<string> Exploitation,
    List<string> Countries,
    string MinorInvolved,
    bool ImminentDanger,
    int DurationMinutes,
    string Outcome,
    string? CallerIndex,
    bool CallerGiven,
    string? Note,
    bool NoteGiven,
    DateTimeOffset? CallBackDueAt);

internal static class ContactValidation
{
    private static readonly HashSet<string> Regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return null; } })
        .OfType<string>()
        .Where(r => r.Length == 2 && r.All(char.IsAsciiLetterUpper))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Checks every field and answers all broken rules together. Absent fields take the defaults of a quick phone
    /// call (now, phone, incoming, unknown caller, no minor, no danger). On a correction, an absent caller number or
    /// note keeps the stored one and an empty string removes it, since neither can be read back to be re-sent.
    /// </summary>
    public static (ValidContact? Contact, Dictionary<string, string[]> Errors) Validate(ContactRequest request, MasterKey key, DateTimeOffset now, bool caseOpened = false)
    {
        var errors = new Dictionary<string, string[]>();
        var occurredAt = request.OccurredAt ?? now;
        if (occurredAt > now.AddMinutes(5))
        {
            // A few minutes of clock skew between the operator's device and the server are allowed.
            errors["occurredAt"] = ["The contact cannot be in the future."];
        }
        else if (occurredAt < now.AddYears(-30))
        {
            errors["occurredAt"] = ["The contact is older than the hotline."];
        }

        var channel = One(errors, "channel", request.Channel, ContactVocabulary.Channels, "phone");
        var direction = One(errors, "direction", request.Direction, ContactVocabulary.Directions, "incoming");
        var callerType = One(errors, "callerType", request.CallerType, ContactVocabulary.CallerTypes, "anonymous");
        var minor = One(errors, "minorInvolved", request.MinorInvolved, ContactVocabulary.MinorInvolved, "no");
        var outcome = One(errors, "outcome", request.Outcome, ContactVocabulary.Outcomes, "informationGiven");
        var topics = Many(errors, "topics", request.Topics, ContactVocabulary.Topics);
        var exploitation = Many(errors, "exploitation", request.Exploitation, ContactVocabulary.Exploitation);
        var countries = new List<string>();
        for (var i = 0; i < (request.Countries?.Count ?? 0); i++)
        {
            var code = request.Countries![i]?.Trim().ToUpperInvariant() ?? string.Empty;
            if (!Regions.Contains(code))
            {
                errors[$"countries[{i}]"] = [$"'{request.Countries[i]}' is not an ISO 3166-1 alpha-2 country code."];
            }
            else if (!countries.Contains(code))
            {
                countries.Add(code);
            }
        }

        var duration = request.DurationMinutes ?? 0;
        if (duration is < 0 or > ContactVocabulary.MaxDurationMinutes)
        {
            errors["durationMinutes"] = [$"Between 0 and {ContactVocabulary.MaxDurationMinutes} minutes."];
        }

        var language = string.IsNullOrWhiteSpace(request.Language) ? null : request.Language.Trim();
        if (language is not null && !IsLanguageTag(language))
        {
            errors["language"] = ["A language tag such as sr, en or sr-Latn."];
        }

        string? callerIndex = null;
        var callerGiven = request.CallerNumber is not null;
        if (!string.IsNullOrWhiteSpace(request.CallerNumber) && !CallerNumbers.TryIndex(request.CallerNumber, key, out callerIndex))
        {
            // The message never repeats the value: it is a phone number.
            errors["callerNumber"] = ["Not a phone number."];
        }

        if (request.CallBackDueAt is not null && outcome != ContactVocabulary.CallBack)
        {
            errors["callBackDueAt"] = ["Only a contact whose outcome is callBack has a call-back time."];
        }

        if (outcome == ContactVocabulary.CaseOpened && !caseOpened)
        {
            errors["outcome"] = ["caseOpened is set by opening a case from the contact (POST /api/contacts/{id}/open-case)."];
        }

        if (caseOpened && outcome != ContactVocabulary.CaseOpened)
        {
            errors["outcome"] = ["A case was opened from this contact; its outcome stays caseOpened."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        return (new ValidContact(occurredAt, channel, direction, callerType, language, topics, exploitation, countries, minor, request.ImminentDanger ?? false,
            duration, outcome, callerIndex, callerGiven, note, request.Note is not null, request.CallBackDueAt), errors);
    }

    private static string One(Dictionary<string, string[]> errors, string field, string? value, IReadOnlyList<string> allowed, string fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            errors[field] = [$"Unknown value. Use one of: {string.Join(", ", allowed)}."];
            return fallback;
        }

        return value;
    }

    private static List<string> Many(Dictionary<string, string[]> errors, string field, IReadOnlyList<string>? values, IReadOnlyList<string> allowed)
    {
        var result = new List<string>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            var value = values![i];
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                errors[$"{field}[{i}]"] = [$"Unknown value. Use one of: {string.Join(", ", allowed)}."];
            }
            else if (!result.Contains(value, StringComparer.Ordinal))
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static bool IsLanguageTag(string tag) =>
        tag.Length <= 16 && tag.Split('-').All(p => p.Length is >= 2 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
}
