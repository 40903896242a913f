using System.Net.Http.Json;
using Astra.Workflows.Host.Demo;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Privacy;
using Astra.Workflows.Modules.Users.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Astra.Workflows.IntegrationTests.Deployment;

/// <summary>
/// What a production installation relies on besides the web API (docs/deployment.md): the first administrator made by
/// <c>create-admin</c>, and nodes started together (systemd starts both instances at once) seeding roles without
/// tripping over each other. The whole path — publish, nginx, backup, restore drill — is eng/deployment-test.sh.
/// </summary>
public sealed class DeploymentCommandTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_first_admin_is_created_with_the_admin_role_and_audited()
    {
        var refusals = await FirstAdmin.CreateAsync(Factory.Services, "it@ngo.example", "IT volunteer", "a long passphrase for the first admin");

        Assert.Empty(refusals);
        var roles = await PrivacyApi.QueryAsync(Factory,
            """SELECT r.name FROM astra."AspNetUsers" u JOIN astra."AspNetUserRoles" ur ON ur.user_id = u.id JOIN astra."AspNetRoles" r ON r.id = ur.role_id WHERE u.email = 'it@ngo.example'""",
            r => r.GetString(0));
        Assert.Equal(["Admin"], roles);
        var audit = Assert.Single(await PrivacyApi.AuditAsync(Factory, "user.create"));
        Assert.Null(audit.UserId);
        Assert.Equal("Admin (create-admin command)", audit.Reason);
        using var client = Factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "it@ngo.example", password = "a long passphrase for the first admin" });
        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task A_first_admin_with_a_short_password_or_a_taken_address_is_refused_and_nothing_is_written()
    {
        var shortPassword = await FirstAdmin.CreateAsync(Factory.Services, "it@ngo.example", "IT", "short");
        var taken = await FirstAdmin.CreateAsync(Factory.Services, "admin@astra.local", "IT", "a long passphrase for the first admin");

        Assert.NotEmpty(shortPassword);
        Assert.NotEmpty(taken);
        Assert.Empty(await PrivacyApi.QueryAsync(Factory, """SELECT 1 FROM astra."AspNetUsers" WHERE email = 'it@ngo.example'""", r => r.GetInt32(0)));
        Assert.Empty(await PrivacyApi.AuditAsync(Factory, "user.create"));
    }

    [Fact]
    public async Task Nodes_starting_together_create_the_roles_once_without_failing()
    {
        // A new installation: no roles yet. Before the seeding lock, the second of two nodes started at once died on
        // the unique role name (found by the deployment test).
        await PrivacyApi.ExecuteAsync(Factory, """DELETE FROM astra."AspNetUserRoles"; DELETE FROM astra."AspNetRoles";""");
        var configuration = Factory.Services.GetRequiredService<IConfiguration>();
        var environment = Factory.Services.GetRequiredService<IHostEnvironment>();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => IdentitySeeder.SeedAsync(Factory.Services, configuration, environment))));

        var roles = await PrivacyApi.QueryAsync(Factory, """SELECT name FROM astra."AspNetRoles" ORDER BY name""", r => r.GetString(0));
        Assert.Equal(Modules.Platform.Identity.Roles.All.Order(StringComparer.Ordinal), roles);
    }
}
