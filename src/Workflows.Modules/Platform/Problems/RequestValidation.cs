// The resolver list of Microsoft.Extensions.Validation is marked experimental in .NET 10.
#pragma warning disable ASP0029
using Microsoft.Extensions.Validation;

namespace Astra.Workflows.Modules.Platform.Problems;

/// <summary>
/// .NET 10's validation for request bodies: DataAnnotations on the request records are checked by the framework's
/// endpoint filter before a handler runs, and the 400 is the same ValidationProblemDetails handlers answer with.
/// </summary>
public static class RequestValidation
{
    public static IServiceCollection AddRequestValidation(this IServiceCollection services)
    {
        services.AddValidation();
        // After every Configure (the source generator's included), so the JSON-named metadata is asked first.
        services.PostConfigure<ValidationOptions>(options => options.Resolvers.Insert(0, new JsonNamedValidationResolver()));
        return services;
    }
}
