using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary><c>services.Add{Client}(…)</c> is generated for consumers of Microsoft.Extensions.Http only, and compiles cleanly there.</summary>
public class DependencyInjectionTests
{
    private const string Registration = "OpenApiClients.FeaturesClient.DependencyInjection.g.cs";

    [Fact]
    public void A_consumer_without_Microsoft_Extensions_Http_gets_no_registration_code()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Spec("features.json"));

        Assert.NotEmpty(result.GeneratedTrees);
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.Contains("DependencyInjection", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GeneratedTrees, t => t.ToString().Contains("Microsoft.Extensions.DependencyInjection", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hosting_consumer_gets_every_registration_and_it_compiles_without_warnings()
    {
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Spec("features.json") })
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.HostingCompilation(Consumer), out Compilation output, out _);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        string registration = result.GeneratedSources.Single(s => s.HintName == Registration).SourceText.ToString();
        Assert.Equal(4, CountOf(registration, "public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddFeaturesClient("));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void Editing_user_code_leaves_the_registration_cached()
    {
        Compilation compilation = GeneratorHarness.HostingCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Spec("features.json") }, trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions)));
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[TrackingNames.HostingSupport].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.Registrations].SelectMany(s => s.Outputs).Single().Reason);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_the_spec_leaves_the_registration_file_alone()
    {
        AdditionalText original = GeneratorHarness.Spec("features.json");
        AdditionalText edited = GeneratorHarness.Spec("features.json", original.GetText()!.ToString().Replace("\"Get a pet\"", "\"Fetch a pet\"", StringComparison.Ordinal));
        Compilation compilation = GeneratorHarness.HostingCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { original }, trackSteps: true).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[TrackingNames.Registrations].SelectMany(s => s.Outputs).Single().Reason);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    // Uses every overload the way an app would, so a wrong signature fails here and not in a consumer's build.
    private const string Consumer = """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using OpenApiClientGen.Runtime;
        using OpenApiClients;

        internal static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration configuration)
            {
                services.AddFeaturesClient(o => o.UserAgent = "app/1.0").AddStandardResilienceHandlerLookalike();
                services.AddFeaturesClient(configuration.GetSection("Features"), credentials: _ => ApiCredentials.Token("t"));
                services.AddFeaturesClient("alice", o => o.Credentials = ApiCredentials.Token("a"));
                services.AddFeaturesClient("bob", configuration.GetSection("Bob"), credentials: provider => ApiCredentials.OAuth(provider.GetRequiredService<IAccessTokenProvider>()));
            }

            private static IHttpClientBuilder AddStandardResilienceHandlerLookalike(this IHttpClientBuilder builder) =>
                builder.ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler());
        }
        """;
}
