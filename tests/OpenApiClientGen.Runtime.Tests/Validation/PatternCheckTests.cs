using System.Text.RegularExpressions;
using OpenApiClientGen.Runtime.Validation;

namespace OpenApiClientGen.Runtime.Tests.Validation;

/// <summary><see cref="ParameterChecks.Pattern"/>: names the parameter and the pattern, never repeats the value.</summary>
public sealed class PatternCheckTests
{
    [Fact]
    public void A_value_that_does_not_match_fails_without_being_repeated()
    {
        const string token = "ghp_notAValidKey!";

        var error = Assert.Throws<ArgumentException>(() => ParameterChecks.Pattern("apiKey", token, "^[A-Za-z0-9_]+$"));

        Assert.Equal("apiKey", error.ParamName);
        Assert.Contains("^[A-Za-z0-9_]+$", error.Message, StringComparison.Ordinal);
        Assert.Contains("17 characters", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("notAValidKey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("octocat")]
    [InlineData(null)]
    public void A_matching_or_omitted_value_passes(string? value) =>
        ParameterChecks.Pattern("login", value, "^[a-z]+$");

    [Fact]
    public void A_value_the_pattern_cannot_decide_in_time_is_left_to_the_server()
    {
        // Nested quantifiers backtrack exponentially on a long run that fails at its end.
        string value = new string('a', 40) + "!";
        Assert.Throws<RegexMatchTimeoutException>(() => new Regex("^(a|aa)+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).IsMatch(value));

        ParameterChecks.Pattern("name", value, "^(a|aa)+$");
    }
}
