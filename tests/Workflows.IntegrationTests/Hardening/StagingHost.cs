using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Astra.Workflows.IntegrationTests.Hardening;

/// <summary>A second host on the test database under production rules: environment "Staging", no unsafe switch.</summary>
internal static class StagingHost
{
    public const string PublicUrl = "https://astra.example";

    public static (string Key, string Value)[] Settings(AstraApiFactory factory, params (string Key, string Value)[] overrides)
    {
        // The first host's generated key, so both read the same sealed data.
        var keyFile = Path.Combine(factory.Services.GetRequiredService<IHostEnvironment>().ContentRootPath, ".data", "master.key");
        var settings = new Dictionary<string, string>
        {
            ["environment"] = "Staging",
            ["Astra:Demo:Seed"] = "false",
            ["Astra:Security:RequireTwoFactor"] = "true",
            ["Astra:PublicUrl"] = PublicUrl,
            ["Astra:Security:MasterKeyFile"] = keyFile,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return [.. settings.Select(s => (s.Key, s.Value))];
    }

    public static WebApplicationFactory<Program> Create(AstraApiFactory factory, params (string Key, string Value)[] overrides) =>
        factory.CreateSecondHost(Settings(factory, overrides));

    public static HttpClient Client(WebApplicationFactory<Program> host, string scheme = "https") =>
        host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://astra.example/"), AllowAutoRedirect = false });
}
