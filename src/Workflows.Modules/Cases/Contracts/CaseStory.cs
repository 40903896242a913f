namespace Astra.Workflows.Modules.Cases.Contracts;

/// <summary>
/// One thing that happened on a case, as people tell it: a text key the web app words in the reader's language
/// (<c>story.hearingRescheduled</c>) with its arguments (<c>kind</c>, <c>startsAt</c>), when, and who did it
/// (null: nobody in particular, such as a partner's answer or a timer). Arguments hold codes, dates (ISO 8601) and
/// names the team already sees on the case page; never the client's identity or a note's text.
/// </summary>
public sealed record CaseStoryEntry(DateTimeOffset At, string Key, IReadOnlyDictionary<string, string> Args, Guid? ActorId);

/// <summary>
/// What a module tells about a case for its readable timeline. Each module implements it over its own storage
/// (Cases never reads another module's tables) and registers it with <c>services.AddScoped&lt;ICaseStorySource, …&gt;()</c>.
/// Called within the request's context, so need-to-know applies; return at most <paramref name="limit"/> entries, newest first.
/// </summary>
public interface ICaseStorySource
{
    Task<IReadOnlyList<CaseStoryEntry>> ForCaseAsync(Guid caseId, int limit, CancellationToken cancellationToken);
}

/// <summary>Builds an entry's arguments, leaving out those without a value.</summary>
public static class StoryArgs
{
    public static IReadOnlyDictionary<string, string> Of(params (string Name, string? Value)[] args) =>
        args.Where(a => !string.IsNullOrEmpty(a.Value)).ToDictionary(a => a.Name, a => a.Value!, StringComparer.Ordinal);

    public static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    public static string Iso(DateOnly on) => on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
