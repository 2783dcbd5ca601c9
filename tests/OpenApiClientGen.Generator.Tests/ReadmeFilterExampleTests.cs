using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// The README's "Generating less" example, exactly as written there: each <c>AdditionalFiles</c> item's options given
/// to the generator on GitHub's description. Every tag and glob it shows must match something (no OACG0011), and the
/// first item must generate exactly the sample's two operations.
/// </summary>
public partial class ReadmeFilterExampleTests
{
    private static XElement[] ReadItems()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "OpenApiClientGen.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        string readme = File.ReadAllText(Path.Combine(folder!, "README.md")).ReplaceLineEndings("\n");
        int section = readme.IndexOf("### Generating less: operation filters", StringComparison.Ordinal);
        Assert.True(section >= 0, "The README has no section 'Generating less: operation filters'.");
        Match xml = XmlBlock().Match(readme, section);
        Assert.True(xml.Success, "The README's filter section has no XML block.");
        return XElement.Parse(xml.Groups[1].Value).Elements("AdditionalFiles").ToArray();
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Generate(XElement item)
    {
        AdditionalText spec = GeneratorHarness.Spec("api.github.com.json");
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [spec.Path] = item.Attributes()
                .Where(a => a.Name.LocalName.StartsWith("OpenApiClientGen_", StringComparison.Ordinal))
                .ToDictionary(a => "build_metadata.AdditionalFiles." + a.Name.LocalName, a => a.Value),
        };
        GeneratorDriver driver = GeneratorHarness.Driver([spec], metadata: metadata)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("namespace Consumer { internal static class Marker { } }"), out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    private static string[] Methods(Compilation output, string ns) =>
        output.GetSymbolsWithName(name => name.EndsWith("Operations", StringComparison.Ordinal), SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingNamespace.ToDisplayString() == ns)
            .SelectMany(t => t.GetMembers().OfType<IMethodSymbol>()
                .Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public)
                .Select(m => t.Name + "." + m.Name))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Every_filter_of_the_example_matches_and_the_first_client_has_the_samples_two_operations()
    {
        XElement[] items = ReadItems();
        Assert.Equal(3, items.Length);

        var clients = new List<string[]>();
        foreach (XElement item in items)
        {
            var (result, output) = Generate(item);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OACG0011");
            string ns = (string)item.Attribute("OpenApiClientGen_Namespace")!;
            Assert.NotNull(output.GetTypeByMetadataName(ns + "." + (string)item.Attribute("OpenApiClientGen_ClientName")!));
            clients.Add(Methods(output, ns));
        }

        Assert.Equal(
            ["ReposOperations.ListForAuthenticatedUserAsync", "ReposOperations.ListForAuthenticatedUserPagedAsync", "UsersOperations.GetAuthenticatedAsync"],
            clients[0]);
        Assert.Contains("IssuesOperations.CreateAsync", clients[1]);
        Assert.DoesNotContain("IssuesOperations.LockAsync", clients[1]);
        Assert.DoesNotContain(clients[1], m => !m.StartsWith("IssuesOperations.", StringComparison.Ordinal) && !m.StartsWith("PullsOperations.", StringComparison.Ordinal));
        Assert.Contains("ReposOperations.GetAsync", clients[2]);
        Assert.DoesNotContain(clients[2], m => m.StartsWith("ActionsOperations.", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"```xml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex XmlBlock();
}
