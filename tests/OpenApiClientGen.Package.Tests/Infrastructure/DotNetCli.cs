using System.Diagnostics;
using System.Text;

namespace OpenApiClientGen.Package.Tests.Infrastructure;

/// <summary>The result of one <c>dotnet</c> command: exit code and the interleaved standard output and error.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Duration)
{
    public override string ToString() =>
        $"> {CommandLine}{Environment.NewLine}exit code {ExitCode} after {Duration.TotalSeconds:0.0} s{Environment.NewLine}{Output}";
}

/// <summary>
/// Runs the <c>dotnet</c> CLI as a user would, with a time limit. The compiler server is off (every build is cold, as
/// on this project's machines) and so is MSBuild node reuse, so no build process outlives a test.
/// </summary>
public static class DotNetCli
{
    // Inherited from the test runner's own dotnet process; a child build must find its SDK by itself.
    private static readonly string[] InheritedVariablesToDrop =
    [
        "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "MSBUILDDISABLENODEREUSE",
    ];

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static async Task<CommandResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotNetPath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string name in InheritedVariablesToDrop)
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (environment is not null)
        {
            foreach ((string name, string value) in environment)
            {
                start.Environment[name] = value;
            }
        }

        string commandLine = "dotnet " + string.Join(" ", arguments);
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"'{commandLine}' did not finish within {timeout.TotalSeconds:0} s.{Environment.NewLine}{Text(output)}");
        }

        // WaitForExitAsync returns after the output streams are drained.
        return new CommandResult(commandLine, process.ExitCode, Text(output), stopwatch.Elapsed);
    }

    /// <summary>Runs the command and throws with its whole output unless it exits with 0.</summary>
    public static async Task<CommandResult> RunCheckedAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        CommandResult result = await RunAsync(workingDirectory, arguments, timeout, environment);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("A dotnet command failed." + Environment.NewLine + result);
        }

        return result;
    }

    private static string DotNetPath =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
