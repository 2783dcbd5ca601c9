using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// Unions (specs/unions.yaml) are built from plain values: user code assigns a string, a number or a generated model
/// where a union is expected, and the generated context writes the value itself.
/// </summary>
public class UnionTests
{
    private const string UserCode = """
        using OpenApiClients;

        public static class UserCode
        {
            public static string Request() => System.Text.Json.JsonSerializer.Serialize(
                new CreateIssueRequest { Title = "a", Labels = ["bug", "x", new Label { Name = "y" }], Weight = 2.5, Tags = "t" },
                UnionsJsonContext.Default.CreateIssueRequest);

            public static string Numbers() => System.Text.Json.JsonSerializer.Serialize(
                new CreateIssueRequest { Title = 7, Weight = true },
                UnionsJsonContext.Default.CreateIssueRequest);

            public static long? Title(CreateIssueRequestTitle title) => title.AsInt64();

            public static Milestone? Milestone(Issue issue) => issue.Milestone;
        }
        """;

    private static (Compilation Output, Assembly Assembly) Compile()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec("unions.yaml"));
        Assert.Empty(result.Diagnostics);
        output = output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(UserCode, GeneratorHarness.ParseOptions));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return (output, Assembly.Load(image.ToArray()));
    }

    private static object? Invoke(Assembly assembly, string method, params object?[] arguments) =>
        assembly.GetType("UserCode")!.GetMethod(method)!.Invoke(null, arguments);

    [Fact]
    public void Scalar_and_model_alternatives_are_assigned_as_plain_values()
    {
        var (_, assembly) = Compile();

        JsonRoundTrip.Same("""{"title":"a","labels":["bug","x",{"name":"y"}],"weight":2.5,"tags":"t"}""", (string)Invoke(assembly, "Request")!);
        JsonRoundTrip.Same("""{"title":7,"weight":true}""", (string)Invoke(assembly, "Numbers")!);
    }

    [Fact]
    public void Conversions_exist_only_where_CSharp_allows_them()
    {
        var (output, _) = Compile();

        string Conversions(string union) => string.Join(", ", output.GetTypeByMetadataName("OpenApiClients." + union)!
            .GetMembers("op_Implicit").OfType<IMethodSymbol>().Select(m => m.Parameters.Single().Type.ToDisplayString()).OrderBy(t => t, StringComparer.Ordinal));

        Assert.Equal("long, string", Conversions("CreateIssueRequestTitle"));
        Assert.Equal("OpenApiClients.Label, string", Conversions("CreateIssueRequestLabelsItem"));
        Assert.Equal("bool, double, long", Conversions("CreateIssueRequestWeight"));

        // A list alternative is an interface: it has a From factory but no conversion.
        Assert.Equal("string", Conversions("CreateIssueRequestTags"));
    }

    [Fact]
    public void A_model_or_anything_is_the_nullable_model()
    {
        var (output, _) = Compile();

        Assert.Equal("OpenApiClients.Milestone?", output.GetTypeByMetadataName("OpenApiClients.Issue")!.GetMembers("Milestone").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }
}
