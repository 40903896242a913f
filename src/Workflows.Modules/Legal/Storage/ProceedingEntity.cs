namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>A court or administrative proceeding of a case; the case code is copied so alerts and the feed never join to client data.</summary>
public sealed class ProceedingEntity
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string CaseCode { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Court { get; set; } = string.Empty;

    public string? CourtCaseNumber { get; set; }

    public string ClientRole { get; set; } = string.Empty;

    public Guid LeadLawyerId { get; set; }

    public string Status { get; set; } = LegalStatuses.Open;

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }
}
