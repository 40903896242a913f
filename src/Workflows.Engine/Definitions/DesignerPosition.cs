namespace Astra.Workflows.Engine.Definitions;

/// <summary>Where the designer draws the activity; the engine ignores it.</summary>
public sealed record DesignerPosition(double X, double Y);
