using System.Diagnostics;
using System.Text;

namespace OpenApiClientGen.Bench.Infrastructure;

/// <summary>The outcome of one <c>dotnet</c> command.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed);

/// <summary>Runs the <c>dotnet</c> CLI with a time limit; no compiler server and no MSBuild node reuse.</summary>
internal static class DotNet
{
    public static CommandResult Run(string workingDirectory, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Inherited from `dotnet run`; a child build finds its SDK by itself.
        foreach (string name in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'dotnet {string.Join(" ", arguments)}' did not finish within {timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        stopwatch.Stop();
        lock (output)
        {
            return new CommandResult("dotnet " + string.Join(" ", arguments), process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
    }

    public static CommandResult RunChecked(string workingDirectory, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        CommandResult result = Run(workingDirectory, arguments, timeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{result.CommandLine}' failed with exit code {result.ExitCode}:{Environment.NewLine}{result.Output}");
        }

        return result;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
