using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Modules.Cases.Contracts;

namespace Astra.Workflows.Modules.Cases.Activities;

/// <summary>Moves the case to a phase of the assistance path.</summary>
public sealed class SetCasePhaseActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "case.phase",
        DisplayName = "Set case phase",
        Category = "Cases",
        Description = "Sets the case phase: identification, emergency, recovery, reintegration or closure.",
        Inputs =
        [
            new() { Name = "phase", Type = InputType.Text, Required = true, Options = CasePhases.All, UiHint = "dropdown" },
        ],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var phase = context.GetRequiredText("phase");
        if (!CasePhases.All.Contains(phase, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"'{phase}' is not a case phase ({string.Join(", ", CasePhases.All)}).");
        }

        context.AddSideEffect(new CasePhaseChange(context.CaseId, phase, context.InstanceId, context.Activity.Id, context.Now));
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
