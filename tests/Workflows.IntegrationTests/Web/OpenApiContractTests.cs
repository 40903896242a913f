using System.Text.Json;
using System.Text.Json.Nodes;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Web;

/// <summary>
/// The web app's typed client is generated from <c>src/Workflows.Web/openapi.json</c>; this keeps that copy equal to
/// what the host serves, so an API change that the web app has not taken in fails here instead of in a browser.
/// Set <c>ASTRA_UPDATE_OPENAPI=1</c> to rewrite the copy, then run <c>npm run api:types</c> in src/Workflows.Web.
/// </summary>
public sealed class OpenApiContractTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task Web_app_copy_of_the_OpenAPI_document_matches_the_host()
    {
        var served = JsonNode.Parse(await Factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var text = served.ToJsonString(Indented) + "\n";
        var path = Path.Combine(RepositoryPaths.Root, "src", "Workflows.Web", "openapi.json");

        if (Environment.GetEnvironmentVariable("ASTRA_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, text);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with ASTRA_UPDATE_OPENAPI=1");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        Assert.True(
            JsonNode.DeepEquals(served, committed),
            "src/Workflows.Web/openapi.json differs from the host's /openapi/v1.json: run the tests with ASTRA_UPDATE_OPENAPI=1 and `npm run api:types`.");
    }
}
