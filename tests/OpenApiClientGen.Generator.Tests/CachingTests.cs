using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>The incremental pipeline caches by value: user edits cost nothing, spec edits re-emit only what changed.</summary>
public class CachingTests
{
    private static readonly string[] Steps = { TrackingNames.SpecInput, TrackingNames.ApiModel, TrackingNames.Diagnostics, TrackingNames.Slices };

    [Fact]
    public void Editing_user_code_leaves_every_step_cached()
    {
        Compilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Spec("features.json") }, trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions)));
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        foreach (string step in Steps)
        {
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + output.Reason));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_operation_regenerates_only_its_group_file()
    {
        AdditionalText original = GeneratorHarness.Spec("features.json");
        AdditionalText edited = GeneratorHarness.Spec("features.json", original.GetText()!.ToString().Replace("\"Get a pet\"", "\"Fetch a pet\""));
        Compilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { original }, trackSteps: true).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.ApiModel].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        var slices = result.TrackedSteps[TrackingNames.Slices].SelectMany(s => s.Outputs).ToList();
        var modified = slices.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((dynamic)o.Value).HintName as string).ToList();
        Assert.Equal(new[] { "OpenApiClients.FeaturesClient.PetsOperations.g.cs" }, modified);
        Assert.True(slices.Count(o => o.Reason == IncrementalStepRunReason.Unchanged) >= 4);
        Assert.Contains("Fetch a pet", result.GeneratedSources.Single(s => s.HintName.EndsWith("PetsOperations.g.cs", StringComparison.Ordinal)).SourceText.ToString());
    }

    [Fact]
    public void No_Roslyn_or_OpenApi_object_is_reachable_from_step_outputs()
    {
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Spec("features.json") }, trackSteps: true)
            .RunGenerators(GeneratorHarness.Compilation("class A { }"));
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        foreach (string step in Steps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertPlainValues(output.Value, step);
            }
        }
    }

    private static void AssertPlainValues(object root, string step)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>();
        pending.Push(root);
        int visited = 0;
        while (pending.Count > 0)
        {
            object value = pending.Pop();
            Type type = value.GetType();
            if (type.IsPrimitive || value is string || type.IsEnum || !seen.Add(value))
            {
                continue;
            }

            visited++;
            string ns = type.Namespace ?? string.Empty;
            Assert.False(ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || ns.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal) || ns.StartsWith("System.Text.Json", StringComparison.Ordinal),
                $"{step} output reaches {type.FullName}");

            if (value is IEnumerable sequence)
            {
                foreach (object? item in sequence)
                {
                    if (item is not null)
                    {
                        pending.Push(item);
                    }
                }
            }

            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (field.GetValue(value) is { } child)
                {
                    pending.Push(child);
                }
            }
        }

        Assert.True(visited > 0);
    }
}
