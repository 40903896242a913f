using Astra.Workflows.Engine.Notifications;

namespace Astra.Workflows.Host.Adapters.Email;

internal static class EmailSetup
{
    public static IServiceCollection AddWorkflowsEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Host) && o.Port is > 0 and < 65536, "Smtp:Host and Smtp:Port must name a server.")
            .ValidateOnStart();
        services.AddSingleton<IMailSender, MailKitMailSender>();
        return services;
    }
}
