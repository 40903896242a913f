using System.Security.Cryptography;
using Astra.Workflows.Modules.Users.Contracts;

namespace Astra.Workflows.Host.Operations;

/// <summary>
/// <c>create-admin --email ADDRESS [--name "DISPLAY NAME"] [--password-stdin]</c>: the first administrator of a new
/// installation (docs/deployment.md). Runs after the services are built, because accounts need Identity's password
/// rules and stores; without <c>--password-stdin</c> it prints a generated initial password once.
/// </summary>
internal static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(app.Services, args);
        return true;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            Console.Error.WriteLine($"usage: {Name} --email ADDRESS [--name \"DISPLAY NAME\"] [--password-stdin]");
            return 2;
        }

        var generated = !args.Contains("--password-stdin");
        var password = generated ? GeneratePassword() : (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("--password-stdin: no password on standard input.");
            return 2;
        }

        var refusals = await FirstAdmin.CreateAsync(services, email, Option(args, "--name") ?? "Administrator", password);
        if (refusals.Count > 0)
        {
            foreach (var refusal in refusals)
            {
                Console.Error.WriteLine($"Refused: {refusal}");
            }

            return 1;
        }

        Console.WriteLine($"Admin account {email.Trim()} created.");
        if (generated)
        {
            Console.WriteLine($"Initial password (shown once): {password}");
        }

        Console.WriteLine("Sign in, enrol an authenticator app (required), then change the password.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>Five groups of five lower-case letters and digits: about 125 bits, easy to type from a terminal.</summary>
    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        var groups = Enumerable.Range(0, 5).Select(_ => RandomNumberGenerator.GetString(alphabet, 5));
        return string.Join('-', groups);
    }
}
