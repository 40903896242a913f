using System.Net;
using System.Net.Sockets;

namespace Astra.Workflows.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP gate in front of the real SMTP server. Forwarding, it passes sessions through; hanging, it
/// accepts connections and never answers — an SMTP server that is up but stuck, the fault that once held every worker.
/// </summary>
public sealed class SmtpGate : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly int upstreamPort;
    private readonly Task accepting;
    private volatile bool hanging;
    private int held;
    private int forwarded;

    public SmtpGate(int upstreamPort)
    {
        this.upstreamPort = upstreamPort;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Connections accepted while hanging and not yet closed by the client.</summary>
    public int HeldConnections => Volatile.Read(ref held);

    /// <summary>Sessions passed through to the real server since the last <see cref="Forward"/>.</summary>
    public int ForwardedSessions => Volatile.Read(ref forwarded);

    public void Hang() => hanging = true;

    public void Forward()
    {
        Interlocked.Exchange(ref forwarded, 0);
        hanging = false;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping.
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            _ = hanging ? HoldAsync(client) : PassAsync(client);
        }
    }

    private async Task HoldAsync(TcpClient client)
    {
        Interlocked.Increment(ref held);
        try
        {
            using (client)
            {
                // Read and drop whatever the client says until it gives up; never write a byte.
                var buffer = new byte[1024];
                var stream = client.GetStream();
                while (await stream.ReadAsync(buffer, stop.Token) > 0)
                {
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The client timed out and closed, or the gate stops.
        }
        finally
        {
            Interlocked.Decrement(ref held);
        }
    }

    private async Task PassAsync(TcpClient client)
    {
        Interlocked.Increment(ref forwarded);
        try
        {
            using (client)
            using (var upstream = new TcpClient())
            {
                await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort, stop.Token);
                var down = client.GetStream();
                var up = upstream.GetStream();
                await Task.WhenAny(down.CopyToAsync(up, stop.Token), up.CopyToAsync(down, stop.Token));
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // One side closed; both go.
        }
    }
}
