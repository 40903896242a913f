namespace Astra.Workflows.Modules.Cases.Access;

/// <summary>
/// Who is reading case data through a request's context. <see cref="SeesAll"/> for coordinators, directors and
/// admins; otherwise only cases whose team holds <see cref="UserId"/>. A null user sees no case at all.
/// </summary>
public sealed record CaseViewer(Guid? UserId, bool SeesAll)
{
    public static CaseViewer Nobody { get; } = new(null, false);
}
