namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Where requests go and where credentials may follow them: the base address, and the servers the description
/// assigns single operations to (GitHub's release-asset upload on https://uploads.github.com). Resolved once, when
/// the client is created, so a bad address fails there and not on the first call.
/// </summary>
internal sealed class ApiOrigins
{
    private readonly Dictionary<string, Uri> _servers;

    private ApiOrigins(Uri baseAddress, Dictionary<string, Uri> servers)
    {
        BaseAddress = baseAddress;
        _servers = servers;
    }

    public Uri BaseAddress { get; }

    /// <summary>The address each server (as the description declares it) resolved to.</summary>
    public IReadOnlyDictionary<string, Uri> Servers => _servers;

    /// <summary>
    /// Resolves each declared server: an entry of <see cref="ApiClientOptions.ServerAddresses"/> wins; otherwise a
    /// client on the description's default server (no base address set, or that same address) uses the declared
    /// URL, and a client pointed elsewhere (a test server, an enterprise host) sends those operations to its base
    /// address too.
    /// </summary>
    /// <exception cref="ArgumentException">A configured or declared address is not acceptable.</exception>
    public static ApiOrigins Resolve(ApiClientOptions options, Uri baseAddress, string defaultBaseAddress, IEnumerable<string> declaredServers)
    {
        bool onDefaultServer = !BaseAddressValidator.IsConfigured(options)
            || string.Equals(baseAddress.AbsoluteUri.TrimEnd('/'), defaultBaseAddress.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        var servers = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Uri> mapped in options.ServerAddresses)
        {
            servers[Key(mapped.Key)] = BaseAddressValidator.Validate(mapped.Value, options, $"options.ServerAddresses[\"{mapped.Key}\"]");
        }

        foreach (string declared in declaredServers)
        {
            string key = Key(declared);
            if (servers.ContainsKey(key))
            {
                continue;
            }

            // A URL with server variables has no address of its own without values for them.
            servers[key] = onDefaultServer && !declared.Contains('{') && Uri.TryCreate(declared, UriKind.Absolute, out Uri? uri)
                ? BaseAddressValidator.Validate(uri, options, nameof(declaredServers))
                : baseAddress;
        }

        return new ApiOrigins(baseAddress, servers);
    }

    /// <summary>The address a request's template is relative to: its operation's server, else the base address.</summary>
    /// <exception cref="InvalidOperationException">The request names a server the client neither declares nor maps.</exception>
    public Uri AddressOf(ApiRequest request)
    {
        if (request.Server is not { } server)
        {
            return BaseAddress;
        }

        return _servers.TryGetValue(Key(server), out Uri? address)
            ? address
            : throw new InvalidOperationException(
                $"The request names the server '{server}', which the client does not declare; map it in ApiClientOptions.ServerAddresses.");
    }

    /// <summary>Whether credentials may go to <paramref name="uri"/>: same scheme, host and port as one of the addresses.</summary>
    public bool Trusts(Uri uri)
    {
        if (SameOrigin(uri, BaseAddress))
        {
            return true;
        }

        foreach (Uri server in _servers.Values)
        {
            if (SameOrigin(uri, server))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameOrigin(Uri uri, Uri address) =>
        uri.IsAbsoluteUri
        && string.Equals(uri.Scheme, address.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IdnHost, address.IdnHost, StringComparison.OrdinalIgnoreCase)
        && uri.Port == address.Port;

    private static string Key(string server) => server.TrimEnd('/');
}
