using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Net.Http.Headers;

namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Routing drops an endpoint whose declared request content type (JSON, or multipart for an upload) does not match
/// the request; its own 415 only comes when nothing else is left, and the <c>/api</c> fallback is always left. So the
/// fallback asks here whether the path and method were right and only the content type was wrong, and answers 415
/// naming the expected type instead of a misleading 404.
/// </summary>
internal static class ApiContentTypeMismatch
{
    public static IResult Answer(HttpContext http, [FromServices] EndpointDataSource endpoints, [FromServices] ParameterPolicyFactory policies)
    {
        var expected = Expected(http, endpoints, policies);
        if (expected.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var types = string.Join(" or ", expected);
        return ApiProblems.OfField(
            StatusCodes.Status415UnsupportedMediaType,
            "Unsupported media type",
            $"This endpoint takes {types}, not {http.Request.ContentType ?? "a body without a content type"}.",
            "Content-Type",
            $"Send {types}.");
    }

    private static List<string> Expected(HttpContext http, EndpointDataSource endpoints, ParameterPolicyFactory policies)
    {
        var request = http.Request;
        var expected = new List<string>();
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>();
            if (accepts is not { ContentTypes.Count: > 0 } || methods is null
                || !methods.HttpMethods.Contains(request.Method, StringComparer.OrdinalIgnoreCase)
                || Accepts(accepts, request.ContentType)
                || !PathMatches(endpoint.RoutePattern, request.Path, policies))
            {
                continue;
            }

            expected.AddRange(accepts.ContentTypes.Where(t => !expected.Contains(t, StringComparer.OrdinalIgnoreCase)));
        }

        return expected;
    }

    private static bool Accepts(IAcceptsMetadata accepts, string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var sent)
        && accepts.ContentTypes.Any(t => MediaTypeHeaderValue.TryParse(t, out var accepted) && sent.IsSubsetOf(accepted));

    private static bool PathMatches(RoutePattern pattern, PathString path, ParameterPolicyFactory policies)
    {
        var matcher = new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary(pattern.Defaults));
        var values = new RouteValueDictionary();
        if (!matcher.TryMatch(path, values))
        {
            return false;
        }

        // The template matcher ignores constraints ({id:guid}); a value that breaks one is a path that does not exist.
        return pattern.Parameters.All(parameter => parameter.ParameterPolicies.All(reference =>
            policies.Create(parameter, reference) is not IRouteConstraint constraint
            || constraint.Match(null, null, parameter.Name, values, RouteDirection.IncomingRequest)));
    }
}
