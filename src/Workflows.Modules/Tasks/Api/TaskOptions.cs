namespace Astra.Workflows.Modules.Tasks.Api;

public sealed record TaskOptions
{
    public const string Section = "Astra:Tasks";

    /// <summary>Open tasks falling due within this window are in the <c>dueSoon</c> queue.</summary>
    public TimeSpan DueSoonWindow { get; init; } = TimeSpan.FromDays(2);

    public int DefaultPageSize { get; init; } = 50;

    public int MaxPageSize { get; init; } = 200;
}
