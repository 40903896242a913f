using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Notifications.Email;
using Astra.Workflows.Modules.Notifications.Notices;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.Modules.Platform.Hangfire;
using Astra.Workflows.Modules.Platform.Scheduling;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Notifications;

/// <summary>Notifications: the e-mail outbox and its delivery, in-app notifications and their API.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
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
        // E-mail has its own Hangfire server: a hung SMTP server occupies only the mail workers.
        services.AddQueueServer(HangfireQueues.Mail, sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.Workers);
        // Links in e-mails use Platform's PublicUrl, the one public URL the whole host is configured with.
        services.AddSingleton(Options.Create(configuration.GetSection("Astra:Notifications").Get<NotificationOptions>() ?? new NotificationOptions()));
        services.AddSingleton<INoticeWriter, NoticeWriter>();
        services.AddSingleton<IOutboxMail, OutboxMail>();
        // The outbox has its own due rows: delivery depends on no other module's loop.
        services.AddDueRowSource<OutboxDueRows, OutboxDispatcher>(configuration);
        services.AddTransient<OutboxMailJob>();
        services.AddSingleton<Platform.Observability.IBacklogCounter, OutboxBacklog>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapNotificationEndpoints();
        return app;
    }
}
