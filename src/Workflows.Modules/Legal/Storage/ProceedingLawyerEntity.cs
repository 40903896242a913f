namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>A lawyer assigned to a proceeding (the lead too): who gets its alerts and sees it in "mine" and the feed.</summary>
public sealed class ProceedingLawyerEntity
{
    public Guid ProceedingId { get; set; }

    public Guid UserId { get; set; }

    public Guid CaseId { get; set; }

    public bool Lead { get; set; }
}
