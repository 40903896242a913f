using Astra.Workflows.Engine.Activities;

namespace Astra.Workflows.Activities.Journal;

/// <summary>Writes a line to the instance journal (Liquid text), for the case timeline.</summary>
public sealed class LogNoteActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = "log.note",
        DisplayName = "Journal note",
        Category = "Journal",
        Description = "Adds a note to the journal. Keep client identity and health or legal detail out of it.",
        Inputs =
        [
            new() { Name = "text", Type = InputType.Text, Required = true, Syntax = InputSyntaxes.All, UiHint = "multiline" },
        ],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddJournalNote(context.GetRequiredText("text"));
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
