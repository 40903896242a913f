using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Astra.Workflows.Host.Startup.OpenApi;

/// <summary>
/// Who may call an operation, read from the authorization metadata the host enforces, so the document cannot drift
/// from it: anonymous operations need no scheme, the roles a policy requires are named in the description, and the
/// refusals the pipeline answers before the handler runs (400, 401, 403, 429) are listed. Every bodiless 4xx/5xx leaves
/// as ProblemDetails (<c>UseStatusCodePages</c>), and the document says so.
/// </summary>
internal sealed class AccessTransformer(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= new OpenApiResponses();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any()
            || (!metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<AuthorizationPolicy>().Any());
        if (anonymous)
        {
            operation.Security = [];
            Append(operation, "**Access:** anyone; no sign-in needed.");
        }
        else
        {
            var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>(), metadata.OfType<AuthorizationPolicy>());
            var roles = policy?.Requirements.OfType<RolesAuthorizationRequirement>().ToList() ?? [];
            Append(operation, roles.Count == 0
                ? "**Access:** any signed-in user."
                : "**Access:** signed-in users with the role " + string.Join("; and with the role ", roles.Select(r => string.Join(" or ", r.AllowedRoles))) + ".");
            Add(operation, context, "401", "Not signed in, or the session has ended.");
            if (roles.Count > 0)
            {
                Add(operation, context, "403", "The signed-in user lacks a role this operation needs.");
            }
        }

        // CookieAntiforgery refuses a signed-in write without its token, BadRequestBodyHandler an unreadable body.
        var write = context.Description.HttpMethod is not ("GET" or "HEAD" or "OPTIONS");
        if (!anonymous && write)
        {
            Add(operation, context, "400", "A write signed in by cookie without a valid X-XSRF-TOKEN header, or an unreadable request body.");
        }
        else if (operation.RequestBody is not null)
        {
            Add(operation, context, "400", "The request body is unreadable: malformed JSON, a wrong JSON type or a NUL character.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(operation, context, "429", "Too many attempts from this address; wait a minute.");
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (status[0] is '4' or '5' && response is OpenApiResponse { Content: null or { Count: 0 } } bodiless)
            {
                bodiless.Content = ProblemContent(context);
            }
        }
    }

    private static void Append(OpenApiOperation operation, string text) =>
        operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? text : operation.Description + "\n\n" + text;

    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse { Description = description, Content = ProblemContent(context) };
    }

    private static Dictionary<string, OpenApiMediaType> ProblemContent(OpenApiOperationTransformerContext context) =>
        new() { [ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) } };
}
