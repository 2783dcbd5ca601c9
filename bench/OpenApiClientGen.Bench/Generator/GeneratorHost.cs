using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiClientGen.Bench.Generator;

/// <summary>Runs the generator in this process the way the compiler does: loaded from its folder, fed one spec.</summary>
internal static class GeneratorHost
{
    private static IIncrementalGenerator? _loaded;

    /// <summary>Loads the generator from output/generator/, resolving its reader DLLs from the same folder.</summary>
    public static IIncrementalGenerator LoadGenerator()
    {
        if (_loaded is not null)
        {
            return _loaded;
        }

        string folder = Path.Combine(AppContext.BaseDirectory, "generator");
        string path = Path.Combine(folder, "OpenApiClientGen.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The generator was not copied beside the bench; build the bench project.", path);
        }

        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            string candidate = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
        Assembly assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        Type type = assembly.GetType("OpenApiClientGen.OpenApiClientGenerator", throwOnError: true)!;
        return _loaded = (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    public static GeneratorDriver CreateDriver(IIncrementalGenerator generator, AdditionalText spec, string clientName, string ns)
    {
        var fileOptions = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.OpenApiClientGen_ClientName"] = clientName,
            ["build_metadata.AdditionalFiles.OpenApiClientGen_Namespace"] = ns,
        };
        var globalOptions = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" };
        return CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            additionalTexts: [spec],
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            optionsProvider: new OptionsProvider(new DictionaryOptions(globalOptions), new DictionaryOptions(fileOptions)),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
    }

    /// <summary>An empty compilation with the basic framework references and the runtime library.</summary>
    public static CSharpCompilation CreateCompilation()
    {
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] names =
        [
            "System.Private.CoreLib.dll", "System.Runtime.dll", "netstandard.dll", "System.Collections.dll",
            "System.Linq.dll", "System.Memory.dll", "System.Net.Http.dll", "System.Text.Json.dll", "System.Threading.Tasks.dll",
        ];
        List<MetadataReference> references = names.Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(framework, name))).ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(OpenApiClientGen.Runtime.ApiClient).Assembly.Location));
        return CSharpCompilation.Create(
            "Bench.Generated",
            syntaxTrees: [],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class OptionsProvider(AnalyzerConfigOptions global, AnalyzerConfigOptions perFile) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => perFile;
    }
}
