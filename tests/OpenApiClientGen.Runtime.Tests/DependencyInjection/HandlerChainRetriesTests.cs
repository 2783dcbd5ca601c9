using OpenApiClientGen.Runtime.DependencyInjection;

namespace OpenApiClientGen.Runtime.Tests.DependencyInjection;

public sealed class HandlerChainRetriesTests
{
    [Fact]
    public void A_chain_with_a_resilience_handler_turns_the_clients_retries_off()
    {
        var chain = new HandlerChainRetries();
        var options = new ApiClientOptions { Retry = { MaxAttempts = 4 } };

        chain.Observe(new DelegatingHandler[] { new PassThrough(), new Microsoft.Extensions.Http.Resilience.ResilienceHandler() });
        chain.Apply(options);

        Assert.True(chain.Retries);
        Assert.Equal(0, options.Retry.MaxAttempts);
    }

    [Fact]
    public void A_chain_without_one_leaves_the_clients_retries_as_configured()
    {
        var chain = new HandlerChainRetries();
        var options = new ApiClientOptions { Retry = { MaxAttempts = 4 } };

        chain.Observe(new DelegatingHandler[] { new PassThrough() });
        chain.Apply(options);

        Assert.False(chain.Retries);
        Assert.Equal(4, options.Retry.MaxAttempts);
    }

    [Fact]
    public void A_handler_derived_from_the_resilience_handler_counts()
    {
        Assert.True(HandlerChainRetries.IsResilienceHandler(new DerivedResilienceHandler()));
        Assert.False(HandlerChainRetries.IsResilienceHandler(new PassThrough()));
    }

    private sealed class PassThrough : DelegatingHandler;

    private sealed class DerivedResilienceHandler : Microsoft.Extensions.Http.Resilience.ResilienceHandler;
}
