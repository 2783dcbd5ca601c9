using System.IO.Compression;
using System.Xml.Linq;
using OpenApiClientGen.Package.Tests.Infrastructure;

namespace OpenApiClientGen.Package.Tests;

/// <summary>What the packed nupkgs hold: checked file by file, so a broken package says what is missing.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests(PackagedFeed feed)
{
    private const string Analyzers = "analyzers/dotnet/cs/";

    [Fact]
    public void Generator_package_ships_the_generator_with_the_reader_dlls_beside_it()
    {
        IReadOnlyList<string> entries = Entries(feed.GeneratorPackage);

        // OpenAPI.NET for JSON; its YAML reader and SharpYaml for YAML; System.Text.Json 8 for hosts on .NET Framework.
        string[] expected =
        [
            Analyzers + "OpenApiClientGen.dll",
            Analyzers + "Microsoft.OpenApi.dll",
            Analyzers + "Microsoft.OpenApi.YamlReader.dll",
            Analyzers + "SharpYaml.dll",
            Analyzers + "System.Text.Json.dll",
            Analyzers + "System.Text.Encodings.Web.dll",
            Analyzers + "Microsoft.Bcl.AsyncInterfaces.dll",
            Analyzers + "System.Memory.dll",
            Analyzers + "System.Buffers.dll",
            Analyzers + "System.Runtime.CompilerServices.Unsafe.dll",
            Analyzers + "System.Threading.Tasks.Extensions.dll",
            "build/OpenApiClientGen.props",
            "buildTransitive/OpenApiClientGen.props",
            "build/OpenApiClientGen.targets",
            "buildTransitive/OpenApiClientGen.targets",
            "README.md",
        ];
        Assert.Empty(expected.Except(entries));

        // Nothing is referenced by the consumer's compilation, and the compiler's own assemblies are never shipped.
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, entry => entry.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_package_props_make_the_spec_options_visible_to_the_compiler()
    {
        foreach (string props in new[] { "build/OpenApiClientGen.props", "buildTransitive/OpenApiClientGen.props" })
        {
            string text = ReadEntry(feed.GeneratorPackage, props);
            Assert.Contains("MetadataName=\"OpenApiClientGen_ClientName\"", text, StringComparison.Ordinal);
            Assert.Contains("MetadataName=\"OpenApiClientGen_Namespace\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generator_package_targets_keep_description_findings_from_failing_strict_builds()
    {
        foreach (string targets in new[] { "build/OpenApiClientGen.targets", "buildTransitive/OpenApiClientGen.targets" })
        {
            string text = ReadEntry(feed.GeneratorPackage, targets);
            Assert.Contains("<WarningsNotAsErrors>", text, StringComparison.Ordinal);
            Assert.Contains("<MSBuildWarningsNotAsErrors>", text, StringComparison.Ordinal);
            Assert.Contains("OACG0002", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(PackagedFeed.GeneratorPackageId)]
    [InlineData(PackagedFeed.RuntimePackageId)]
    public void Each_package_has_a_readme_and_packs_without_warnings(string id)
    {
        string package = id == PackagedFeed.GeneratorPackageId ? feed.GeneratorPackage : feed.RuntimePackage;
        XElement metadata = Nuspec(package);
        Assert.Equal("README.md", metadata.Element(metadata.Name.Namespace + "readme")?.Value);
        Assert.Contains($"# {id}", ReadEntry(package, "README.md"), StringComparison.Ordinal);
        foreach (CommandResult pack in feed.PackResults)
        {
            ConsumerProject.AssertNoWarnings(pack);
        }
    }

    [Fact]
    public void Generator_package_depends_on_the_runtime_package_of_the_same_version()
    {
        XElement metadata = Nuspec(feed.GeneratorPackage);
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal(PackagedFeed.GeneratorPackageId, metadata.Element(ns + "id")?.Value);
        Assert.Equal(feed.Version, metadata.Element(ns + "version")?.Value);
        Assert.NotEqual("true", metadata.Element(ns + "developmentDependency")?.Value);

        XElement dependencies = metadata.Element(ns + "dependencies") ?? throw new Xunit.Sdk.XunitException("The nuspec lists no dependencies.");
        List<XElement> groups = dependencies.Elements(ns + "group").ToList();
        IEnumerable<XElement> scopes = groups.Count > 0 ? groups : [dependencies];
        foreach (XElement scope in scopes)
        {
            XElement runtime = Assert.Single(scope.Elements(ns + "dependency"), d => (string?)d.Attribute("id") == PackagedFeed.RuntimePackageId);
            Assert.Equal(feed.Version, (string?)runtime.Attribute("version"));
            Assert.DoesNotContain("Compile", (string?)runtime.Attribute("exclude") ?? "", StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Runtime", (string?)runtime.Attribute("exclude") ?? "", StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Runtime_package_ships_the_library_with_its_documentation()
    {
        IReadOnlyList<string> entries = Entries(feed.RuntimePackage);
        Assert.Contains("lib/net8.0/OpenApiClientGen.Runtime.dll", entries);
        Assert.Contains("lib/net8.0/OpenApiClientGen.Runtime.xml", entries);

        XElement metadata = Nuspec(feed.RuntimePackage);
        Assert.Equal(PackagedFeed.RuntimePackageId, metadata.Element(metadata.Name.Namespace + "id")?.Value);
    }

    private static IReadOnlyList<string> Entries(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(entry => entry.FullName).ToList();
    }

    private static string ReadEntry(string package, string name)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        ZipArchiveEntry entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not in {Path.GetFileName(package)}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static XElement Nuspec(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        ZipArchiveEntry entry = Assert.Single(zip.Entries, e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using Stream stream = entry.Open();
        XElement root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }
}
