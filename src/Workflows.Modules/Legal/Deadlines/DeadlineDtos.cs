using System.Text.Json.Serialization;

namespace Astra.Workflows.Modules.Legal.Deadlines;

/// <param name="Label">The name in the reader's language (Accept-Language, else their saved language).</param>
/// <param name="Labels">The name in all three languages, for pages that switch language without asking again and for the admin form.</param>
public sealed record DeadlineKindResponse(string Key, string Label, int Days, bool Hard, DeadlineKindLabelsResponse Labels);

/// <param name="SrCyrlDerived">True when the Cyrillic is transliterated from the Latin rather than entered.</param>
public sealed record DeadlineKindLabelsResponse(string En, string SrLatn, string SrCyrl, bool SrCyrlDerived);

/// <param name="LabelSrCyrl">Optional: left out (null), it is derived from <paramref name="LabelSrLatn"/>.</param>
/// <remarks>Unknown members are refused, so a client still sending the old single <c>label</c> hears of it.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateDeadlineKindRequest(string? LabelEn, string? LabelSrLatn, string? LabelSrCyrl, int? Days, bool? Hard);

public sealed record CreateDeadlineRequest(string? Kind, DateOnly? ServedOn);

public sealed record DeadlineResponse(Guid Id, string Kind, DateOnly ServedOn, DateOnly DueOn, bool Hard, string Status, Guid ProceedingId, string CaseCode)
{
    /// <summary>Open deadlines only: ASTRA's working days from today to <see cref="DueOn"/>, both counted (0 when passed).</summary>
    public int? WorkingDaysLeft { get; init; }
}
