using System.Reflection;
using OpenApiClientGen.Generator.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>What the generated client does at run time: declared credentials, typed error bodies, the connection check.</summary>
public class GeneratedClientTests
{
    private static readonly Lazy<Assembly> Features = new(() => GeneratedAssembly.Load("features.json"));

    private static object Client(Uri baseAddress, ApiCredentials? credentials, Action<ApiClientOptions>? configure = null)
    {
        var options = (ApiClientOptions)Activator.CreateInstance(Features.Value.GetType("OpenApiClients.FeaturesClientOptions")!)!;
        options.BaseAddress = baseAddress;
        options.Credentials = credentials;
        configure?.Invoke(options);
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

        await GeneratedAssembly.AsTask(GeneratedAssembly.Call(Pets(client), "GetAsync", ("petId", 1L)));

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

        await GeneratedAssembly.AsTask(GeneratedAssembly.Call(Pets(client), "GetAsync", ("petId", 1L)));

        Assert.Equal("Bearer t-456", Assert.Single(server.Requests).Headers["Authorization"]);
    }

    [Theory]
    [InlineData(404, typeof(ApiNotFoundException))]
    [InlineData(500, typeof(ApiServerException))]
    public async Task An_error_body_the_spec_declares_arrives_typed(int status, Type exceptionType)
    {
        await using var server = await ScriptedServer.StartAsync(status, """{"message":"no such pet","code":7}""");
        object client = Client(server.BaseAddress, null);

        var error = (ApiException)await Assert.ThrowsAnyAsync<ApiException>(() => GeneratedAssembly.AsTask(GeneratedAssembly.Call(Pets(client), "GetAsync", ("petId", 9L))));

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

    [Fact]
    public async Task A_success_status_documented_without_a_body_returns_null_and_the_documented_one_the_model()
    {
        await using var reset = await ScriptedServer.StartAsync(205, "");
        await using var accepted = await ScriptedServer.StartAsync(202, """{"id":3,"name":"Rex"}""");

        object? none = await GeneratedAssembly.Await(GeneratedAssembly.Call(Pets(Client(reset.BaseAddress, null)), "AdoptAsync", ("petId", 3L)));
        object? pet = await GeneratedAssembly.Await(GeneratedAssembly.Call(Pets(Client(accepted.BaseAddress, null)), "AdoptAsync", ("petId", 3L)));

        Assert.Null(none);
        Assert.Equal("Rex", pet!.GetType().GetProperty("Name")!.GetValue(pet));
        Assert.Equal(("PUT", "/v1/pets/3/adoption"), (Assert.Single(reset.Requests).Method, Assert.Single(reset.Requests).Target));
    }

    [Fact]
    public async Task An_operation_server_is_used_as_mapped_with_credentials_and_otherwise_follows_the_base_address()
    {
        const string Storage = "https://storage.example.test/v1";
        await using var api = await ScriptedServer.StartAsync(201, """{"id":1,"name":"copy"}""");
        await using var storage = await ScriptedServer.StartAsync(201, """{"id":2,"name":"copy"}""");
        object client = Client(api.BaseAddress, Declared("Bearer", "t-789"), options => options.ServerAddresses[Storage] = storage.BaseAddress);
        object unmapped = Client(api.BaseAddress, null);
        object files = client.GetType().GetProperty("Files")!.GetValue(client)!;
        object unmappedFiles = unmapped.GetType().GetProperty("Files")!.GetValue(unmapped)!;

        await GeneratedAssembly.Await(GeneratedAssembly.Call(files, "StoreAsync", ("name", "a.txt"), ("body", new MemoryStream("hi"u8.ToArray()))));
        await GeneratedAssembly.Await(GeneratedAssembly.Call(unmappedFiles, "StoreAsync", ("name", "b.txt"), ("body", new MemoryStream("hi"u8.ToArray()))));

        var stored = Assert.Single(storage.Requests);
        Assert.Equal(("POST", "/v1/files/a.txt/copies"), (stored.Method, stored.Target));
        Assert.Equal("Bearer t-789", stored.Headers["Authorization"]);
        Assert.Equal("/v1/files/b.txt/copies", Assert.Single(api.Requests).Target);
    }
}
