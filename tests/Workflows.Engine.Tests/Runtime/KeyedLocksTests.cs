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
}
