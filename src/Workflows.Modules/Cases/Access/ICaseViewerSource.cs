namespace Astra.Workflows.Modules.Cases.Access;

/// <summary>The viewer of the current request, or null outside any request (jobs, timers, start-up), which is the system.</summary>
public interface ICaseViewerSource
{
    CaseViewer? Current { get; }
}
