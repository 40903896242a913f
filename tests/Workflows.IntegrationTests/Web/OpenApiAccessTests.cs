using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Web;

/// <summary>
/// What the API document says about access is what the host enforces: an operation it marks as needing sign-in
/// answers 401 without one, an anonymous one does not, and one whose access line names roles answers 403 to a
/// signed-in user with none of them.
/// </summary>
public sealed partial class OpenApiAccessTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly Dictionary<string, string> DemoUserOfRole = new(StringComparer.Ordinal)
    {
        ["Admin"] = "admin@astra.local",
        ["Coordinator"] = "coordinator@astra.local",
        ["CaseManager"] = "casemanager@astra.local",
        ["Lawyer"] = "lawyer@astra.local",
        ["Director"] = "director@astra.local",
    };

    [Fact]
    public async Task Operations_marked_as_needing_sign_in_answer_401_without_one_and_anonymous_ones_do_not()
    {
        var anonymous = Factory.CreateClient();
        var wrong = new List<string>();
        var checkedAnonymous = 0;
        foreach (var (method, path, operation) in await OperationsAsync())
        {
            var security = operation["security"]?.AsArray();
            var documentedAnonymous = security is { Count: 0 };
            // Signing in and refreshing refuse bad credentials with their own, documented 401.
            if (documentedAnonymous && operation["responses"]?["401"] is not null)
            {
                continue;
            }

            using var response = await anonymous.SendAsync(Request(method, path, operation));
            var answered401 = response.StatusCode == HttpStatusCode.Unauthorized;
            if (answered401 == documentedAnonymous)
            {
                wrong.Add($"{method} {path}: documented {(documentedAnonymous ? "anonymous" : "as needing sign-in")}, answered {(int)response.StatusCode} without sign-in");
            }

            checkedAnonymous += documentedAnonymous ? 1 : 0;
        }

        Assert.Empty(wrong);
        // The calendar feed and signing out: if none were found the document lost its anonymous operations.
        Assert.True(checkedAnonymous >= 2, $"Only {checkedAnonymous} anonymous operations were checked.");
    }

    [Fact]
    public async Task Operations_whose_access_line_names_roles_answer_403_to_a_user_with_none_of_them()
    {
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        var wrong = new List<string>();
        var restricted = 0;
        foreach (var (method, path, operation) in await OperationsAsync())
        {
            var match = AccessRoles().Match(operation["description"]?.GetValue<string>() ?? string.Empty);
            if (!match.Success)
            {
                continue;
            }

            restricted++;
            var allowed = Regex.Split(match.Groups[1].Value, "; and with the role | or ");
            var outsider = DemoUserOfRole.Keys.First(role => !allowed.Contains(role));
            if (!clients.TryGetValue(outsider, out var client))
            {
                client = clients[outsider] = await Factory.ClientForAsync(DemoUserOfRole[outsider]);
            }

            using var response = await client.SendAsync(Request(method, path, operation));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{method} {path}: documented for {string.Join("/", allowed)}, answered {(int)response.StatusCode} to {outsider}");
            }
        }

        Assert.Empty(wrong);
        Assert.True(restricted >= 20, $"Only {restricted} operations name roles; the access lines are missing.");
    }

    private async Task<List<(string Method, string Path, JsonObject Operation)>> OperationsAsync()
    {
        var document = JsonNode.Parse(await Factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var operations = new List<(string, string, JsonObject)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is JsonObject found && method is "get" or "post" or "put" or "delete" or "patch")
                {
                    operations.Add((method.ToUpperInvariant(), path, found));
                }
            }
        }

        return operations;
    }

    /// <summary>
    /// Route values that fit every constraint of the API's routes; writes carry an empty JSON object, or an empty form
    /// where the operation takes one (a JSON body does not reach a form endpoint at all: routing matches content types).
    /// </summary>
    private static HttpRequestMessage Request(string method, string path, JsonObject operation)
    {
        var url = PathParameter().Replace(path, p => p.Groups[1].Value == "version" ? "1" : Guid.NewGuid().ToString("D"));
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (operation["requestBody"]?["content"]?["multipart/form-data"] is not null)
        {
            request.Content = new MultipartFormDataContent { { new StringContent("x"), "kind" } };
        }
        else if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex(@"\*\*Access:\*\* signed-in users with the role (.+)\.")]
    private static partial Regex AccessRoles();
}
