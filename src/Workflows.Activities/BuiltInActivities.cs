using Astra.Workflows.Activities.Events;
using Astra.Workflows.Activities.Flow;
using Astra.Workflows.Activities.Journal;
using Astra.Workflows.Activities.Timers;
using Astra.Workflows.Activities.Variables;
using Astra.Workflows.Activities.Workflows;
using Astra.Workflows.Engine.Activities;

namespace Astra.Workflows.Activities;

/// <summary>The generic activity types (flow, timers, events, variables, sub-workflows); each domain module adds its own to the same registry.</summary>
public static class BuiltInActivities
{
    public static IReadOnlyList<IActivity> Create() =>
    [
        new StartActivity(),
        new EndActivity(),
        new DecisionActivity(),
        new SwitchActivity(),
        new ForkActivity(),
        new JoinActivity(),
        new SetVariableActivity(),
        new DelayActivity(),
        new UntilActivity(),
        new WaitEventActivity(),
        new StartWorkflowActivity(),
        new LogNoteActivity(),
    ];

    public static ActivityRegistry CreateRegistry(IEnumerable<IActivity>? more = null) =>
        new([.. Create(), .. more ?? []]);
}
