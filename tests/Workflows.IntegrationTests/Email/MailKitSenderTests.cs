using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Email;

public sealed class MailKitSenderTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Mail_sent_through_MailKit_arrives_at_the_real_smtp_server()
    {
        var sender = Factory.Services.GetRequiredService<IMailSender>();

        await sender.SendAsync(
            new OutgoingMail("lawyer@astra.local", "Hearing AS-2026-0042 in 7 days", "Case AS-2026-0042: hearing on 2026-12-02 09:00."),
            CancellationToken.None);

        var mail = await Factory.Smtp.WaitForMessageToAsync("lawyer@astra.local", TimeSpan.FromSeconds(10));
        Assert.Equal("Hearing AS-2026-0042 in 7 days", mail.Subject);
        Assert.Contains("no-reply@astra.local", mail.From.Select(f => f.Address));
        Assert.Contains("hearing on 2026-12-02 09:00", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_smtp_server_makes_the_send_fail_so_the_outbox_can_retry()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new Modules.Notifications.Email.SmtpOptions { Host = "127.0.0.1", Port = 9 });
        var sender = new Modules.Notifications.Email.MailKitMailSender(options);

        await Assert.ThrowsAnyAsync<Exception>(() =>
            sender.SendAsync(new OutgoingMail("lawyer@astra.local", "s", "b"), CancellationToken.None));
        Assert.Empty(await Factory.Smtp.MessagesAsync());
    }
}
