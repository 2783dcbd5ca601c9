namespace OpenApiClientGen.Runtime.Tests.Authentication;

/// <summary>A token provider that hands out "token-1", "token-2", … (a new one only when forced) and counts calls.</summary>
public sealed class CountingTokenProvider(string tokenType = "Bearer") : IAccessTokenProvider
{
    private int _calls;
    private int _issued;

    public int Calls => Volatile.Read(ref _calls);

    public ValueTask<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        int number = forceRefresh || Volatile.Read(ref _issued) == 0 ? Interlocked.Increment(ref _issued) : Volatile.Read(ref _issued);
        return new ValueTask<AccessToken>(new AccessToken("token-" + number, null, tokenType));
    }
}
