namespace Astra.Workflows.Modules.Cases.Storage;

/// <summary>A user on a case's team: team members see the case and everything under it.</summary>
public sealed class CaseTeamMemberEntity
{
    public Guid CaseId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public Guid? AddedBy { get; set; }
}
