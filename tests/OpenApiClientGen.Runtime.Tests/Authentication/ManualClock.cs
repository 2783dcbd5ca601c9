namespace OpenApiClientGen.Runtime.Tests.Authentication;

/// <summary>A clock that moves only when a test moves it.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _ticks = new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
