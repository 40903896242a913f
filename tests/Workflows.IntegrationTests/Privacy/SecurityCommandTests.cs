using Astra.Workflows.Host.Security;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Astra.Workflows.IntegrationTests.Privacy;

public sealed class SecurityCommandTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_rotate_command_moves_every_row_to_the_new_key_file()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        var folder = Directory.CreateTempSubdirectory("astra-key-");
        try
        {
            var newKeyFile = Path.Combine(folder.FullName, "next.key");
            Assert.Equal(0, await RunAsync(["generate-master-key", newKeyFile]));
            Assert.Equal(1, await RunAsync(["generate-master-key", newKeyFile]));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(newKeyFile));
            }

            Assert.Equal(0, await RunAsync(["rotate-master-key", "--new-key-file", newKeyFile]));

            var next = MasterKeyLoader.FromFile(newKeyFile);
            Assert.Equal([next.Id], await PrivacyApi.QueryAsync(Factory, "SELECT master_key_id FROM astra.client_identities", r => r.GetString(0)));
            Assert.Equal(2, await RunAsync(["rotate-master-key"]));
            // The audit chain is keyed with the audit key, not the master key: rotation leaves it verifiable.
            Assert.Equal(0, await RunAsync(["verify-audit"]));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Outside_development_and_testing_a_missing_audit_key_or_anchor_folder_stops_the_host()
    {
        var production = new HostingEnvironment { EnvironmentName = Environments.Production, ContentRootPath = Path.GetTempPath() };
        var empty = new ConfigurationBuilder().Build();
        Assert.Contains("AuditKeyFile", Assert.Throws<InvalidOperationException>(() => AuditKeyLoader.Load(empty, production)).Message, StringComparison.Ordinal);
        Assert.Contains("AuditAnchorDirectory", Assert.Throws<InvalidOperationException>(() => Modules.Platform.Audit.AuditAnchorStore.FromConfiguration(empty, production)).Message, StringComparison.Ordinal);
        var good = Astra.Workflows.Modules.Platform.Audit.AuditKey.GenerateBase64();
        var configured = new ConfigurationBuilder().AddInMemoryCollection([new("Astra:Security:AuditKey", good)]).Build();
        Assert.Equal(Astra.Workflows.Modules.Platform.Audit.AuditKey.FromBase64(good).Id, AuditKeyLoader.Load(configured, production).Id);
    }

    [Fact]
    public void Outside_development_and_testing_a_missing_master_key_stops_the_host()
    {
        var configuration = new ConfigurationBuilder().Build();
        var production = new HostingEnvironment { EnvironmentName = Environments.Production, ContentRootPath = Path.GetTempPath() };

        var error = Assert.Throws<InvalidOperationException>(() => MasterKeyLoader.Load(configuration, production));
        Assert.Contains("Astra:Security:MasterKeyFile", error.Message, StringComparison.Ordinal);
        var tooShort = new ConfigurationBuilder().AddInMemoryCollection([new("Astra:Security:MasterKey", Convert.ToBase64String(new byte[16]))]).Build();
        Assert.Throws<InvalidOperationException>(() => MasterKeyLoader.Load(tooShort, production));
        var good = MasterKey.GenerateBase64();
        var configured = new ConfigurationBuilder().AddInMemoryCollection([new("Astra:Security:MasterKey", good)]).Build();
        Assert.Equal(MasterKey.FromBase64(good).Id, MasterKeyLoader.Load(configured, production).Id);
    }

    /// <summary>Runs a command the way Program does, configured like the test host (same key file, same database).</summary>
    private async Task<int> RunAsync(string[] args)
    {
        var environment = Factory.Services.GetRequiredService<IHostEnvironment>();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment.EnvironmentName,
            ContentRootPath = environment.ContentRootPath,
        });
        builder.Configuration["Astra:Security:AuditKeyFile"] = Factory.AuditKeyFile;
        builder.Configuration["Astra:Security:AuditAnchorDirectory"] = Factory.AuditAnchorDirectory;
        var previous = Environment.ExitCode;
        try
        {
            Assert.True(await SecurityCommands.TryRunAsync(builder, Factory.ConnectionString, args));
            return Environment.ExitCode;
        }
        finally
        {
            Environment.ExitCode = previous;
        }
    }
}
