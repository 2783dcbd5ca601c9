using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.Runtime.Tests.Forms;

/// <summary>One multipart section as ASP.NET Core's <see cref="MultipartReader"/> read it.</summary>
public sealed record ReceivedPart(string Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}

/// <summary>A request as the server parsed it with ASP.NET Core's own form and multipart readers.</summary>
public sealed record ReceivedRequest(
    string? ContentType,
    long? ContentLength,
    string? TransferEncoding,
    string? Cookie,
    IReadOnlyDictionary<string, string?[]> Form,
    IReadOnlyList<ReceivedPart> Parts);

/// <summary>
/// Kestrel on 127.0.0.1 that parses form and multipart bodies and records every request. <c>/fail-once/…</c> answers
/// 503 to the first request for each path (retries), anything else 204.
/// </summary>
public sealed class FormServer : IAsyncLifetime
{
    private WebApplication? _app;
    private readonly ConcurrentDictionary<string, bool> _failed = new(StringComparer.Ordinal);

    public Uri BaseUri { get; private set; } = null!;

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public async Task InitializeAsync() => (_app, BaseUri) = await LoopbackKestrel.StartAsync(HandleAsync);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public ApiClientCore CreateCore(Action<ApiClientOptions>? configure = null)
    {
        var options = new ApiClientOptions { TimeProvider = new Infrastructure.InstantTimeProvider() };
        configure?.Invoke(options);
        return new ApiClientCore(options, BaseUri.AbsoluteUri);
    }

    /// <summary>Sends <paramref name="request"/> and returns what the server parsed.</summary>
    public async Task<ReceivedRequest> SendAsync(ApiRequest request, Action<ApiClientOptions>? configure = null)
    {
        Received.Clear();
        using ApiClientCore core = CreateCore(configure);
        await core.SendAsync(request);
        return Received.Last();
    }

    private async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        var form = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        var parts = new List<ReceivedPart>();
        if (request.HasFormContentType && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
        {
            foreach (var field in await request.ReadFormAsync(context.RequestAborted))
            {
                form[field.Key] = field.Value.ToArray();
            }
        }
        else if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) == true)
        {
            string boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value!;
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
                string? fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null;
                using var buffer = new MemoryStream();
                await section.Body.CopyToAsync(buffer, context.RequestAborted);
                parts.Add(new ReceivedPart(HeaderUtilities.RemoveQuotes(disposition.Name).Value!, fileName, section.ContentType, buffer.ToArray()));
            }
        }

        Received.Enqueue(new ReceivedRequest(
            request.ContentType,
            request.ContentLength,
            request.Headers.TransferEncoding.ToString() is { Length: > 0 } chunked ? chunked : null,
            request.Headers.Cookie.ToString() is { Length: > 0 } cookie ? cookie : null,
            form,
            parts));
        context.Response.StatusCode = request.Path.StartsWithSegments("/fail-once") && _failed.TryAdd(request.Path.Value!, true) ? 503 : 204;
    }
}
