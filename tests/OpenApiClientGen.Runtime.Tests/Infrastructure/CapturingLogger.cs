using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

/// <summary>One captured log call: level, event, the formatted message, every state value and the exception as printed.</summary>
public sealed record CapturedLog(LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, string?> State, string? Exception)
{
    /// <summary>Everything a log sink could write for this entry, for searching secrets in.</summary>
    public string AllText => string.Join("\n", new[] { Message, Exception ?? "" }.Concat(State.Select(pair => pair.Key + "=" + pair.Value)));
}

/// <summary>A logger provider that keeps every entry, at every level, in memory.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => _entries.ToArray();

    public string AllText => string.Join("\n---\n", Entries.Select(entry => entry.AllText));

    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (KeyValuePair<string, object?> pair in pairs)
                {
                    values[pair.Key] = pair.Value?.ToString();
                }
            }

            entries.Enqueue(new CapturedLog(logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
