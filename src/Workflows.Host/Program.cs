using Astra.Workflows.Host.Adapters.Email;
using Astra.Workflows.Host.Adapters.Timers;
using Astra.Workflows.Host.Features.Auth;
using Astra.Workflows.Host.Features.Cases;
using Astra.Workflows.Host.Features.Events;
using Astra.Workflows.Host.Features.Instances;
using Astra.Workflows.Host.Features.Demo;
using Astra.Workflows.Host.Features.Health;
using Astra.Workflows.Host.Startup;
using Astra.Workflows.Persistence;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var connectionString = await builder.ResolveConnectionStringAsync();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddWorkflowsPersistence(connectionString);
builder.Services.AddWorkflowEngine();
builder.Services.AddWorkflowTimers(builder.Configuration);
builder.Services.AddWorkflowsIdentity();
builder.Services.AddWorkflowsHangfire(connectionString);
builder.Services.AddWorkflowsHealthChecks();
builder.Services.AddWorkflowsEmail(builder.Configuration);
builder.Services.AddWorkflowTasks(builder.Configuration);

var app = builder.Build();

app.UseProblemDetailsForErrors();
app.UseAuthentication();
app.UseAuthorization();
app.UseWorkflowsHangfireDashboard();

app.MapHealthEndpoints();
app.MapOpenApi().AllowAnonymous();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference().AllowAnonymous();
}

app.MapAuthEndpoints();
var api = app.MapGroup("/api").RequireAuthorization();
api.MapMeEndpoint();
api.MapCaseEndpoints();
api.MapInstanceEndpoints();
api.MapEventEndpoints();
api.MapWorkflowTasks();

await app.InitialiseDatabaseAsync();
await app.SeedIdentityAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
