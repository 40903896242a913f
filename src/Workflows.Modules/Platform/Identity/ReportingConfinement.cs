using Microsoft.AspNetCore.Authorization;

namespace Astra.Workflows.Modules.Platform.Identity;

/// <summary>
/// A user whose only role is <see cref="Roles.Reporting"/> reaches only endpoints marked <see cref="OpenToReporting"/>
/// (reports and their own account): a donor liaison gets 403 on every case, task, contact and referral endpoint,
/// whatever the endpoint's own rule says. Part of the default policy, so every route of the authorised <c>/api</c>
/// group is covered without each module having to remember it.
/// </summary>
public sealed class ReportingConfinement : IAuthorizationRequirement
{
    public static AuthorizationPolicy DefaultPolicy { get; } = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new ReportingConfinement())
        .Build();

    /// <summary>True when the user holds Reporting and no other role.</summary>
    public static bool IsConfined(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Reporting) && !Roles.All.Any(r => r != Roles.Reporting && user.IsInRole(r));
    }
}

/// <summary>Endpoint metadata: a Reporting-only user may call this endpoint.</summary>
public sealed class OpenToReportingMetadata
{
    public static OpenToReportingMetadata Instance { get; } = new();
}

public static class OpenToReporting
{
    /// <summary>Lets a Reporting-only user through <see cref="ReportingConfinement"/> (the endpoint's own rules still apply).</summary>
    public static TBuilder AllowReporting<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(OpenToReportingMetadata.Instance);
        return builder;
    }
}

internal sealed class ReportingConfinementHandler : AuthorizationHandler<ReportingConfinement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReportingConfinement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = (context.Resource as HttpContext)?.GetEndpoint();
        if (!ReportingConfinement.IsConfined(context.User) || endpoint?.Metadata.GetMetadata<OpenToReportingMetadata>() is not null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
