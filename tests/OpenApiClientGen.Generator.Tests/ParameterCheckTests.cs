using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Generator.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>Generated methods check the spec's parameter constraints before anything is sent.</summary>
public class ParameterCheckTests
{
    private static readonly Lazy<Assembly> Features = new(() => GeneratedAssembly.Load("features.json"));

    // Port 9 on loopback: nothing listens, so a call that passes the checks fails to connect.
    private static object Pets(Uri? baseAddress = null)
    {
        Type options = Features.Value.GetType("OpenApiClients.FeaturesClientOptions")!;
        var clientOptions = (ApiClientOptions)Activator.CreateInstance(options)!;
        clientOptions.BaseAddress = baseAddress ?? new Uri("http://127.0.0.1:9/");
        object client = Activator.CreateInstance(Features.Value.GetType("OpenApiClients.FeaturesClient")!, clientOptions)!;
        return client.GetType().GetProperty("Pets")!.GetValue(client)!;
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(101L)]
    public void Out_of_range_numbers_are_rejected_naming_the_parameter(long perPage)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GeneratedAssembly.Call(Pets(), "ListAsync", ("perPage", perPage)));
        Assert.Equal("perPage", error.ParamName);
        Assert.Contains("at least 1 and at most 100", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", "between 2 and 10")]
    [InlineData("abcdefghijk", "between 2 and 10")]
    [InlineData("ab1", "must match the pattern")]
    public void Text_outside_length_or_pattern_is_rejected(string prefix, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => GeneratedAssembly.Call(Pets(), "ListAsync", ("namePrefix", prefix)));
        Assert.Equal("namePrefix", error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enum_value_the_spec_does_not_list_reaches_the_server()
    {
        // Enums are open: a value the API adds after the description was written is sent, not rejected.
        var received = new ConcurrentQueue<string>();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            received.Enqueue(context.Request.Path + context.Request.QueryString);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[]");
        });
        Type kindType = Features.Value.GetType("OpenApiClients.Kind")!;
        object future = Activator.CreateInstance(kindType, "future-value")!;

        await GeneratedAssembly.AsTask(GeneratedAssembly.Call(Pets(server.BaseAddress), "ListAsync", ("kind", future)));

        Assert.Equal("/v1/pets?kind=future-value", Assert.Single(received));
    }

    [Fact]
    public async Task Valid_values_pass_the_checks_and_reach_the_network()
    {
        Type kindType = Features.Value.GetType("OpenApiClients.Kind")!;
        object cat = Activator.CreateInstance(kindType, "cat")!;

        var call = GeneratedAssembly.AsTask(GeneratedAssembly.Call(Pets(), "ListAsync", ("perPage", 100L), ("namePrefix", "ab"), ("kind", cat)));

        await Assert.ThrowsAsync<ApiConnectionException>(() => call);
    }
}
