namespace Astra.Workflows.DevelopmentSupport.PrivateCluster;

/// <param name="DataDirectory">Cluster folder; kept between runs unless <paramref name="DeleteOnStop"/>.</param>
/// <param name="DeleteOnStop">Throwaway clusters (tests) remove their folder when stopped.</param>
/// <param name="Port">0 picks a free loopback port.</param>
public sealed record PrivatePostgresOptions(string DataDirectory, bool DeleteOnStop, int Port = 0);
