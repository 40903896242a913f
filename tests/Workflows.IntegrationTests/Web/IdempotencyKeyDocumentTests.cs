using System.Text.Json.Nodes;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Web;

/// <summary>The served OpenAPI document names the Idempotency-Key header, with its limits, where it is honoured and nowhere else.</summary>
public sealed class IdempotencyKeyDocumentTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_header_is_described_on_exactly_the_operations_that_honour_it()
    {
        var document = JsonNode.Parse(await Factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var withHeader = new List<string>();
        JsonObject? parameter = null;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var header = operation!["parameters"]?.AsArray()
                    .Select(p => p!.AsObject())
                    .SingleOrDefault(p => (string?)p["in"] == "header" && string.Equals((string?)p["name"], "Idempotency-Key", StringComparison.OrdinalIgnoreCase));
                if (header is not null)
                {
                    withHeader.Add($"{method.ToUpperInvariant()} {path}");
                    parameter = header;
                }
            }
        }

        Assert.Equal(["POST /api/cases", "POST /api/instances"], withHeader.Order(StringComparer.Ordinal));
        Assert.False((bool?)parameter!["required"] ?? false);
        Assert.Equal(150, (int)parameter["schema"]!["maxLength"]!);
        Assert.Contains("150 characters", (string)parameter["description"]!, StringComparison.Ordinal);
        Assert.Contains("422", (string)parameter["description"]!, StringComparison.Ordinal);
    }
}
