using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// The README's "Testing code that uses the client" example, exactly as written there, compiled against a client
/// generated from <c>github-mini.yaml</c> under GitHub's names (a hand-written fake derived from the generated
/// group) and run: the README cannot drift from what compiles and works.
/// </summary>
public sealed partial class ReadmeTestingExampleTests
{
    [Fact]
    public async Task The_readme_fake_compiles_against_the_generated_client_and_runs()
    {
        string example = ReadExample();
        AdditionalText spec = GeneratorHarness.Spec("github-mini.yaml");
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>> { [spec.Path] = GeneratorHarness.Metadata("GitHubClient", "GitHub") };
        CSharpCompilation program = GeneratorHarness.Compilation(GeneratorHarness.ImplicitUsings, example)
            .WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.Driver([spec], metadata: metadata).RunGeneratorsAndUpdateCompilation(program, out Compilation output, out _);

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        Assert.Empty(emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        MethodInfo main = Assembly.Load(image.ToArray()).EntryPoint!;
        TextWriter console = Console.Out;
        using var printed = new StringWriter();
        Console.SetOut(printed);
        try
        {
            object? result = main.Invoke(null, [Array.Empty<string>()]);
            if (result is Task running)
            {
                await running;
            }
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Equal("octocat/Hello-World: 42 stars\noctocat/gone: not found\noctocat/Hello-World: most commits by monalisa (30)\n", printed.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_readme_fake_also_compiles_against_the_full_GitHub_client()
    {
        // The overrides must match the full client's signatures, not only the small description's: bind the example
        // against the client generated from GitHub's description (only the example's own tree is checked).
        var parse = (CSharpParseOptions)GitHubGeneration.Output.SyntaxTrees.First().Options;
        SyntaxTree example = CSharpSyntaxTree.ParseText(ReadExample(), parse);
        Compilation program = GitHubGeneration.Output
            .WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable))
            .AddSyntaxTrees(example, CSharpSyntaxTree.ParseText(GeneratorHarness.ImplicitUsings, parse));

        Assert.Empty(program.GetSemanticModel(example).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static string ReadExample()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "OpenApiClientGen.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        string readme = File.ReadAllText(Path.Combine(folder!, "README.md"));
        int section = readme.IndexOf("### Testing code that uses the client", StringComparison.Ordinal);
        Assert.True(section >= 0, "The README has no section 'Testing code that uses the client'.");
        Match code = CSharpBlock().Match(readme, section);
        Assert.True(code.Success, "The README's testing section has no C# block.");
        return code.Groups[1].Value;
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
