using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Engine.Ports;

/// <summary>Stored with the burst it answered, so a repeated key gets the same answer and never re-applies.</summary>
public sealed record IdempotencyRecord(string Key, ResumeResult Result);
