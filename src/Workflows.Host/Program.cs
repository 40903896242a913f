using Astra.Workflows.Modules.Platform.Idempotency;
using Astra.Workflows.Modules.Notifications.Email;
using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.Modules.Users.Auth;
using Astra.Workflows.Modules.Calendar.Api;
using Astra.Workflows.Modules.Cases.Api;
using Astra.Workflows.Modules.Definitions.Api;
using Astra.Workflows.Modules.Definitions.Events;
using Astra.Workflows.Modules.Definitions.Instances;
using Astra.Workflows.Modules.Cases.Teams;
using Astra.Workflows.Modules.Users.TwoFactor;
using Astra.Workflows.Modules.Users.Accounts;
using Astra.Workflows.Host.Demo;
using Astra.Workflows.Host.Health;
using Astra.Workflows.Host.Security;
using Astra.Workflows.Modules.Legal;
using Astra.Workflows.Modules.Platform.Hangfire;
using Astra.Workflows.Modules.Tasks;
using Astra.Workflows.Host.Startup;
using Astra.Workflows.Modules.Platform.Database;
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
Astra.Workflows.Modules.Platform.Problems.RequestValidation.AddRequestValidation(builder.Services);
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
