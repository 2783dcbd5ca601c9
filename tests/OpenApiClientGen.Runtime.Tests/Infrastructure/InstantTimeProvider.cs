using System.Collections.Concurrent;

namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

/// <summary>
/// A clock whose timers fire at once, recording the delays asked for: retry and rate-limit waits are asserted
/// exactly without the tests sleeping. The current time stays real.
/// </summary>
public sealed class InstantTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    /// <summary>Every delay requested, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays => _delays.ToArray();

    public TimeSpan TotalDelay => Delays.Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        _delays.Enqueue(dueTime);
        return base.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
