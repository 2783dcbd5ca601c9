namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// An open enumeration: a string value with well-known members, where values the spec does not list
/// still round-trip unchanged (servers add values over time).
/// </summary>
public interface IApiEnum
{
    /// <summary>The raw value as sent on the wire.</summary>
    string Value { get; }
}
