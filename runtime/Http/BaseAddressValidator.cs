namespace OpenApiClientGen.Runtime.Http;

/// <summary>Picks and checks the base address once, so a bad configuration fails at construction and not on the first call.</summary>
internal static class BaseAddressValidator
{
    /// <summary>
    /// The base address: <see cref="ApiClientOptions.BaseAddress"/>, else the <see cref="HttpClient.BaseAddress"/> of a
    /// borrowed HttpClient (one from IHttpClientFactory is usually configured that way), else the description's default.
    /// </summary>
    public static Uri Resolve(ApiClientOptions options, string defaultBaseAddress)
    {
        Uri address;
        string parameter;
        if (options.BaseAddress is { } configured)
        {
            address = configured;
            parameter = "options.BaseAddress";
        }
        else if (BorrowedBaseAddress(options) is { } borrowed)
        {
            address = borrowed;
            parameter = "options.HttpClient.BaseAddress";
        }
        else
        {
            if (string.IsNullOrWhiteSpace(defaultBaseAddress)
                || !Uri.TryCreate(defaultBaseAddress, UriKind.RelativeOrAbsolute, out Uri? parsed))
            {
                throw new ArgumentException($"'{defaultBaseAddress}' is not a valid base address; set ApiClientOptions.BaseAddress.", nameof(defaultBaseAddress));
            }

            address = parsed;
            parameter = nameof(defaultBaseAddress);
        }

        return Validate(address, options, parameter);
    }

    /// <summary>Whether the options name a base address, themselves or through the HttpClient they lend.</summary>
    public static bool IsConfigured(ApiClientOptions options) => options.BaseAddress is not null || BorrowedBaseAddress(options) is not null;

    private static Uri? BorrowedBaseAddress(ApiClientOptions options) => options.HttpClient?.BaseAddress;

    /// <summary>
    /// Checks one address: absolute http(s), no query, fragment or user information, https unless loopback or
    /// <see cref="ApiClientOptions.AllowInsecureHttp"/>; returns it ending with '/'.
    /// </summary>
    public static Uri Validate(Uri address, ApiClientOptions options, string parameter)
    {
        if (!address.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base address '{address}' must be absolute; set ApiClientOptions.BaseAddress.", parameter);
        }

        if (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"The base address '{address}' must use http or https.", parameter);
        }

        if (address.Query.Length > 0 || address.Fragment.Length > 0 || address.OriginalString.Contains('?') || address.OriginalString.Contains('#'))
        {
            throw new ArgumentException($"The base address '{address}' must not have a query or fragment.", parameter);
        }

        if (address.UserInfo.Length > 0)
        {
            // Credentials in the URL would leak into logs and exception messages; ApiCredentials applies them instead.
            throw new ArgumentException("The base address must not contain user information; use ApiClientOptions.Credentials.", parameter);
        }

        if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback && !options.AllowInsecureHttp)
        {
            throw new ArgumentException(
                $"The base address '{address}' uses plain http, which would send credentials unencrypted; use https or set ApiClientOptions.AllowInsecureHttp.",
                parameter);
        }

        string text = address.AbsoluteUri;
        return text.EndsWith('/') ? address : new Uri(text + "/");
    }
}
