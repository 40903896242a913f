namespace Astra.Workflows.IntegrationTests.Infrastructure;

/// <summary>Base for tests against the real host: every test starts from a reset database and an empty inbox.</summary>
[Collection(ApiCollectionDefinition.Name)]
public abstract class ApiTest(AstraApiFactory factory) : IAsyncLifetime
{
    protected AstraApiFactory Factory { get; } = factory;

    public Task InitializeAsync() => Factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
