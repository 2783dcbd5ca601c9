namespace OpenApiClientGen.Runtime;

/// <summary>How a confidential client sends its secret to the token endpoint (RFC 6749 §2.3.1).</summary>
public enum OAuthClientAuthentication
{
    /// <summary>HTTP Basic authentication with the client id and secret (<c>client_secret_basic</c>), which every server must support.</summary>
    ClientSecretBasic,

    /// <summary><c>client_id</c> and <c>client_secret</c> in the form body (<c>client_secret_post</c>), as GitHub expects.</summary>
    ClientSecretPost,
}
