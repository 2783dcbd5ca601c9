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

/// <summary>
/// An open enumeration the runtime can create from its raw value, so its JSON metadata needs no factory per type.
/// </summary>
/// <typeparam name="TSelf">The enumeration itself.</typeparam>
public interface IApiEnum<TSelf> : IApiEnum
    where TSelf : struct, IApiEnum<TSelf>
{
    /// <summary>The value that wraps <paramref name="value"/>, known to the spec or not.</summary>
    static abstract TSelf FromValue(string value);
}
