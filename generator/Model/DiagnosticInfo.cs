namespace OpenApiClientGen.Model
{
    /// <summary>A place in a spec file, kept as plain values so diagnostics can travel through the pipeline.</summary>
    internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column);

    /// <summary>A diagnostic to report: descriptor id, message arguments and where in the spec it points.</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments);
}
