using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Engine.Tests.Runtime;

public class KeyedLocksTests
{
    [Fact]
    public async Task A_held_key_makes_the_next_holder_wait_and_give_up_after_its_wait()
    {
        var locks = new KeyedLocks<string>(StringComparer.Ordinal);
        using var first = await locks.TryEnterAsync("a", TimeSpan.Zero, CancellationToken.None);

        var second = await locks.TryEnterAsync("a", TimeSpan.FromMilliseconds(50), CancellationToken.None);
        using var other = await locks.TryEnterAsync("b", TimeSpan.Zero, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(other);
    }

    [Fact]
    public async Task A_released_key_passes_to_the_one_queued_behind_it()
    {
        var locks = new KeyedLocks<Guid>();
        var key = Guid.NewGuid();
        var first = await locks.TryEnterAsync(key, TimeSpan.Zero, CancellationToken.None);

        var waiting = locks.TryEnterAsync(key, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        first!.Dispose();
        first.Dispose(); // a second dispose must not release a lease it no longer holds
        using var second = await waiting;
        var third = await locks.TryEnterAsync(key, TimeSpan.FromMilliseconds(20), CancellationToken.None);

        Assert.NotNull(second);
        Assert.Null(third);
    }

    [Fact]
    public async Task A_queue_that_keeps_moving_serves_every_waiter_even_when_all_of_them_take_longer_than_the_wait()
    {
        var locks = new KeyedLocks<string>(StringComparer.Ordinal);
        var wait = TimeSpan.FromMilliseconds(200);
        const int waiters = 12;

        // Each holder keeps the key 60 ms: the last of 12 waiters queues about 700 ms, far past the 200 ms wait.
        var served = await Task.WhenAll(Enumerable.Range(0, waiters).Select(_ => Task.Run(async () =>
        {
            using var lease = await locks.TryEnterAsync("busy", wait, CancellationToken.None, whileMoving: true);
            if (lease is null)
            {
                return false;
            }

            await Task.Delay(60);
            return true;
        })));

        Assert.All(served, Assert.True);
    }

    [Fact]
    public async Task Without_moving_the_same_queue_gives_up_on_the_later_waiters_and_a_stuck_holder_fails_even_a_moving_wait()
    {
        var locks = new KeyedLocks<string>(StringComparer.Ordinal);
        var wait = TimeSpan.FromMilliseconds(200);
        var served = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
        {
            using var lease = await locks.TryEnterAsync("busy", wait, CancellationToken.None);
            if (lease is null)
            {
                return false;
            }

            await Task.Delay(60);
            return true;
        })));
        Assert.Contains(false, served);

        using var stuck = await locks.TryEnterAsync("stuck", TimeSpan.Zero, CancellationToken.None);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var behind = await locks.TryEnterAsync("stuck", wait, CancellationToken.None, whileMoving: true);
        Assert.Null(behind);
        Assert.InRange(clock.Elapsed, wait - TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5));
    }
}
