using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GitHub;
using GitHubRepos.StandIn;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>The stand-in's sign-in endpoints and Basic authentication, as GitHub serves them, and the runtime's OAuth support against them.</summary>
public sealed class StandInOAuthTests
{
    [Fact]
    public async Task The_device_code_endpoint_answers_JSON_only_when_asked_to()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        using var http = new HttpClient { BaseAddress = standIn.BaseAddress };

        using HttpResponseMessage form = await http.PostAsync("login/device/code", Form(("client_id", "demo")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "login/device/code") { Content = Form(("client_id", "demo"), ("scope", "repo")) };
        request.Headers.Accept.ParseAdd("application/json");
        using HttpResponseMessage json = await http.SendAsync(request);

        Assert.Equal("application/x-www-form-urlencoded", form.Content.Headers.ContentType?.MediaType);
        Assert.Matches("^device_code=[0-9a-f]{40}&user_code=[A-Z]{4}-[A-Z]{4}&verification_uri=", await form.Content.ReadAsStringAsync());
        using JsonDocument body = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(standIn.BaseAddress + "login/device", body.RootElement.GetProperty("verification_uri").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("interval").GetInt32());
        Assert.Equal(899, body.RootElement.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task Polls_answer_pending_once_then_the_token_and_reject_wrong_requests_with_status_200()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        using var http = new HttpClient { BaseAddress = standIn.BaseAddress };
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        using JsonDocument start = await PostAsync(http, "login/device/code", ("client_id", "demo"));
        string deviceCode = start.RootElement.GetProperty("device_code").GetString()!;
        const string grant = "urn:ietf:params:oauth:grant-type:device_code";

        using JsonDocument wrongClient = await PostAsync(http, "login/oauth/access_token", ("client_id", "other"), ("device_code", deviceCode), ("grant_type", grant));
        using JsonDocument wrongGrant = await PostAsync(http, "login/oauth/access_token", ("client_id", "demo"), ("device_code", deviceCode), ("grant_type", "password"));
        using JsonDocument pending = await PostAsync(http, "login/oauth/access_token", ("client_id", "demo"), ("device_code", deviceCode), ("grant_type", grant));
        using JsonDocument token = await PostAsync(http, "login/oauth/access_token", ("client_id", "demo"), ("device_code", deviceCode), ("grant_type", grant));
        using JsonDocument used = await PostAsync(http, "login/oauth/access_token", ("client_id", "demo"), ("device_code", deviceCode), ("grant_type", grant));

        Assert.Equal("incorrect_client_credentials", wrongClient.RootElement.GetProperty("error").GetString());
        Assert.Equal("unsupported_grant_type", wrongGrant.RootElement.GetProperty("error").GetString());
        Assert.Equal("authorization_pending", pending.RootElement.GetProperty("error").GetString());
        Assert.Equal(StandInData.DemoToken, token.RootElement.GetProperty("access_token").GetString());
        Assert.Equal("bearer", token.RootElement.GetProperty("token_type").GetString());
        Assert.Equal("incorrect_device_code", used.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Basic_authentication_with_the_token_as_password_is_accepted_and_a_wrong_password_is_not()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient good = WithCredentials(standIn, ApiCredentials.BasicToken(StandInData.DemoToken, "octo-dev"));
        await using GitHubClient bad = WithCredentials(standIn, ApiCredentials.Basic("octo-dev", "not-the-token"));

        string login = await GitHubRepos.RepositoryLister.GetLoginAsync(good);
        ApiAuthenticationException error = await Assert.ThrowsAsync<ApiAuthenticationException>(() => GitHubRepos.RepositoryLister.GetLoginAsync(bad));

        Assert.Equal("octo-dev", login);
        Assert.Contains("Bad credentials", error.Body, StringComparison.Ordinal);
        Assert.Equal(
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("octo-dev:" + StandInData.DemoToken)),
            standIn.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task The_generated_client_calls_the_API_with_a_token_from_the_device_flow()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync(new GitHubStandInOptions { RequiredToken = null });
        var shown = new List<DeviceAuthorization>();
        var flow = new DeviceAuthorizationFlow(new OAuthClientOptions(OAuthEndpoints.ForGitHubServer(standIn.BaseAddress), "demo"), shown.Add)
        {
            Delay = (_, _) => Task.CompletedTask,
        };
        await using GitHubClient github = WithCredentials(standIn, ApiCredentials.OAuth(flow));

        string login = await GitHubRepos.RepositoryLister.GetLoginAsync(github);

        Assert.Equal("octo-dev", login);
        Assert.Equal(new Uri(standIn.BaseAddress, "login/device"), Assert.Single(shown).VerificationUri);
        Assert.Equal("Bearer " + StandInDeviceFlow.IssuedToken, standIn.Requests.Single(r => r.Path == "/user").Header("Authorization"));
    }

    private static GitHubClient WithCredentials(GitHubStandIn standIn, ApiCredentials credentials) =>
        new(new GitHubClientOptions { BaseAddress = standIn.BaseAddress, Credentials = credentials, UserAgent = TestClients.UserAgent });

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static async Task<JsonDocument> PostAsync(HttpClient http, string path, params (string Name, string Value)[] fields)
    {
        using HttpResponseMessage response = await http.PostAsync(path, Form(fields));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
