using System.Text;
using System.Text.Json;
using OpenApiClientGen.Runtime;

namespace GitHubRepos;

/// <summary>Turns a failed call into one line for the console.</summary>
internal static class ErrorText
{
    private const int MaxBodyChars = 300;

    /// <summary>One line about <paramref name="error"/>; a rejected login hints at the options of <paramref name="authentication"/>.</summary>
    public static string Describe(Exception error, SampleAuthentication authentication = SampleAuthentication.Token)
    {
        ArgumentNullException.ThrowIfNull(error);
        string text = error switch
        {
            OAuthException { ErrorCode: { } code } oauth =>
                $"sign-in failed: {code}" + (string.IsNullOrWhiteSpace(oauth.ErrorDescription) ? "" : ": " + oauth.ErrorDescription),
            OAuthException oauth => "sign-in failed: " + oauth.Message,
            ApiConnectionException connection =>
                $"could not reach {connection.RequestUri?.GetLeftPart(UriPartial.Authority) ?? "the server"}: {connection.InnerException?.Message ?? connection.Message}",
            ApiException { StatusCode: int status } api and not ApiSerializationException =>
                $"{api.RequestMethod} {api.RequestUri?.AbsoluteUri} failed with {status} {api.ReasonPhrase}: {ServerMessage(api.Body)}{Hint(api, authentication)}",
            _ => error.Message,
        };
        return OneLine(text);
    }

    // GitHub's error bodies are {"message": "...", "documentation_url": "..."}; anything else is shown as it came.
    private static string ServerMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(no details)";
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out JsonElement message)
                && message.ValueKind == JsonValueKind.String)
            {
                return message.GetString()!;
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the raw text.
        }

        return body.Length <= MaxBodyChars ? body : body[..MaxBodyChars] + "...";
    }

    private static string Hint(ApiException error, SampleAuthentication authentication) => error switch
    {
        ApiAuthenticationException => authentication switch
        {
            SampleAuthentication.Basic => " (check --user and --password)",
            SampleAuthentication.DeviceFlow => " (the token from the device flow was not accepted)",
            _ => $" (check the token: --token or {SampleArguments.TokenVariable})",
        },
        ApiRateLimitException { Reset: { } reset } => $" (rate limit exhausted until {reset.ToLocalTime():T})",
        ApiRateLimitException => " (rate limit exhausted)",
        _ => "",
    };

    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = line.Length > 0;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        return line.ToString();
    }
}
