using Astra.Workflows.Modules.Legal.Storage;

namespace Astra.Workflows.Modules.Legal.Deadlines;

internal static class DeadlineReader
{
    public static DeadlineResponse Response(LegalDeadlineEntity d, string caseCode) =>
        new(d.Id, d.Kind, d.ServedOn, d.DueOn, d.Hard, d.Status, d.ProceedingId, caseCode);
}
