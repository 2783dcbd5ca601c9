using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>Creates calls: deferred ones for generated operations, completed ones for fakes in tests.</summary>
public partial class ApiCall
{
    /// <summary>A call that sends <paramref name="request"/> and reads nothing of a successful response.</summary>
    public static ApiCall Create(ApiClientCore core, ApiRequest request, CancellationToken cancellationToken) =>
        new(core, request, cancellationToken);

    /// <summary>
    /// A call that sends <paramref name="request"/> and deserializes the JSON response with
    /// <paramref name="responseType"/> (see <see cref="ApiClientCore.SendAsync{T}"/>).
    /// </summary>
    public static ApiCall<T> Create<T>(ApiClientCore core, ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        return new ApiCall<T>(core, request, responseType, cancellationToken);
    }

    /// <summary>A call that sends <paramref name="request"/> and reads the response as text (see <see cref="ApiClientCore.SendForTextAsync"/>).</summary>
    public static ApiCall<string> CreateForText(ApiClientCore core, ApiRequest request, CancellationToken cancellationToken) =>
        new(core, request, responseType: null, cancellationToken);

    /// <summary>
    /// A call that sends <paramref name="request"/> and gives the response body as a stream the caller disposes
    /// (see <see cref="ApiClientCore.SendForStreamAsync"/>).
    /// </summary>
    public static ApiCall<Stream> CreateForStream(ApiClientCore core, ApiRequest request, CancellationToken cancellationToken) =>
        new(core, request, responseType: null, cancellationToken);

    /// <summary>
    /// A call that has already succeeded with <paramref name="value"/>, for fakes of generated operations in tests;
    /// <see cref="ApiCall{T}.WithResponseAsync"/> reports <paramref name="statusCode"/> and <paramref name="headers"/>.
    /// </summary>
    public static ApiCall<T> FromResult<T>(T value, int statusCode = 200, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null) =>
        new(Task.FromResult(value), new ApiResponseInfo(statusCode, headers ?? ResponseHeaders.Empty, requestUri: null));

    /// <summary>A call without a response body that has already succeeded, for fakes in tests.</summary>
    public static ApiCall Completed(int statusCode = 204, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null) =>
        new(Task.CompletedTask, new ApiResponseInfo(statusCode, headers ?? ResponseHeaders.Empty, requestUri: null));

    /// <summary>A call that has already failed with <paramref name="exception"/> (e.g. an <see cref="ApiNotFoundException"/>), for fakes in tests.</summary>
    public static ApiCall<T> FromException<T>(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ApiCall<T>(Task.FromException<T>(exception), response: null);
    }

    /// <summary>A call without a response body that has already failed with <paramref name="exception"/>, for fakes in tests.</summary>
    public static ApiCall FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ApiCall(Task.FromException(exception), response: null);
    }
}
