namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

internal static class CoreExtensions
{
    /// <summary>Sends a request to an /echo endpoint and returns what the server saw.</summary>
    public static Task<EchoResponse> EchoAsync(this ApiClientCore core, ApiRequest request) =>
        core.SendAsync(request, TestJsonContext.Default.EchoResponse, CancellationToken.None);
}
