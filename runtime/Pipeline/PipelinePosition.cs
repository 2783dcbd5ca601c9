namespace OpenApiClientGen.Runtime;

/// <summary>Where a policy added with <see cref="ApiClientOptions.AddPolicy"/> runs in the send path.</summary>
[Flags]
public enum PipelinePosition
{
    /// <summary>Once per call, outside the retry loop: it sees the request before the first attempt and the last response.</summary>
    PerCall = 1,

    /// <summary>On every attempt and every redirect hop, after authentication and just before the request is sent.</summary>
    PerRetry = 2,
}
