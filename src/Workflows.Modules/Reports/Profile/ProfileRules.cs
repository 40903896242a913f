using System.Globalization;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Reports.Profile;

/// <summary>
/// Checks a profile against the code lists and applies it to the stored row. Errors are keyed by the JSON path
/// (<c>identification.by</c>, <c>exploitation[1]</c>). A full profile (PUT) must give sex, ageGroup, exploitation
/// and identification; a partial one (a workflow's <c>case.profile.set</c>) changes only what it gives.
/// </summary>
internal static class ProfileRules
{
    public static Dictionary<string, string[]> Validate(CaseProfileDto profile, bool partial)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Code(errors, "sex", profile.Sex, ProfileCodes.Sexes, required: !partial);
        Code(errors, "ageGroup", profile.AgeGroup, ProfileCodes.AgeGroups, required: !partial);
        if (profile.Citizenship is { } citizenship && !CountryCodes.IsKnown(citizenship))
        {
            errors["citizenship"] = [$"'{citizenship}' is not an ISO 3166-1 alpha-2 country code (e.g. RS, UA); null when unknown."];
        }

        if (profile.Exploitation is null && !partial)
        {
            errors["exploitation"] = ["exploitation is required (an empty list when none is known)."];
        }

        for (var i = 0; i < (profile.Exploitation?.Count ?? 0); i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"exploitation[{i}]");
            Code(errors, key, profile.Exploitation![i], ProfileCodes.Exploitations, required: true);
            if (profile.Exploitation.Take(i).Contains(profile.Exploitation[i], StringComparer.Ordinal))
            {
                errors[key] = [$"'{profile.Exploitation[i]}' is listed twice."];
            }
        }

        Code(errors, "place", profile.Place, ProfileCodes.Places, required: false);
        Code(errors, "referralSource", profile.ReferralSource, ProfileCodes.ReferralSources, required: false);
        Identification(errors, profile.Identification, partial);
        return errors;
    }

    public static void Apply(CaseProfileEntity row, CaseProfileDto profile, bool partial)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(profile);
        row.Sex = profile.Sex ?? row.Sex;
        row.AgeGroup = profile.AgeGroup ?? row.AgeGroup;
        row.Exploitation = profile.Exploitation?.ToList() ?? row.Exploitation;
        // In a partial change null means "not given"; in a full one it means unknown.
        row.Citizenship = partial ? profile.Citizenship ?? row.Citizenship : profile.Citizenship;
        row.Place = partial ? profile.Place ?? row.Place : profile.Place;
        row.ReferralSource = partial ? profile.ReferralSource ?? row.ReferralSource : profile.ReferralSource;
        if (profile.Identification is { } identification)
        {
            row.IdentificationStatus = identification.Status!;
            row.IdentifiedOn = identification.On;
            row.IdentifiedBy = identification.By;
        }

        row.CountedOn = row.IdentifiedOn ?? row.CaseOpenedOn;
    }

    public static CaseProfileDto ToDto(CaseProfileEntity row) => new(
        row.Sex,
        row.AgeGroup,
        row.Citizenship,
        row.Exploitation,
        row.Place,
        new IdentificationDto(row.IdentificationStatus, row.IdentifiedOn, row.IdentifiedBy),
        row.ReferralSource);

    private static void Identification(Dictionary<string, string[]> errors, IdentificationDto? identification, bool partial)
    {
        if (identification is null)
        {
            if (!partial)
            {
                errors["identification"] = ["identification is required ({ \"status\": \"potential\" } until a formal decision)."];
            }

            return;
        }

        Code(errors, "identification.status", identification.Status, ProfileCodes.IdentificationStatuses, required: true);
        Code(errors, "identification.by", identification.By, ProfileCodes.Identifiers, required: false);
        if (identification.Status == ProfileCodes.FormallyIdentified)
        {
            if (identification.On is null)
            {
                errors["identification.on"] = ["The date of the formal identification is required."];
            }

            if (identification.By is null)
            {
                errors.TryAdd("identification.by", ["Who identified (stateCentre or socialWork) is required."]);
            }
        }
        else if (identification.Status == ProfileCodes.Potential && (identification.On is not null || identification.By is not null))
        {
            errors[identification.On is not null ? "identification.on" : "identification.by"] = ["A potential victim has no identification date or identifier."];
        }
    }

    private static void Code(Dictionary<string, string[]> errors, string field, string? value, IReadOnlyList<string> codes, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors[field] = [$"{field} is required: one of {string.Join(", ", codes)}."];
            }

            return;
        }

        if (!codes.Contains(value, StringComparer.Ordinal))
        {
            errors[field] = [$"'{value}' is not a {field} code; use one of {string.Join(", ", codes)}."];
        }
    }
}
