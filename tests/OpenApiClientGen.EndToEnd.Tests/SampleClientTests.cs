using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>
/// The sample's project file limits its client with <c>OpenApiClientGen_Operations</c>: the metadata reaches the
/// generator through the props' CompilerVisibleItemMetadata, and the built assembly holds only the two operations the
/// sample calls and the models they reach. Read from the file's metadata, without loading it.
/// </summary>
public sealed class SampleClientTests
{
    private static (string[] Types, string[] Methods) GitHubTypes()
    {
        using var pe = new PEReader(File.OpenRead(SampleApp.AssemblyPath));
        MetadataReader reader = pe.GetMetadataReader();
        var types = new List<string>();
        var methods = new List<string>();
        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            if (reader.GetString(type.Namespace) != "GitHub")
            {
                continue;
            }

            string name = reader.GetString(type.Name);
            types.Add(name);
            if (name.EndsWith("Operations", StringComparison.Ordinal))
            {
                methods.AddRange(type.GetMethods()
                    .Select(m => reader.GetMethodDefinition(m))
                    .Where(m => (m.Attributes & System.Reflection.MethodAttributes.MemberAccessMask) == System.Reflection.MethodAttributes.Public)
                    .Select(m => name + "." + reader.GetString(m.Name))
                    .Where(m => !m.EndsWith(".ctor", StringComparison.Ordinal)));
            }
        }

        return (types.ToArray(), methods.Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void The_sample_generates_only_the_operations_it_calls()
    {
        var (types, methods) = GitHubTypes();

        Assert.Equal(
            ["ReposOperations.ListForAuthenticatedUserAsync", "ReposOperations.ListForAuthenticatedUserPagedAsync", "UsersOperations.GetAuthenticatedAsync"],
            methods);
        Assert.Contains("GitHubClient", types);
        Assert.Contains("Repository", types);
        Assert.DoesNotContain("IssuesOperations", types);
        Assert.DoesNotContain("FullRepository", types);
        // The full client has about 1,900 types; these two operations reach a few dozen.
        Assert.InRange(types.Length, 10, 150);
    }
}
