using Astra.Workflows.Host.Startup.OpenApi;
using Microsoft.AspNetCore.OpenApi;

namespace Astra.Workflows.Host.Startup;

internal static class ApiDescriptionSetup
{
    /// <summary>
    /// The parts of the API document that belong to no one module: the document's own fields, the two ways to
    /// sign in, and who may call each operation, read from the same authorization metadata the host enforces.
    /// Each module describes its operations where it maps them.
    /// </summary>
    public static OpenApiOptions DescribeAstraApi(this OpenApiOptions options)
    {
        options.AddDocumentTransformer<ApiDocumentInfo>();
        options.AddOperationTransformer<AccessTransformer>();
        options.AddOperationTransformer<IdempotencyKeyTransformer>();
        return options;
    }
}
