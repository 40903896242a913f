using Astra.Workflows.Host.Features.Idempotency;
using Astra.Workflows.Host.Adapters.Email;
using Astra.Workflows.Host.Adapters.Timers;
using Astra.Workflows.Host.Features.Auth;
using Astra.Workflows.Host.Features.Calendar;
using Astra.Workflows.Host.Features.Cases;
using Astra.Workflows.Host.Features.Definitions;
using Astra.Workflows.Host.Features.Events;
using Astra.Workflows.Host.Features.Instances;
using Astra.Workflows.Host.Features.Teams;
using Astra.Workflows.Host.Features.TwoFactor;
using Astra.Workflows.Host.Features.Users;
using Astra.Workflows.Host.Features.Demo;
using Astra.Workflows.Host.Features.Health;
using Astra.Workflows.Host.Security;
using Astra.Workflows.Host.Startup;
using Astra.Workflows.Persistence;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.RefuseUnsafeSwitches();
var connectionString = await builder.ResolveConnectionStringAsync();
// Maintenance commands (rotate-master-key, verify-audit, generate-master-key) run instead of the web host.
if (await SecurityCommands.TryRunAsync(builder, connectionString, args))
{
    return;
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblemDetails();
builder.Services.AddBusyAnswers();
builder.Services.AddIdempotentRequests();
builder.Services.AddBadRequestProblems();
builder.Services.AddOpenApi(o => o.DescribeAstraApi());
builder.Services.AddTransportSecurity(builder.Configuration);
// Numbers are numbers: no quoted digits accepted, so the OpenAPI document (and the web app's types) say `number`.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
builder.Services.AddWorkflowsPersistence(connectionString);
builder.Services.AddWorkflowEngine();
builder.Services.AddWorkflowTimers(builder.Configuration);
builder.Services.AddWorkflowsIdentity();
builder.Services.AddWorkflowsHangfire(connectionString);
builder.Services.AddWorkflowsHealthChecks();
builder.Services.AddWorkflowsEmail(builder.Configuration);
builder.Services.AddWorkflowDefinitions();
builder.Services.AddCaseTeams();
builder.Services.AddWorkflowsSecurity(builder.Configuration);
builder.Services.AddMemoryCache();
builder.Services.AddCookieAntiforgery();
builder.Services.AddPrivacy(builder.Configuration, builder.Environment);
builder.Services.AddWorkflowsDataProtection();
builder.Services.AddWorkflowTasks(builder.Configuration);
builder.Services.AddLegalWork(builder.Configuration);

var app = builder.Build();

app.UseKnownProxies();
app.UseProblemDetailsForErrors();
app.UseTransportSecurity();
app.UseSecurityHeaders();
app.UseWebAppFiles();
app.UseAuthentication();
app.UseActiveUserCheck();
app.UseTwoFactorRequirement();
app.UseCookieAntiforgery();
app.UseAuthorization();
app.UseRateLimiter();
app.UseWorkflowsHangfireDashboard();

app.MapHealthEndpoints();
app.MapOpenApiDocument();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference().AllowAnonymous();
}

app.MapAuthEndpoints();
var api = app.MapGroup("/api").RequireAuthorization();
api.MapMeEndpoint();
api.MapAntiforgeryEndpoint();
api.MapCaseEndpoints();
api.MapInstanceEndpoints();
api.MapEventEndpoints();
api.MapDefinitionEndpoints();
api.MapTeamEndpoints();
api.MapCalendarEndpoints();
api.MapUserEndpoints();
api.MapPrivacyEndpoints();
api.MapWorkflowTasks();
api.MapLegalWork();
app.MapLegalCalendarFeed();
app.MapWebAppFallback();

await app.InitialiseDatabaseAsync();
await app.SeedIdentityAsync();
await app.SeedDemoCasesAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
