using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Astra.Workflows.Host.Startup.OpenApi;

/// <summary>The document's title, server, tag descriptions and the two sign-in schemes every operation accepts.</summary>
internal sealed class ApiDocumentInfo : IOpenApiDocumentTransformer
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ASTRA Workflows API";
        document.Info.Description =
            "The workflow engine service behind ASTRA's case work with (potential) victims of human trafficking: cases and "
            + "their clients, consents, workflow definitions and instances, human tasks, legal proceedings, and the audit log. "
            + "Every error is answered as ProblemDetails (RFC 9457); a 400 names the field that was wrong. Any operation may answer "
            + "503 with Retry-After while the database is at its connection limit; nothing of such a request was applied.";
        // The API is served by the same origin as the web app, so the address is relative to wherever it runs.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The origin that serves this document." }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The access token from POST /api/auth/login (without useCookies); renew it with POST /api/auth/refresh.",
        };
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = ".AspNetCore.Identity.Application",
            Description = "The session cookie from POST /api/auth/login?useCookies=true. Writes signed in by cookie also need "
                + "the X-XSRF-TOKEN header from GET /api/auth/antiforgery, or they are refused with 400.",
        };
        // Either scheme is enough; anonymous operations override this with an empty list.
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, document)] = [] },
        ];

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && ApiTags.Descriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        // The access refusals refer to it even when no handler of the document names ProblemDetails itself.
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(nameof(ProblemDetails)))
        {
            document.Components.Schemas[nameof(ProblemDetails)] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        }
    }
}
