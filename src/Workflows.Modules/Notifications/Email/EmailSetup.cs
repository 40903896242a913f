using Astra.Workflows.Modules.Notifications.Contracts;

namespace Astra.Workflows.Modules.Notifications.Email;

internal static class EmailSetup
{
    public static IServiceCollection AddWorkflowsEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Host) && o.Port is > 0 and < 65536, "Smtp:Host and Smtp:Port must name a server.")
            .Validate(o => o.ConnectTimeout > TimeSpan.Zero && o.Timeout > TimeSpan.Zero, "Smtp:ConnectTimeout and Smtp:Timeout must be positive.")
            .Validate(o => o.Workers is > 0 and <= 50 && o.MailsPerSession is > 0 and <= 500, "Smtp:Workers must be 1..50 and Smtp:MailsPerSession 1..500.")
            .ValidateOnStart();
        services.AddSingleton<MailKitMailSender>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<MailKitMailSender>());
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<MailKitMailSender>());
        return services;
    }
}
