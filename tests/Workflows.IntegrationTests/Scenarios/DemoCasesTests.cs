using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Host.Features.Demo;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Scenarios;

public sealed class DemoCasesTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Demo_seeding_gives_the_case_manager_open_due_soon_and_overdue_tasks_and_the_lawyer_hearing_preparation_once()
    {
        await SeedAsync();

        var manager = await Factory.ClientForAsync(CaseManager);
        Assert.NotEmpty(Items(await QueueAsync(manager, "queue=available&limit=100")));
        Assert.NotEmpty(Items(await QueueAsync(manager, "queue=mine&limit=100")));
        Assert.NotEmpty(Items(await QueueAsync(manager, "queue=dueSoon&limit=100")));
        Assert.NotEmpty(Items(await QueueAsync(manager, "queue=overdue&limit=100")));
        var lawyer = await Factory.ClientForAsync(Lawyer);
        Assert.Contains(Items(await QueueAsync(lawyer, "queue=mine&limit=100")), t => t.GetProperty("taskType").GetString() == "prepare-client");
        Assert.NotEmpty(Items(await QueueAsync(lawyer, "queue=dueSoon&limit=100")));
        var cases = (await (await Factory.ClientForAsync(Coordinator)).GetFromJsonAsync<JsonElement>("/api/instances")).GetArrayLength();
        Assert.True(cases >= 12, $"{cases} instances");

        await SeedAsync();
        Assert.Equal(cases, (await (await Factory.ClientForAsync(Coordinator)).GetFromJsonAsync<JsonElement>("/api/instances")).GetArrayLength());
    }

    private Task SeedAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(Factory.Services.GetRequiredService<IConfiguration>())
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Astra:Demo:Cases"] = "true" })
            .Build();
        return DemoCaseSeeder.SeedAsync(Factory.Services, configuration, Factory.Services.GetRequiredService<IHostEnvironment>());
    }
}
