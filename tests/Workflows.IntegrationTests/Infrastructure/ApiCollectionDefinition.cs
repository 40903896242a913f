namespace Astra.Workflows.IntegrationTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class ApiCollectionDefinition : ICollectionFixture<AstraApiFactory>
{
    public const string Name = "api";
}
