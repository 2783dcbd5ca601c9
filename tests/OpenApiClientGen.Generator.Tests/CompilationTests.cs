using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>The generated client compiles cleanly (nullable on, C# 12, every warning counted) for every spec in specs/.</summary>
public class CompilationTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (string spec in GeneratorHarness.AllSpecs())
        {
            data.Add(spec);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Generated_client_compiles_without_errors_or_warnings(string spec)
    {
        var (result, output) = spec == "api.github.com.json"
            ? (GitHubGeneration.Result, GitHubGeneration.Output)
            : GeneratorHarness.Run(GeneratorHarness.Spec(spec));

        // GitHub's description really has two duplicate path signatures; they surface as warnings only.
        int expectedSpecWarnings = spec == "api.github.com.json" ? 2 : 0;
        Assert.Equal(expectedSpecWarnings, result.Diagnostics.Count(d => d.Id == "OACG0002"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id != "OACG0002");
        Assert.NotEmpty(result.GeneratedTrees);

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void GitHub_client_has_a_method_for_every_operation_grouped_by_tag()
    {
        Compilation output = GitHubGeneration.Output;
        INamespaceSymbol github = output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "GitHub");
        var groups = github.GetTypeMembers().Where(t => t.Name.EndsWith("Operations", StringComparison.Ordinal)).ToList();
        var methods = groups.SelectMany(g => g.GetMembers().OfType<IMethodSymbol>())
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && m.Name.EndsWith("Async", StringComparison.Ordinal)).ToList();
        var paged = methods.Where(m => m.ReturnType.Name == "ApiPager").ToList();

        Assert.Equal(1223, methods.Count - paged.Count);
        Assert.True(paged.Count > 250, paged.Count + " paged methods");
        Assert.All(paged, p => Assert.Contains(methods, m => m.ContainingType.Equals(p.ContainingType, SymbolEqualityComparer.Default) && m.Name == p.Name.Replace("PagedAsync", "Async", StringComparison.Ordinal)));
        Assert.Contains(groups, g => g.Name == "ReposOperations");
        Assert.Contains(groups, g => g.Name == "IssuesOperations");

        INamedTypeSymbol client = output.GetTypeByMetadataName("GitHub.GitHubClient")!;
        Assert.Equal("ReposOperations", ((IPropertySymbol)client.GetMembers("Repos").Single()).Type.Name);
    }

    [Fact]
    public void GitHub_list_repositories_method_has_the_documented_shape()
    {
        INamedTypeSymbol repos = GitHubGeneration.Output.GetTypeByMetadataName("GitHub.ReposOperations")!;
        IMethodSymbol method = repos.GetMembers("ListForAuthenticatedUserAsync").OfType<IMethodSymbol>().Single();

        Assert.Equal("OpenApiClientGen.Runtime.ApiCall<System.Collections.Generic.IReadOnlyList<GitHub.Repository>>", method.ReturnType.ToDisplayString());
        Assert.Equal("visibility", method.Parameters[0].Name);
        Assert.Equal("GitHub.ReposVisibility?", method.Parameters[0].Type.ToDisplayString());
        Assert.True(method.Parameters[0].IsOptional);
        Assert.Equal("cancellationToken", method.Parameters[^1].Name);
        Assert.Equal("requestOptions", method.Parameters[^2].Name);
    }

    [Fact]
    public void GitHub_keyword_parameter_and_deprecated_operation_are_handled()
    {
        // GitHub has a path parameter named "base" (a C# keyword) and deprecated operations.
        var methods = GitHubGeneration.Output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "GitHub")
            .GetTypeMembers().SelectMany(t => t.GetMembers().OfType<IMethodSymbol>()).ToList();

        Assert.Contains(methods, m => m.Parameters.Any(p => p.Name == "base"));
        Assert.Contains(methods, m => m.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute"));
    }

    [Fact]
    public void Identical_inline_objects_share_one_type_but_request_bodies_keep_their_names()
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.Spec("features.json"));
        INamedTypeSymbol pet = output.GetTypeByMetadataName("OpenApiClients.Pet")!;

        string front = ((IPropertySymbol)pet.GetMembers("FrontPaw").Single()).Type.ToDisplayString();
        string back = ((IPropertySymbol)pet.GetMembers("BackPaw").Single()).Type.ToDisplayString();
        Assert.Equal("OpenApiClients.PetFrontPaw?", front);
        Assert.Equal(front, back);
        Assert.Null(output.GetTypeByMetadataName("OpenApiClients.PetBackPaw"));
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.PetsCreateRequest"));
    }

    [Fact]
    public void Output_is_identical_for_identical_input()
    {
        var first = GeneratorHarness.Run(GeneratorHarness.Spec("features.json")).Result.GeneratedTrees.Select(t => (t.FilePath, t.ToString())).ToList();
        var second = GeneratorHarness.Run(GeneratorHarness.Spec("features.json")).Result.GeneratedTrees.Select(t => (t.FilePath, t.ToString())).ToList();

        Assert.Equal(first, second);
        Assert.All(first, file => Assert.DoesNotContain("\r", file.Item2));
        Assert.All(first, file => Assert.StartsWith("// <auto-generated/>\n#nullable enable annotations\n", file.Item2));
    }
}
