using GitHubRepos.Paging;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>The sample's Link header reader (samples/GitHubRepos/Paging/LinkHeader.cs).</summary>
public sealed class LinkHeaderTests
{
    private const string GitHubStyle =
        "<https://api.github.com/user/repos?per_page=10&page=1>; rel=\"prev\", "
        + "<https://api.github.com/user/repos?per_page=10&page=3>; rel=\"next\", "
        + "<https://api.github.com/user/repos?per_page=10&page=5>; rel=\"last\", "
        + "<https://api.github.com/user/repos?per_page=10&page=1>; rel=\"first\"";

    [Theory]
    [InlineData("prev", 1L)]
    [InlineData("next", 3L)]
    [InlineData("last", 5L)]
    [InlineData("first", 1L)]
    [InlineData("NEXT", 3L)]
    public void Finds_each_relation_of_a_GitHub_header(string relation, long page)
    {
        Uri link = Assert.IsType<Uri>(LinkHeader.Find([GitHubStyle], relation));

        Assert.Equal(page, LinkHeader.PageNumber(link));
        Assert.Equal("/user/repos", link.AbsolutePath);
    }

    [Fact]
    public void Handles_commas_in_targets_several_relation_types_relative_targets_and_absent_relations()
    {
        string header = "</search?q=a,b&page=7>; title=\"x, y\"; rel=\"next last\"";

        Uri next = Assert.IsType<Uri>(LinkHeader.Find([header], "next", new Uri("https://ghe.example.com/api/v3/")));

        Assert.Equal(new Uri("https://ghe.example.com/search?q=a,b&page=7"), next);
        Assert.Equal(next, LinkHeader.Find([header], "last", new Uri("https://ghe.example.com/")));
        Assert.Null(LinkHeader.Find([header], "prev"));
        Assert.Null(LinkHeader.Find([], "next"));
        Assert.Null(LinkHeader.Find(["garbage without angle brackets"], "next"));
    }

    [Theory]
    [InlineData("https://api.github.com/user/repos?per_page=10&page=12", 12L)]
    [InlineData("https://api.github.com/user/repos?page=2&per_page=10", 2L)]
    [InlineData("https://api.github.com/user/repos?per_page=10&since=2025", null)]
    [InlineData("https://api.github.com/user/repos?subpage=4", null)]
    public void Reads_the_page_number_of_a_link(string link, long? page) =>
        Assert.Equal(page, LinkHeader.PageNumber(new Uri(link)));
}
