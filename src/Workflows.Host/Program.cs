using Astra.Workflows.Host.Demo;
using Astra.Workflows.Host.Health;
using Astra.Workflows.Host.Security;
using Astra.Workflows.Host.Startup;
using Astra.Workflows.Modules.Calendar;
using Astra.Workflows.Modules.Cases;
using Astra.Workflows.Modules.Definitions;
using Astra.Workflows.Modules.Hotline;
using Astra.Workflows.Modules.Legal;
using Astra.Workflows.Modules.Notifications;
using Astra.Workflows.Modules.Platform;
using Astra.Workflows.Modules.Reports;
using Astra.Workflows.Modules.Referrals;
using Astra.Workflows.Modules.Tasks;
using Astra.Workflows.Modules.Users;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.RefuseUnsafeSwitches();
var connectionString = await builder.ResolveConnectionStringAsync();
// Maintenance commands (rotate-master-key, verify-audit, generate-master-key) run instead of the web host.
if (await SecurityCommands.TryRunAsync(builder, connectionString, args))
{
    return;
}

// Cross-cutting start-up (Host/Startup): errors, transport, keys, rate limits, health.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblemDetails();
builder.Services.AddBusyAnswers();
builder.Services.AddBadRequestProblems();
Astra.Workflows.Modules.Platform.Problems.RequestValidation.AddRequestValidation(builder.Services);
builder.Services.AddOpenApi(o => o.DescribeAstraApi());
builder.Services.AddTransportSecurity(builder.Configuration);
// Numbers are numbers: no quoted digits accepted, so the OpenAPI document (and the web app's types) say `number`.
// Unknown keys are refused (a 400 naming the key), never silently dropped: a misspelt field must not look saved.
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
    o.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
});
builder.Services.AddKeys(builder.Configuration, builder.Environment);
builder.Services.AddWorkflowsDataProtection();
builder.Services.AddWorkflowsSecurity(builder.Configuration);
builder.Services.AddWorkflowsHealthChecks();
builder.Services.AddMemoryCache();

// The modules (src/Workflows.Modules, ADR 0023).
builder.Services.AddPlatform(connectionString, builder.Configuration, builder.Environment);
builder.Services.AddUsers();
builder.Services.AddCalendar();
builder.Services.AddDefinitions(builder.Configuration);
builder.Services.AddCases();
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddTasks(builder.Configuration);
builder.Services.AddLegal(builder.Configuration);
builder.Services.AddHotline();
builder.Services.AddReports(builder.Configuration);
builder.Services.AddReferrals(builder.Configuration);
builder.AddObservability();

var app = builder.Build();
// create-admin needs the built services (Identity's rules and stores), so it runs here rather than with the commands above.
if (await Astra.Workflows.Host.Operations.CreateAdminCommand.TryRunAsync(app, args))
{
    return;
}

app.UseKnownProxies();
app.UseProblemDetailsForErrors();
app.UseTransportSecurity();
app.UseSecurityHeaders();
app.UseWebAppFiles();
app.UseAuthentication();
app.UseUsers();
app.UseAuthorization();
app.UseRateLimiter();
app.UseWorkflowsHangfireDashboard();

app.MapHealthEndpoints();
app.MapObservability();
app.MapOpenApiDocument();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference().AllowAnonymous();
}

var api = app.MapGroup("/api").RequireAuthorization();
app.MapPlatform(api);
app.MapUsers(api);
app.MapCalendar(api);
app.MapDefinitions(api);
app.MapCases(api);
app.MapNotifications(api);
app.MapTasks(api);
app.MapLegal(api);
app.MapHotline(api);
app.MapReports(api);
app.MapReferrals(api);
app.MapWebAppFallback();

await app.InitialiseDatabaseAsync();
await app.SeedIdentityAsync();
await app.SeedDemoCasesAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
