namespace OpenApiClientGen.Runtime.Tests.Authentication;

/// <summary>What an <see cref="AuthServer"/> route answers; <see cref="Headers"/> may repeat a name (Set-Cookie).</summary>
public sealed record Reply(int Status, string Body, string ContentType = "application/json", IReadOnlyList<(string Name, string Value)>? Headers = null)
{
    public static Reply Json(string json, int status = 200) => new(status, json);

    public static Reply Ok() => new(200, "{}");

    /// <summary>A token endpoint's success answer.</summary>
    public static Reply Token(string accessToken, int? expiresIn = null, string? refreshToken = null, string tokenType = "bearer") =>
        Json("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"" + tokenType + "\""
            + (expiresIn is int seconds ? ",\"expires_in\":" + seconds : "")
            + (refreshToken is null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"")
            + "}");

    /// <summary>An OAuth error answer (RFC 6749 §5.2).</summary>
    public static Reply OAuthError(string error, int status = 400, string? description = null) =>
        Json("{\"error\":\"" + error + "\"" + (description is null ? "" : ",\"error_description\":\"" + description + "\"") + "}", status);
}
