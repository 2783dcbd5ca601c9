using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace OpenApiClientGen.EndToEnd.Tests.Infrastructure;

/// <summary>What a run of the sample printed and returned.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>Runs the built sample (samples/GitHubRepos) as a separate process, the way a user does.</summary>
internal static class SampleApp
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static string AssemblyPath { get; } =
        typeof(SampleApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleAssembly").Value
        ?? throw new InvalidOperationException("The test project does not know where the sample was built.");

    /// <summary>Runs the sample with <paramref name="args"/>; GITHUB_TOKEN is removed unless <paramref name="token"/> sets it.</summary>
    public static async Task<SampleRun> RunAsync(IEnumerable<string> args, string? token = null)
    {
        Assert.True(File.Exists(AssemblyPath), $"The sample was not built at {AssemblyPath}.");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("GITHUB_TOKEN");
        if (token is not null)
        {
            start.Environment["GITHUB_TOKEN"] = token;
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("The sample did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The sample did not finish within {Limit}.");
        }

        return new SampleRun(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }

    // The muxer that runs framework-dependent apps: the one the SDK names, else the one next to the shared runtime.
    private static string DotnetHost()
    {
        string executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        string? root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        string candidate = Path.Combine(root, executable);
        return File.Exists(candidate) ? candidate : executable;
    }
}
