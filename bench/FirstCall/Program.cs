using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GitHub;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

// Cold first call (not a test): each run is a fresh process that starts an in-process Kestrel and makes one
// GET /repos/{owner}/{repo}, either through the generated client (FullRepository) or through raw HttpClient and
// JsonDocument. Without arguments it starts `--runs N` (5) processes of each kind, alternating, and prints medians:
// from process start to the call done, the call alone (server already listening), and the CPU time the process used
// until the call was done (all threads: the JIT's included), which a busy machine disturbs least; then, in processes
// of their own, the JSON context alone: GitHubJsonContext.Default and the first read of a FullRepository.
if (args.Length > 0 && (args[0] == "--client" || args[0] == "--raw"))
{
    return await Child.RunAsync(args[0] == "--client");
}

if (args.Length > 0 && args[0] == "--metadata")
{
    return Child.Metadata();
}

int runs = args.Length > 1 && args[0] == "--runs" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
string self = Environment.ProcessPath!;
string assembly = typeof(Child).Assembly.Location;
var client = new List<(double Total, double Call, double Cpu)>();
var raw = new List<(double Total, double Call, double Cpu)>();
for (int i = 0; i < runs; i++)
{
    client.Add(Spawn(self, assembly, "--client"));
    raw.Add(Spawn(self, assembly, "--raw"));
}

(double clientTotal, double clientCall, double clientCpu) = (Median(client.Select(r => r.Total)), Median(client.Select(r => r.Call)), Median(client.Select(r => r.Cpu)));
(double rawTotal, double rawCall, double rawCpu) = (Median(raw.Select(r => r.Total)), Median(raw.Select(r => r.Call)), Median(raw.Select(r => r.Cpu)));
var metadata = Enumerable.Range(0, runs).Select(_ => Spawn(self, assembly, "--metadata")).ToList();
string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
Console.WriteLine($"first call, {runs} processes each, {Environment.ProcessorCount} cores, load {load}");
Console.WriteLine($"generated client: start→done {clientTotal:0} ms, call alone {clientCall:0} ms, CPU {clientCpu:0} ms");
Console.WriteLine($"raw HttpClient:   start→done {rawTotal:0} ms, call alone {rawCall:0} ms, CPU {rawCpu:0} ms");
Console.WriteLine($"JSON metadata alone: GitHubJsonContext.Default {Median(metadata.Select(r => r.Total)):0.0} ms, first FullRepository read {Median(metadata.Select(r => r.Call)):0} ms (CPU of both {Median(metadata.Select(r => r.Cpu)):0} ms)");
Console.WriteLine($"ratio: start→done {clientTotal / rawTotal:0.00}x, call alone {clientCall / rawCall:0.00}x, CPU {clientCpu / rawCpu:0.00}x");
return 0;

static (double Total, double Call, double Cpu) Spawn(string self, string assembly, string mode)
{
    bool host = Path.GetFileNameWithoutExtension(self) == "dotnet";
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (host)
    {
        start.ArgumentList.Add(assembly);
    }

    start.ArgumentList.Add(mode);
    using Process process = Process.Start(start)!;
    string output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    string[] parts = output.Trim().Split(' ');
    return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
}

static double Median(IEnumerable<double> values)
{
    double[] sorted = values.OrderBy(v => v).ToArray();
    return sorted[sorted.Length / 2];
}

internal static class Child
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("""
        {"id":1296269,"node_id":"MDEwOlJlcG9zaXRvcnkxMjk2MjY5","name":"Hello-World","full_name":"octocat/Hello-World",
         "owner":{"login":"octocat","id":1,"node_id":"MDQ6VXNlcjE=","avatar_url":"https://github.com/images/error/octocat_happy.gif","type":"User","site_admin":false},
         "private":false,"html_url":"https://github.com/octocat/Hello-World","description":"This your first repo!","fork":false,
         "url":"https://api.github.com/repos/octocat/Hello-World","default_branch":"master","topics":["octocat","api"],
         "stargazers_count":80,"watchers_count":80,"forks_count":9,"open_issues_count":0,"size":108,"archived":false,"disabled":false,
         "visibility":"public","pushed_at":"2011-01-26T19:06:43Z","created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:14:43Z",
         "permissions":{"admin":false,"push":false,"pull":true},"license":{"key":"mit","name":"MIT License","spdx_id":"MIT","url":"https://api.github.com/licenses/mit","node_id":"MDc6TGljZW5zZW1pdA=="},
         "subscribers_count":42,"network_count":0}
        """);

    /// <summary>The JSON context alone, in a fresh process: creating it, then the first read of a FullRepository.</summary>
    public static int Metadata()
    {
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        GitHubJsonContext context = GitHubJsonContext.Default;
        double defaultMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        long read = Stopwatch.GetTimestamp();
        FullRepository repository = JsonSerializer.Deserialize(Payload, context.FullRepository)!;
        double readMs = Stopwatch.GetElapsedTime(read).TotalMilliseconds;
        double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        if (repository.FullName != "octocat/Hello-World")
        {
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{defaultMs:0.0} {readMs:0.0} {cpuMs:0.0}"));
        return 0;
    }

    public static async Task<int> RunAsync(bool generated)
    {
        DateTime started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using WebApplication app = builder.Build();
        app.MapGet("/repos/{owner}/{repo}", (HttpContext context) =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.Body.WriteAsync(Payload).AsTask();
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.First() + "/");

        long call = Stopwatch.GetTimestamp();
        string name;
        if (generated)
        {
            await using var github = new GitHubClient(new GitHubClientOptions { BaseAddress = address });
            FullRepository repository = await github.Repos.GetAsync("octocat", "Hello-World");
            name = repository.FullName;
        }
        else
        {
            using var http = new HttpClient { BaseAddress = address };
            using HttpResponseMessage response = await http.GetAsync("repos/octocat/Hello-World");
            response.EnsureSuccessStatusCode();
            using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
            name = document.RootElement.GetProperty("full_name").GetString()!;
        }

        double callMs = Stopwatch.GetElapsedTime(call).TotalMilliseconds;
        double totalMs = (DateTime.UtcNow - started).TotalMilliseconds;
        double cpuMs = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        if (name != "octocat/Hello-World")
        {
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{totalMs:0.0} {callMs:0.0} {cpuMs:0.0}"));
        return 0;
    }
}
