using System.Diagnostics;
using OpenApiClientGen.Bench.Peers.Benchmarks;
using OpenApiClientGen.Bench.Peers.Contenders;
using OpenApiClientGen.Bench.Peers.Reporting;
using OpenApiClientGen.Bench.Peers.Server;

namespace OpenApiClientGen.Bench.Peers.Cold;

/// <summary>
/// Process start → first call done: launches a fresh <c>dotnet</c> process per contender and run that makes one GET of
/// the full repository (<see cref="FirstCall"/>) and says so on its standard output; the time is taken here, from
/// the launch to that line. The runs of all contenders are interleaved so load on the machine falls on each alike;
/// the median is kept.
/// </summary>
internal static class ColdStart
{
    /// <param name="fullClient">OpenApiClientGen.Bench.dll, which holds the full GitHub client; its time stands for this client when given.</param>
    public static async Task<(List<Measurement> Measurements, double? ReposClientMs)> RunAsync(int runs, string? fullClient)
    {
        await using PeerServer server = await PeerServer.StartAsync();
        string self = typeof(ColdStart).Assembly.Location;
        var launches = new List<(string Name, Contender Contender, string[] Arguments)>
        {
            ("raw", Contender.Raw, [self, FirstCall.Argument, nameof(Contender.Raw), server.BaseUri.ToString()]),
            ("repos-tag client", Contender.Generated, [self, FirstCall.Argument, nameof(Contender.Generated), server.BaseUri.ToString()]),
            ("Octokit", Contender.Octokit, [self, FirstCall.Argument, nameof(Contender.Octokit), server.BaseUri.ToString()]),
            ("Refit", Contender.Refit, [self, FirstCall.Argument, nameof(Contender.Refit), server.BaseUri.ToString()]),
            ("Kiota", Contender.Kiota, [self, FirstCall.Argument, nameof(Contender.Kiota), server.BaseUri.ToString()]),
        };
        if (fullClient is not null)
        {
            launches.Add(("full client", Contender.Generated, [fullClient, FirstCall.Argument, server.BaseUri.ToString()]));
        }

        var times = launches.ToDictionary(l => l.Name, _ => new List<double>());
        for (int run = 0; run < runs; run++)
        {
            foreach ((string name, _, string[] arguments) in launches)
            {
                times[name].Add(await LaunchAsync(arguments));
            }
        }

        foreach ((string name, List<double> ms) in times)
        {
            Console.WriteLine($"cold start, {name}: median {Median(ms):0} ms of [{string.Join(", ", ms.Select(t => t.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}]");
        }

        var measurements = new List<Measurement>();
        foreach ((string name, Contender contender, _) in launches)
        {
            if (contender == Contender.Generated && fullClient is not null && name != "full client")
            {
                continue;
            }

            measurements.Add(new Measurement(Rows.ColdStart, contender, Median(times[name]) * 1e6, null));
        }

        return (measurements, fullClient is null ? null : Median(times["repos-tag client"]));
    }

    private static async Task<double> LaunchAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        long started = Stopwatch.GetTimestamp();
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        string? line = await process.StandardOutput.ReadLineAsync();
        double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await process.WaitForExitAsync();
        if (line is null || !line.StartsWith(FirstCall.Done, StringComparison.Ordinal) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'dotnet {string.Join(' ', arguments)}' did not complete its first call (said '{line}', exit {process.ExitCode}).");
        }

        return elapsed;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
