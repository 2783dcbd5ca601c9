namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// A problem found while reading or mapping, located either by a JSON pointer into the spec (resolved to a
    /// line later, in one pass for all problems) or directly by line and column.
    /// </summary>
    internal sealed class SpecProblem
    {
        public SpecProblem(string id, string? pointer, int line, int column, params string[] arguments)
        {
            Id = id;
            Pointer = pointer;
            Line = line;
            Column = column;
            Arguments = arguments;
        }

        public string Id { get; }

        public string? Pointer { get; }

        public int Line { get; }

        public int Column { get; }

        public string[] Arguments { get; }

        /// <summary>The file the pointer is in when it is not the spec: another file the spec references.</summary>
        public string? File { get; private set; }

        public SpecProblem In(string? file)
        {
            File = file;
            return this;
        }

        public static SpecProblem AtPointer(string id, string pointer, params string[] arguments) =>
            new SpecProblem(id, pointer, -1, -1, arguments);
    }
}
