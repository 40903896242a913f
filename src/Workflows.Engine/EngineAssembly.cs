namespace Astra.Workflows.Engine;

/// <summary>Marker type for locating the engine assembly (scanning, architecture tests).</summary>
public static class EngineAssembly;
