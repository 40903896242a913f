namespace Astra.Workflows.Engine.Calendar;

/// <summary>Days the organisation itself is closed (e.g. between Christmas and New Year), on top of public holidays.</summary>
/// <remarks>
/// Called for every day a deadline computation passes, so implementations backed by storage should cache
/// per year and return a set that is cheap to probe.
/// </remarks>
public interface IOrganisationClosures
{
    IReadOnlySet<DateOnly> ClosuresFor(int year);
}
