using System.Reflection;
using OpenApiClientGen.Generator.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>What the generated client does at run time: declared credentials, typed error bodies, the connection check.</summary>
public class GeneratedClientTests
{
    private static readonly Lazy<Assembly> Features = new(() => GeneratedAssembly.Load("features.json"));

    private static object Client(Uri baseAddress, ApiCredentials? credentials)
    {
        var options = (ApiClientOptions)Activator.CreateInstance(Features.Value.GetType("OpenApiClients.FeaturesClientOptions")!)!;
        options.BaseAddress = baseAddress;
        options.Credentials = credentials;
        return Activator.CreateInstance(Features.Value.GetType("OpenApiClients.FeaturesClient")!, options)!;
    }

    private static ApiCredentials Declared(string scheme, params object[] arguments) =>
        (ApiCredentials)Features.Value.GetType("OpenApiClients.FeaturesClientCredentials")!.GetMethod(scheme)!.Invoke(null, arguments)!;

    private static object Pets(object client) => client.GetType().GetProperty("Pets")!.GetValue(client)!;

    [Fact]
    public async Task The_declared_api_key_scheme_sends_its_header()
    {
        await using var server = await ScriptedServer.StartAsync(200, """{"id":1,"name":"Rex"}""");
        object client = Client(server.BaseAddress, Declared("ApiKey", "k-123"));

        await (Task)GeneratedAssembly.Call(Pets(client), "GetAsync", ("petId", 1L))!;

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/pets/1", request.Target);
        Assert.Equal("k-123", request.Headers["X-API-Key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task The_declared_bearer_scheme_sends_an_authorization_header()
    {
        await using var server = await ScriptedServer.StartAsync(200, """{"id":1,"name":"Rex"}""");
        object client = Client(server.BaseAddress, Declared("Bearer", "t-456"));

        await (Task)GeneratedAssembly.Call(Pets(client), "GetAsync", ("petId", 1L))!;

        Assert.Equal("Bearer t-456", Assert.Single(server.Requests).Headers["Authorization"]);
    }

    [Theory]
    [InlineData(404, typeof(ApiNotFoundException))]
    [InlineData(500, typeof(ApiServerException))]
    public async Task An_error_body_the_spec_declares_arrives_typed(int status, Type exceptionType)
    {
        await using var server = await ScriptedServer.StartAsync(status, """{"message":"no such pet","code":7}""");
        object client = Client(server.BaseAddress, null);

        var error = (ApiException)await Assert.ThrowsAnyAsync<ApiException>(() => (Task)GeneratedAssembly.Call(Pets(client), "GetAsync", ("petId", 9L))!);

        Assert.IsType(exceptionType, error);
        Assert.Equal(status, error.StatusCode);
        Assert.NotNull(error.Error);
        Assert.Equal("OpenApiClients.Error", error.Error!.GetType().FullName);
        Assert.Equal("no such pet", error.Error.GetType().GetProperty("Message")!.GetValue(error.Error));
        Assert.Equal(7L, error.Error.GetType().GetProperty("Code")!.GetValue(error.Error));
    }

    [Fact]
    public async Task Check_connection_reports_reachability_without_throwing()
    {
        await using var server = await ScriptedServer.StartAsync(401, """{"message":"Bad credentials"}""");
        object client = Client(server.BaseAddress, ApiCredentials.Token("wrong"));

        var result = await (Task<ConnectionCheckResult>)client.GetType().GetMethod("CheckConnectionAsync")!.Invoke(client, new object[] { CancellationToken.None })!;

        Assert.True(result.Reachable);
        Assert.Equal(401, result.StatusCode);
        Assert.False(result.CredentialsAccepted);
        Assert.Equal("/v1/pets", Assert.Single(server.Requests).Target);
    }
}
