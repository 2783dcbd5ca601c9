namespace OpenApiClientGen.Model
{
    /// <summary>
    /// The operations a project asked for, as written in its <c>OpenApiClientGen_*</c> metadata (lists separated by
    /// ',' or ';'): tags, operationId globs and path globs to include, and the same to exclude.
    /// </summary>
    internal sealed record OperationSelection(
        string? Tags = null,
        string? ExcludeTags = null,
        string? Operations = null,
        string? ExcludeOperations = null,
        string? Paths = null,
        string? ExcludePaths = null)
    {
        public static OperationSelection All { get; } = new OperationSelection();
    }
}
