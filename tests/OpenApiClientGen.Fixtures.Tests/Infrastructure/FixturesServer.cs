using System.Diagnostics;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace OpenApiClientGen.Fixtures.Tests.Infrastructure;

/// <summary>
/// Runs <c>node fixtures-server.js</c> (the recorded GitHub scenarios of <c>@octokit/fixtures</c>, served on
/// 127.0.0.1 on a free port) for the whole test run, and loads scenarios into it.
/// </summary>
public sealed class FixturesServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly StringBuilder _stderr = new();
    private Process? _process;
    private HttpClient? _http;

    /// <summary>The server's own address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The folder holding package.json, fixtures-server.js and (after <c>npm ci</c>) node_modules.</summary>
    public static string Directory { get; } = typeof(FixturesServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "FixturesDirectory").Value!;

    public async Task InitializeAsync()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@octokit", "fixtures-server")))
        {
            throw new InvalidOperationException(
                $"@octokit/fixtures-server is not installed: run `npm ci` in {Directory} (node and npm are needed), then run the tests again.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("fixtures-server.js");
        start.Environment["LOG_LEVEL"] = "warn";

        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start `node` (is Node.js on PATH?): {e.Message}", e);
        }

        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        string? line;
        try
        {
            line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            line = null;
        }

        const string prefix = "listening ";
        if (line is null || !line.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"fixtures-server.js did not report its port within {StartTimeout.TotalSeconds} s (first line: {line ?? "<none>"}). stderr:\n{StandardError}");
        }

        Address = new Uri($"http://{line[prefix.Length..].Trim()}/");
        _http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>What the server wrote to stderr so far.</summary>
    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>
    /// <c>POST /fixtures {"scenario": name}</c>: a fresh copy of the scenario, served under the returned base URL
    /// (e.g. <c>http://127.0.0.1:41234/api.github.com/k2j3h4</c>) until every recorded request was sent once, in order.
    /// </summary>
    public async Task<Uri> LoadScenarioAsync(string name)
    {
        using HttpResponseMessage response = await _http!.PostAsJsonAsync("fixtures", new { scenario = name });
        string body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Loading scenario \"{name}\" answered {(int)response.StatusCode}: {body}");
        }

        using JsonDocument json = JsonDocument.Parse(body);
        return new Uri(json.RootElement.GetProperty("url").GetString()!);
    }

    /// <summary>
    /// Whether every recorded request of the scenario at <paramref name="baseAddress"/> was consumed: the server
    /// forgets a finished scenario, so one more request answers 404 "Fixture ... not found"; otherwise the answer
    /// names what is still pending.
    /// </summary>
    public async Task<(bool Done, string Detail)> CheckConsumedAsync(Uri baseAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, baseAddress.AbsoluteUri.TrimEnd('/') + "/__consumed__");
        request.Headers.TryAddWithoutValidation("Accept", "application/vnd.github.v3+json");
        using HttpResponseMessage response = await _http!.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        return (body.Contains("not found", StringComparison.Ordinal) && body.Contains("Fixture", StringComparison.Ordinal), body);
    }

    public Task DisposeAsync()
    {
        _http?.Dispose();
        if (_process is { } process)
        {
            try
            {
                // Only the process this fixture started, by its own id.
                if (!process.HasExited)
                {
                    process.Kill();
                    process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // It has already exited.
            }

            process.Dispose();
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class FixturesServerCollection : ICollectionFixture<FixturesServer>
{
    public const string Name = "fixtures-server";
}
