using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GitHubRepos.StandIn;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>The stand-in behaves like api.github.com where the sample and the tests rely on it.</summary>
public sealed class StandInTests
{
    [Fact]
    public async Task Requests_without_a_user_agent_are_forbidden()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        using var http = new HttpClient { BaseAddress = standIn.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "user");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StandInData.DemoToken);

        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("User-Agent header", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_without_authorization_get_GitHubs_401_body_and_rate_limit_headers()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        using var http = new HttpClient { BaseAddress = standIn.BaseAddress };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("stand-in-test/1.0");

        using HttpResponseMessage response = await http.GetAsync("user/repos");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Requires authentication", body.RootElement.GetProperty("message").GetString());
        Assert.Equal("https://docs.github.com/rest", body.RootElement.GetProperty("documentation_url").GetString());
        Assert.Equal("60", Assert.Single(response.Headers.GetValues("X-RateLimit-Limit")));
    }

    [Fact]
    public async Task A_middle_page_links_to_prev_next_last_and_first()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        using var http = new HttpClient { BaseAddress = standIn.BaseAddress };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("stand-in-test/1.0");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", StandInData.DemoToken);

        using HttpResponseMessage response = await http.GetAsync("user/repos?affiliation=owner&per_page=10&page=2&visibility=public");

        response.EnsureSuccessStatusCode();
        string pages = standIn.BaseAddress + "user/repos?affiliation=owner&per_page=10&page=";
        Assert.Equal(
            $"<{pages}1&visibility=public>; rel=\"prev\", <{pages}3&visibility=public>; rel=\"next\", "
            + $"<{pages}3&visibility=public>; rel=\"last\", <{pages}1&visibility=public>; rel=\"first\"",
            Assert.Single(response.Headers.GetValues("Link")));
        using JsonDocument items = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(10, items.RootElement.GetArrayLength());
        Assert.Equal("kestrel-recipes", items.RootElement[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_single_page_has_no_Link_header_and_requests_are_recorded_as_sent()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync(new GitHubStandInOptions { RequiredToken = null });
        using var http = new HttpClient { BaseAddress = standIn.BaseAddress };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("stand-in-test/1.0");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "any-token-is-fine");

        using HttpResponseMessage response = await http.GetAsync("user/repos?per_page=100&sort=updated");

        response.EnsureSuccessStatusCode();
        Assert.False(response.Headers.Contains("Link"));
        using JsonDocument items = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(StandInData.Repositories.Count, items.RootElement.GetArrayLength());
        Assert.Equal("platform-api", items.RootElement[0].GetProperty("name").GetString());
        StandInRequest request = Assert.Single(standIn.Requests);
        Assert.Equal("/user/repos?per_page=100&sort=updated", request.PathAndQuery);
        Assert.Equal("Bearer any-token-is-fine", request.Header("authorization"));
    }
}
