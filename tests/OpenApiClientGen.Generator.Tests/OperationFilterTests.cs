using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// <c>OpenApiClientGen_ExcludeTags</c>, <c>_Operations</c>, <c>_ExcludeOperations</c>, <c>_Paths</c> and
/// <c>_ExcludePaths</c>: an operation is kept when every include filter given matches it and no exclude filter does,
/// and only the models the kept operations reach are generated.
/// </summary>
public class OperationFilterTests
{
    private const string Key = "build_metadata.AdditionalFiles.OpenApiClientGen_";

    /// <summary>
    /// Three tags and an untagged operation without an id. <c>Issue</c> and <c>IssueCreate</c> are reached only by the
    /// issues operations, <c>Tag</c> only by <c>repos/list-tags</c>; <c>User</c> by issues and users alike.
    /// </summary>
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Filters", "version": "1" },
          "servers": [ { "url": "https://api.example.com" } ],
          "paths": {
            "/repos/{owner}/{repo}": {
              "parameters": [
                { "name": "owner", "in": "path", "required": true, "schema": { "type": "string" } },
                { "name": "repo", "in": "path", "required": true, "schema": { "type": "string" } }
              ],
              "get": { "operationId": "repos/get", "tags": ["repos"], "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/FullRepository" } } } } } },
              "delete": { "operationId": "repos/delete", "tags": ["repos"], "responses": { "204": { "description": "gone" } } }
            },
            "/repos/{owner}/{repo}/tags": {
              "get": {
                "operationId": "repos/list-tags", "tags": ["repos"],
                "parameters": [
                  { "name": "owner", "in": "path", "required": true, "schema": { "type": "string" } },
                  { "name": "repo", "in": "path", "required": true, "schema": { "type": "string" } }
                ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Tag" } } } } } }
              }
            },
            "/users/{username}/repos": {
              "get": {
                "operationId": "repos/list-for-user", "tags": ["repos"],
                "parameters": [ { "name": "username", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/FullRepository" } } } } } }
              }
            },
            "/repos/{owner}/{repo}/issues": {
              "post": {
                "operationId": "issues/create", "tags": ["issues"],
                "parameters": [
                  { "name": "owner", "in": "path", "required": true, "schema": { "type": "string" } },
                  { "name": "repo", "in": "path", "required": true, "schema": { "type": "string" } }
                ],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/IssueCreate" } } } },
                "responses": { "201": { "description": "created", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Issue" } } } } }
              }
            },
            "/repos/{owner}/{repo}/issues/{number}": {
              "get": {
                "operationId": "issues/get", "tags": ["issues"],
                "parameters": [
                  { "name": "owner", "in": "path", "required": true, "schema": { "type": "string" } },
                  { "name": "repo", "in": "path", "required": true, "schema": { "type": "string" } },
                  { "name": "number", "in": "path", "required": true, "schema": { "type": "integer" } }
                ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Issue" } } } } }
              }
            },
            "/user": {
              "get": { "operationId": "users/get-authenticated", "tags": ["users"], "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/User" } } } } } }
            },
            "/meta": {
              "get": { "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Meta" } } } } } }
            }
          },
          "components": {
            "schemas": {
              "User": { "type": "object", "properties": { "login": { "type": "string" } } },
              "FullRepository": { "type": "object", "properties": { "name": { "type": "string" } } },
              "Tag": { "type": "object", "properties": { "name": { "type": "string" } } },
              "Issue": { "type": "object", "properties": { "title": { "type": "string" }, "user": { "$ref": "#/components/schemas/User" } } },
              "IssueCreate": { "type": "object", "properties": { "title": { "type": "string" } } },
              "Meta": { "type": "object", "properties": { "version": { "type": "string" } } }
            }
          }
        }
        """;

    private static (GeneratorDriverRunResult Result, Compilation Output) Generate(params (string Option, string Value)[] options)
    {
        AdditionalText spec = GeneratorHarness.Spec("filters.json", Spec);
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [spec.Path] = options.ToDictionary(o => Key + o.Option, o => o.Value),
        };
        GeneratorDriver driver = GeneratorHarness.Driver([spec], metadata: metadata)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("namespace Consumer { internal static class Marker { } }"), out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The generated methods, as <c>Group.Method</c>, of every operations class.</summary>
    private static string[] Methods(Compilation output, string ns = "OpenApiClients") =>
        new[] { "Repos", "Issues", "Users", "Default" }
            .Select(group => output.GetTypeByMetadataName($"{ns}.{group}Operations"))
            .OfType<INamedTypeSymbol>()
            .SelectMany(type => type.GetMembers().OfType<IMethodSymbol>()
                .Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public)
                .Select(m => type.Name.Replace("Operations", "", StringComparison.Ordinal) + "." + m.Name))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static void AssertClean(GeneratorDriverRunResult result, Compilation output)
    {
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static bool Has(Compilation output, string type, string ns = "OpenApiClients") => output.GetTypeByMetadataName(ns + "." + type) is not null;

    [Fact]
    public void Without_filters_every_operation_is_generated()
    {
        var (result, output) = Generate();

        AssertClean(result, output);
        Assert.Equal(
            ["Default.GetMetaAsync", "Issues.CreateAsync", "Issues.GetAsync", "Repos.DeleteAsync", "Repos.GetAsync", "Repos.ListForUserAsync", "Repos.ListTagsAsync", "Users.GetAuthenticatedAsync"],
            Methods(output));
    }

    [Fact]
    public void Excluded_tags_leave_out_their_operations_and_the_models_only_they_reach()
    {
        var (result, output) = Generate(("ExcludeTags", "Issues, default"));

        AssertClean(result, output);
        Assert.Equal(["Repos.DeleteAsync", "Repos.GetAsync", "Repos.ListForUserAsync", "Repos.ListTagsAsync", "Users.GetAuthenticatedAsync"], Methods(output));
        Assert.False(Has(output, "IssuesOperations"));
        Assert.False(Has(output, "Issue"));
        Assert.False(Has(output, "IssueCreate"));
        Assert.False(Has(output, "Meta"));
        Assert.True(Has(output, "User"));
    }

    [Fact]
    public void Operation_patterns_match_within_a_segment_and_ignore_case()
    {
        var (result, output) = Generate(("Operations", "REPOS/list-*,*/get"));

        AssertClean(result, output);
        // '*' stops at '/': "*/get" is every group's "get", not "users/get-authenticated".
        Assert.Equal(["Issues.GetAsync", "Repos.GetAsync", "Repos.ListForUserAsync", "Repos.ListTagsAsync"], Methods(output));
        Assert.False(Has(output, "IssueCreate"));
        Assert.False(Has(output, "Meta"));
    }

    [Fact]
    public void A_double_star_in_an_operation_pattern_crosses_segments()
    {
        var (_, output) = Generate(("Operations", "**get*"));

        Assert.Equal(["Issues.GetAsync", "Repos.GetAsync", "Users.GetAuthenticatedAsync"], Methods(output));
    }

    [Fact]
    public void Excluded_operations_are_left_out_and_operations_without_an_id_stay()
    {
        var (result, output) = Generate(("ExcludeOperations", "*/delete;issues/create"));

        AssertClean(result, output);
        Assert.Equal(["Default.GetMetaAsync", "Issues.GetAsync", "Repos.GetAsync", "Repos.ListForUserAsync", "Repos.ListTagsAsync", "Users.GetAuthenticatedAsync"], Methods(output));
        Assert.False(Has(output, "IssueCreate"));
        Assert.True(Has(output, "Issue"));
    }

    [Fact]
    public void A_trailing_double_star_path_pattern_matches_the_path_itself_and_everything_below()
    {
        var (result, output) = Generate(("Paths", "/repos/{owner}/{repo}/**"));

        AssertClean(result, output);
        Assert.Equal(["Issues.CreateAsync", "Issues.GetAsync", "Repos.DeleteAsync", "Repos.GetAsync", "Repos.ListTagsAsync"], Methods(output));
        Assert.False(Has(output, "UsersOperations"));
        Assert.False(Has(output, "Meta"));
    }

    [Fact]
    public void A_single_star_in_a_path_pattern_matches_one_segment()
    {
        var (result, output) = Generate(("Paths", "/repos/*/*,/user"));

        AssertClean(result, output);
        Assert.Equal(["Repos.DeleteAsync", "Repos.GetAsync", "Users.GetAuthenticatedAsync"], Methods(output));
        Assert.False(Has(output, "Tag"));
        Assert.False(Has(output, "Issue"));
    }

    [Fact]
    public void Excluded_paths_are_left_out()
    {
        var (result, output) = Generate(("ExcludePaths", "/repos/*/*/issues/**,/meta"));

        AssertClean(result, output);
        Assert.Equal(["Repos.DeleteAsync", "Repos.GetAsync", "Repos.ListForUserAsync", "Repos.ListTagsAsync", "Users.GetAuthenticatedAsync"], Methods(output));
        Assert.False(Has(output, "Issue"));
    }

    [Fact]
    public void An_operation_is_kept_when_every_include_filter_matches_it_and_no_exclude_filter_does()
    {
        var (result, output) = Generate(
            ("Tags", "repos,issues"),
            ("Paths", "/repos/**"),
            ("ExcludeOperations", "issues/create"),
            ("ExcludePaths", "/repos/*/*/tags"));

        AssertClean(result, output);
        // list-for-user is a repos operation outside /repos; users/get-authenticated matches no tag.
        Assert.Equal(["Issues.GetAsync", "Repos.DeleteAsync", "Repos.GetAsync"], Methods(output));
        Assert.False(Has(output, "Tag"));
        Assert.False(Has(output, "IssueCreate"));
        Assert.True(Has(output, "Issue"));
        Assert.True(Has(output, "User"));
    }

    [Theory]
    [InlineData("Tags", "repos,nope", "OpenApiClientGen_Tags", "nope")]
    [InlineData("ExcludeTags", "nope", "OpenApiClientGen_ExcludeTags", "nope")]
    [InlineData("Operations", "repos/*,repo/get", "OpenApiClientGen_Operations", "repo/get")]
    [InlineData("ExcludeOperations", "repos/get-*", "OpenApiClientGen_ExcludeOperations", "repos/get-*")]
    [InlineData("Paths", "/user,/Repos/**", "OpenApiClientGen_Paths", "/Repos/**")]
    [InlineData("ExcludePaths", "/repos/*", "OpenApiClientGen_ExcludePaths", "/repos/*")]
    public void A_pattern_that_matches_no_operation_is_reported_in_the_spec(string option, string value, string property, string pattern)
    {
        var (result, output) = Generate((option, value));

        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("OACG0011", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains(property, warning.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'" + pattern + "'", warning.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("filters.json", warning.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Filters_that_leave_no_operation_are_reported_once_as_such()
    {
        var (result, output) = Generate(("Tags", "users"), ("Paths", "/repos/**"));

        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.Equal("OACG0011", warning.Id);
        Assert.Contains("leave none of the 8 operations", warning.GetMessage(), StringComparison.Ordinal);
        Assert.True(Has(output, "FiltersClient"));
    }

    [Fact]
    public void Each_variant_of_one_file_keeps_its_own_filters()
    {
        AdditionalText spec = GeneratorHarness.Spec("filters.json", Spec);
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            // Client|Namespace|Tags|CheckPath|AuthenticatedCheckPath|ExcludeTags|Operations|ExcludeOperations|Paths|ExcludePaths
            [spec.Path] = new Dictionary<string, string>
            {
                [Key + "Variants"] = "ReadClient|Read|||||*/get,*/list-*|||/meta!WriteClient|Write|repos,issues|||issues||*/get*,*/list-*|/repos/**|",
            },
        };

        GeneratorDriver driver = GeneratorHarness.Driver([spec, spec], metadata: metadata)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("namespace Consumer { internal static class Marker { } }"), out Compilation output, out _);

        AssertClean(driver.GetRunResult(), output);
        Assert.Equal(["Issues.GetAsync", "Repos.GetAsync", "Repos.ListForUserAsync", "Repos.ListTagsAsync"], Methods(output, "Read"));
        Assert.Equal(["Repos.DeleteAsync"], Methods(output, "Write"));
        Assert.False(Has(output, "IssueCreate", "Read"));
        Assert.True(Has(output, "Tag", "Read"));
        Assert.False(Has(output, "Tag", "Write"));
    }
}
