namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Serves the web app (built by Vite into <c>wwwroot</c>) at <c>/</c>. Client-side routes fall back to
/// <c>index.html</c>; unknown <c>/api</c> paths stay a 404 so API clients never get a page instead of JSON
/// (a known path sent the wrong content type is a 415).
/// </summary>
internal static class WebAppSetup
{
    private const string AppPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseWebAppFiles(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = AppPolicy;
                // Hashed asset names never change content; index.html must be re-read to pick up a new build.
                headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
        return app;
    }

    public static WebApplication MapWebAppFallback(this WebApplication app)
    {
        app.MapFallback("/api/{**rest}", ApiContentTypeMismatch.Answer).AllowAnonymous();
        app.MapFallback("{**path:nonfile}", async (HttpContext http, IWebHostEnvironment env) =>
            {
                var index = env.WebRootFileProvider.GetFileInfo("index.html");
                if (!index.Exists)
                {
                    return Results.NotFound();
                }

                http.Response.Headers.ContentSecurityPolicy = AppPolicy;
                http.Response.Headers.CacheControl = "no-cache";
                return Results.Stream(index.CreateReadStream(), "text/html; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
