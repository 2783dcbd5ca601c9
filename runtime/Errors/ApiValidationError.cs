namespace OpenApiClientGen.Runtime;

/// <summary>One entry of a 422 response's <c>errors</c> list (GitHub's shape); members the server omits are null.</summary>
/// <param name="Resource">The kind of resource, e.g. <c>Issue</c>.</param>
/// <param name="Field">The offending field, e.g. <c>title</c>.</param>
/// <param name="Code">What is wrong, e.g. <c>missing_field</c>, <c>invalid</c>, <c>already_exists</c>, <c>custom</c>.</param>
/// <param name="Message">A human-readable explanation (always given for <c>custom</c>, and for errors sent as plain strings).</param>
public sealed record ApiValidationError(string? Resource, string? Field, string? Code, string? Message);
