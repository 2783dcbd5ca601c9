using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

/// <summary>A scripted endpoint that answers 200 with an <see cref="EchoResponse"/> of the request it got.</summary>
internal static class EchoHandler
{
    public static async Task Respond(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var echo = new EchoResponse
        {
            Method = context.Request.Method,
            RawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            Headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString()),
            Body = await reader.ReadToEndAsync(context.RequestAborted),
            ConnectionId = context.Connection.Id,
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, echo, TestJsonContext.Default.EchoResponse, context.RequestAborted);
    }
}
