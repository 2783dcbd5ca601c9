using OpenApiClientGen.Runtime.DependencyInjection;

namespace OpenApiClientGen.Runtime.Tests.DependencyInjection;

public sealed class ApiClientSettingsTests
{
    [Fact]
    public void Every_setting_reaches_its_option_whatever_the_case_of_its_key()
    {
        var options = new ApiClientOptions();

        ApiClientSettings.Apply(options, new Dictionary<string, string?>
        {
            ["baseaddress"] = "https://ghe.example.test/api/v3",
            ["UserAgent"] = "my-app/1.0",
            ["Timeout"] = "00:00:30",
            ["AllowInsecureHttp"] = "true",
            ["UseCookies"] = "True",
            ["RateLimitWait"] = "00:01:00",
            ["MaxResponseTextBytes"] = "1048576",
            ["Retry:MaxAttempts"] = "5",
            ["retry:basedelay"] = "00:00:00.250",
            ["Retry:MaxDelay"] = "00:00:10",
            ["Retry:MaxTotalDelay"] = "00:00:40",
            ["Retry:RetryNonIdempotent"] = "true",
            ["Retry:UseJitter"] = "false",
            ["DefaultHeaders:X-GitHub-Api-Version"] = "2022-11-28",
            ["ServerAddresses:https://uploads.github.com"] = "https://uploads.ghe.example.test",
            ["Retry"] = null,
            ["Unknown:Setting"] = "ignored",
        });

        Assert.Equal(new Uri("https://ghe.example.test/api/v3"), options.BaseAddress);
        Assert.Equal("my-app/1.0", options.UserAgent);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.True(options.AllowInsecureHttp);
        Assert.True(options.UseCookies);
        Assert.Equal(TimeSpan.FromMinutes(1), options.RateLimitWait);
        Assert.Equal(1048576, options.MaxResponseTextBytes);
        Assert.Equal(5, options.Retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Retry.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Retry.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(40), options.Retry.MaxTotalDelay);
        Assert.True(options.Retry.RetryNonIdempotent);
        Assert.False(options.Retry.UseJitter);
        Assert.Equal("2022-11-28", options.DefaultHeaders["x-github-api-version"]);
        Assert.Equal(new Uri("https://uploads.ghe.example.test"), options.ServerAddresses["https://uploads.github.com"]);
    }

    [Theory]
    [InlineData("Timeout", "soon")]
    [InlineData("Timeout", "-00:00:05")]
    [InlineData("Retry:MaxAttempts", "-1")]
    [InlineData("Retry:MaxAttempts", "99999999999")]
    [InlineData("AllowInsecureHttp", "yes")]
    [InlineData("BaseAddress", "")]
    public void A_bad_value_names_its_key_but_not_the_value(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ApiClientSettings.Apply(new ApiClientOptions(), new Dictionary<string, string?> { [key] = value }));

        Assert.Contains("'" + key + "'", error.Message, StringComparison.Ordinal);
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }
    }
}
