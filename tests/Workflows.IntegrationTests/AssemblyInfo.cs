// Hangfire keeps its storage in a process-wide static (JobStorage.Current); hosts with different databases
// must not run side by side in one test process.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
