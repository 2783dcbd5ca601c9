using OpenApiClientGen.Mapping;

namespace OpenApiClientGen.Generator.Tests;

public class NamingTests
{
    [Theory]
    [InlineData("list-for-authenticated-user", "ListForAuthenticatedUser")]
    [InlineData("simple-user", "SimpleUser")]
    [InlineData("stargazers_count", "StargazersCount")]
    [InlineData("+1", "Plus1")]
    [InlineData("-1", "Minus1")]
    [InlineData("2fa", "_2Fa")]
    [InlineData("sha256sum", "Sha256Sum")]
    [InlineData("", "Value")]
    [InlineData("ümlaut-name", "ÜmlautName")]
    [InlineData("api.github.com", "ApiGithubCom")]
    [InlineData("PR_TITLE", "PrTitle")]
    [InlineData("COMMIT_OR_PR_TITLE", "CommitOrPrTitle")]
    [InlineData("GitHub-Api", "GitHubApi")]
    [InlineData("X-GitHub-Api-Version", "XGitHubApiVersion")]
    public void Pascal_case_always_yields_an_identifier(string text, string expected) =>
        Assert.Equal(expected, CSharpNames.Pascal(text));

    [Theory]
    [InlineData("base", "@base")]
    [InlineData("per_page", "perPage")]
    [InlineData("class", "@class")]
    [InlineData("X-GitHub-Api-Version", "xGitHubApiVersion")]
    public void Camel_case_escapes_keywords(string text, string expected) =>
        Assert.Equal(expected, CSharpNames.Camel(text));

    [Fact]
    public void A_name_scope_makes_collisions_unique_in_claim_order()
    {
        var scope = new NameScope(new[] { "Value" });

        Assert.Equal("Pet", scope.Claim("Pet"));
        Assert.Equal("Pet2", scope.Claim("Pet"));
        Assert.Equal("Pet3", scope.Claim("Pet"));
        Assert.Equal("ValueValue", scope.ClaimMember("Value"));
    }

    [Fact]
    public void String_literals_escape_quotes_and_control_characters() =>
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u0001\"", CSharpNames.Literal("a\"b\\c\nd\u0001"));
}
