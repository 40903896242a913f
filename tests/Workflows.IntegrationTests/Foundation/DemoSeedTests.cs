using System.Net;
using System.Net.Http.Json;
using Astra.Workflows.Host.Demo;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Astra.Workflows.IntegrationTests.Foundation;

public sealed class DemoSeedTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Every_demo_user_exists_with_its_role()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var demo in DemoUsers.All)
        {
            var user = await users.FindByEmailAsync(demo.Email);
            Assert.NotNull(user);
            Assert.Equal([demo.Role], await users.GetRolesAsync(user));
        }
    }

    [Fact]
    public async Task Seeding_again_restores_the_configured_demo_password()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync("coordinator@astra.local");
            await users.RemovePasswordAsync(user!);
            await users.AddPasswordAsync(user!, "Another-Passw0rd-123!");
        }

        await IdentitySeeder.SeedAsync(Factory.Services, Factory.Services.GetRequiredService<IConfiguration>(), Factory.Services.GetRequiredService<IHostEnvironment>());

        var login = await Factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "coordinator@astra.local", password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Demo_seeding_is_refused_in_production()
    {
        var production = new ProductionEnvironment();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            IdentitySeeder.SeedAsync(Factory.Services, Factory.Services.GetRequiredService<IConfiguration>(), production));
        Assert.Contains("Production", error.Message, StringComparison.Ordinal);
    }

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Workflows.Host";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
