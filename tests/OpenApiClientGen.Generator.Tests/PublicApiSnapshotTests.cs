using System.Runtime.CompilerServices;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// The public API of the generated GitHub client, rendered from the compilation the other GitHub tests share and
/// compared with Snapshots/GitHubClient.publicapi.txt: a change of a generated name or signature shows up in review
/// as a diff of that file. Set UPDATE_SNAPSHOTS=1 (or OACG_UPDATE_SNAPSHOTS=1) to rewrite it after an intended change.
/// </summary>
public class PublicApiSnapshotTests
{
    [Fact]
    public void GitHub_client_public_api_matches_the_snapshot()
    {
        string actual = PublicApi.Render(GitHubGeneration.Output, "GitHub");
        string file = SnapshotFile();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" || Environment.GetEnvironmentVariable("OACG_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(file, actual);
        }

        Assert.True(File.Exists(file), "snapshot missing: run with UPDATE_SNAPSHOTS=1");
        string expected = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            string[] want = expected.Split('\n');
            string[] got = actual.Split('\n');
            int line = Enumerable.Range(0, Math.Min(want.Length, got.Length)).FirstOrDefault(i => want[i] != got[i], Math.Min(want.Length, got.Length));
            Assert.Fail($"The public API differs from {Path.GetFileName(file)} at line {line + 1}:\n  expected: {Line(want, line)}\n  actual:   {Line(got, line)}\nRun the test with UPDATE_SNAPSHOTS=1 to accept the change.");
        }
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index] : "(end of file)";

    private static string SnapshotFile([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Snapshots", "GitHubClient.publicapi.txt");
}
