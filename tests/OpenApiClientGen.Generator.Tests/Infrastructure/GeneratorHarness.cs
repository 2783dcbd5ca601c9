using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in-process on a compilation that references the runtime, as a consumer build does.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static string SpecPath(string name) => Path.Combine(AppContext.BaseDirectory, "specs", name);

    public static IEnumerable<string> AllSpecs() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "specs"))
            .Where(p => p.EndsWith(".json", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OrderBy(p => p, StringComparer.Ordinal)!;

    /// <summary>The real public descriptions under specs/corpus.</summary>
    public static IEnumerable<string> CorpusSpecs() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "specs", "corpus"))
            .Select(Path.GetFileName)
            .OrderBy(p => p, StringComparer.Ordinal)!;

    public static ImmutableArray<MetadataReference> References { get; } = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(ApiClient).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
        .ToImmutableArray();

    /// <summary>The global usings the SDK's implicit usings give a console project, for user code compiled here.</summary>
    public const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// An ASP.NET Core app's references: the test process's own framework (Microsoft.Extensions.Http, configuration,
    /// dependency injection) plus the runtime.
    /// </summary>
    public static ImmutableArray<MetadataReference> HostingReferences { get; } = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => !Path.GetFileName(path).StartsWith("OpenApiClientGen", StringComparison.Ordinal))
        .Append(typeof(ApiClient).Assembly.Location)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    /// <remarks>
    /// The runtime targets net8.0 and the framework here is newer: unification warnings CS1701/CS1702 are off, as the
    /// .NET SDK turns them off in every build.
    /// </remarks>
    public static CSharpCompilation HostingCompilation(params string[] sources)
    {
        CSharpCompilation compilation = Compilation(sources).WithReferences(HostingReferences);
        return compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        }));
    }

    public static AdditionalText Spec(string name, string? text = null) =>
        new InMemoryAdditionalText(SpecPath(name), text ?? File.ReadAllText(SpecPath(name)));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> specs, bool trackSteps = false, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? metadata = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            specs,
            ParseOptions,
            new TestOptionsProvider(metadata ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Generates for the given specs and returns the result plus the compilation that includes the output.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params AdditionalText[] specs)
    {
        GeneratorDriver driver = Driver(specs).RunGeneratorsAndUpdateCompilation(Compilation("namespace Consumer { internal static class Marker { } }"), out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    public static IReadOnlyDictionary<string, string> Metadata(string clientName, string ns) => new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.OpenApiClientGen_ClientName"] = clientName,
        ["build_metadata.AdditionalFiles.OpenApiClientGen_Namespace"] = ns,
    };
}
