namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

/// <summary>A thread-safe count of requests a scripted endpoint received.</summary>
public sealed class Counter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public int Increment() => Interlocked.Increment(ref _value);
}
