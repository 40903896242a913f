using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Demo;

internal static partial class IdentitySeeder
{
    /// <summary>Roles always exist; demo users only with <c>Astra:Demo:Seed=true</c>, which every environment but Development and Testing refuses.</summary>
    public static Task SeedIdentityAsync(this WebApplication app) =>
        SeedAsync(app.Services, app.Configuration, app.Environment);

    /// <summary>Arbitrary, fixed: nodes starting together take turns creating roles (and demo users).</summary>
    private const long SeedLockKey = 0x41_53_54_52_41_52_4F_4C; // "ASTRAROL"

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        await using var scope = services.CreateAsyncScope();
        // Two nodes started at once (systemd starts both instances together) would both find a role missing and the
        // second insert would fail on the unique name, stopping that node. A session lock makes them take turns.
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({SeedLockKey})");
        try
        {
            await SeedLockedAsync(scope.ServiceProvider, configuration, environment);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({SeedLockKey})");
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task SeedLockedAsync(IServiceProvider provider, IConfiguration configuration, IHostEnvironment environment)
    {
        var roles = provider.GetRequiredService<RoleManager<AppRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roles.CreateAsync(new AppRole(role)), role);
            }
        }

        if (!configuration.GetValue("Astra:Demo:Seed", false))
        {
            return;
        }

        // Start-up already refused this (SafetySwitches); kept for callers that seed without the host's builder.
        if (!Startup.DevelopmentLike.Is(environment))
        {
            throw new InvalidOperationException($"Astra:Demo:Seed=true is refused in {environment.EnvironmentName}: only Development and Testing allow demo accounts, which share one password.");
        }

        var password = configuration["Astra:Demo:Password"];
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException("Astra:Demo:Seed=true needs Astra:Demo:Password.");
        }

        var users = provider.GetRequiredService<UserManager<AppUser>>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdentitySeeder));
        foreach (var demo in DemoUsers.All)
        {
            var existing = await users.FindByEmailAsync(demo.Email);
            if (existing is not null)
            {
                // The run command prints the configured password; a demo account must accept it even when an
                // earlier run seeded it with another.
                if (!await users.CheckPasswordAsync(existing, password))
                {
                    EnsureSucceeded(await users.RemovePasswordAsync(existing), demo.Email);
                    EnsureSucceeded(await users.AddPasswordAsync(existing, password), demo.Email);
                }

                continue;
            }

            var user = new AppUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName };
            EnsureSucceeded(await users.CreateAsync(user, password), demo.Email);
            EnsureSucceeded(await users.AddToRoleAsync(user, demo.Role), demo.Email);
            LogSeeded(logger, demo.Role);
        }

        // Demo partners ride on the same switch, so the referral pages have somewhere to refer to.
        await Modules.Referrals.Partners.DemoPartners.EnsureAsync(
            provider.GetRequiredService<WorkflowsDbContext>(),
            provider.GetRequiredService<TimeProvider>(), CancellationToken.None);
    }

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded a demo user with role {Role}")]
    private static partial void LogSeeded(ILogger logger, string role);
}
