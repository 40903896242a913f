using Astra.Workflows.Modules.Platform.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Astra.Workflows.Host.Startup.OpenApi;

/// <summary>
/// The <c>Idempotency-Key</c> header, with its limits, on the operations whose endpoint carries
/// <see cref="IdempotencyKeyHeader"/> and on no other: a client generated from the document then knows where a retry
/// is safe, and the description cannot promise it where the handler would ignore the key.
/// </summary>
internal sealed class IdempotencyKeyTransformer : IOpenApiOperationTransformer
{
    private static readonly string Description =
        "Makes a retry safe: a repeat with the same key and the same body from the same user answers the first result " +
        $"instead of doing the work again. At most {IdempotencyKeyHeader.MaxLength} characters, no control characters, one header per request; " +
        "keys are scoped per user and kept hashed. The same key with another body is 422; a repeat while the first " +
        "request is still being processed waits for its answer, or gets 409 with Retry-After.";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotencyKeyHeader>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKeyHeader.Name,
            In = ParameterLocation.Header,
            Required = false,
            Description = Description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyKeyHeader.MaxLength },
        });
        return Task.CompletedTask;
    }
}
