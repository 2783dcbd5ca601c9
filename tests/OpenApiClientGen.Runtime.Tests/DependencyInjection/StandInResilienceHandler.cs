namespace Microsoft.Extensions.Http.Resilience;

/// <summary>A stand-in carrying the full name of Microsoft.Extensions.Http.Resilience's handler, which the runtime matches by name.</summary>
internal class ResilienceHandler : DelegatingHandler;
