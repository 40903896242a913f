namespace Astra.Workflows.Host.Startup;

internal static class ErrorHandlingSetup
{
    /// <summary>Busy instances and exhausted connections answer 503 with Retry-After rather than 500.</summary>
    public static IServiceCollection AddBusyAnswers(this IServiceCollection services) =>
        services.AddExceptionHandler<BusyExceptionHandler>();

    /// <summary>
    /// An unreadable body (malformed JSON, a wrong JSON type, a NUL character) is the client's 400 naming the field,
    /// logged once as a warning; binding failures are thrown so they all reach <see cref="BadRequestBodyHandler"/>.
    /// </summary>
    public static IServiceCollection AddBadRequestProblems(this IServiceCollection services)
    {
        services.AddExceptionHandler<BadRequestBodyHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Every error leaves as ProblemDetails; a malformed request body is the client's 400, never a 500.</summary>
    public static WebApplication UseProblemDetailsForErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseMiddleware<NulCharacterGuard>();
        app.UseMiddleware<NulQueryGuard>();
        return app;
    }
}
