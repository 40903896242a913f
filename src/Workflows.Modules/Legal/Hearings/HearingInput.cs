using System.Globalization;
using System.Text.RegularExpressions;
using Astra.Workflows.Modules.Legal.Proceedings;

namespace Astra.Workflows.Modules.Legal.Hearings;

internal static partial class HearingInput
{
    /// <summary>A time without an offset is ambiguous around DST and between users' zones, so it is refused.</summary>
    public static Dictionary<string, string[]> Validate(HearingRequest request, out DateTimeOffset startsAt)
    {
        var errors = new Dictionary<string, string[]>();
        startsAt = default;
        if (request.StartsAt is null || !WithOffset().IsMatch(request.StartsAt)
            || !DateTimeOffset.TryParse(request.StartsAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out startsAt))
        {
            errors["startsAt"] = ["An ISO 8601 date and time with an offset is required, e.g. 2027-03-04T09:30:00+01:00."];
        }

        if (request.Kind is null || !ProceedingVocabulary.HearingKinds.Contains(request.Kind))
        {
            errors["kind"] = [$"Use one of: {string.Join(", ", ProceedingVocabulary.HearingKinds)}."];
        }

        if (request.Room is { Length: > 100 })
        {
            errors["room"] = ["At most 100 characters."];
        }

        if (request.Notes is { Length: > 4000 })
        {
            errors["notes"] = ["At most 4000 characters."];
        }

        return errors;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex WithOffset();
}
