using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using OpenApiClientGen.Diagnostics;

namespace OpenApiClientGen.Reading
{
    /// <summary>Reads spec text with OpenAPI.NET and turns its errors into located problems.</summary>
    internal static class SpecReader
    {
        private static readonly Regex JsonPosition = new Regex(@"LineNumber: (\d+) \| BytePositionInLine: (\d+)", RegexOptions.CultureInvariant);

        public static bool IsYaml(string path) =>
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        public static OpenApiDocument? Read(string path, string text, List<SpecProblem> problems)
        {
            string format = IsYaml(path) ? "yaml" : "json";
            var settings = new OpenApiReaderSettings();
            if (format == "yaml")
            {
                AddYamlReader(settings);
            }

            ReadResult result;
            try
            {
                result = OpenApiDocument.Parse(text, format, settings);
            }
            catch (ArgumentException) when (format == "json" && EmptyReferences.Strip(text, problems) is { } stripped)
            {
                result = OpenApiDocument.Parse(stripped, format, settings);
            }

            OpenApiDocument? document = result.Document;
            if (result.Diagnostic is { } diagnostic)
            {
                foreach (OpenApiError error in diagnostic.Errors)
                {
                    problems.Add(ToProblem(error, document is null));
                }
            }

            if (document is null && problems.Count == 0)
            {
                problems.Add(new SpecProblem(DiagnosticDescriptors.UnreadableSpec.Id, null, 0, 0, System.IO.Path.GetFileName(path), "the reader returned no document"));
            }

            return document;
        }

        private static SpecProblem ToProblem(OpenApiError error, bool fatal)
        {
            string id = fatal ? DiagnosticDescriptors.UnreadableSpec.Id : DiagnosticDescriptors.SpecError.Id;
            Match position = JsonPosition.Match(error.Message ?? string.Empty);
            if (position.Success)
            {
                return new SpecProblem(id, null, int.Parse(position.Groups[1].Value), int.Parse(position.Groups[2].Value), "The spec", error.Message ?? string.Empty);
            }

            string pointer = error.Pointer ?? string.Empty;
            if (pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                return SpecProblem.AtPointer(id, pointer.Substring(1), pointer, error.Message ?? string.Empty);
            }

            return new SpecProblem(id, null, 0, 0, "The spec", error.Message ?? string.Empty);
        }

        // Kept apart and never inlined so JSON-only use never loads the YAML assemblies.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void AddYamlReader(OpenApiReaderSettings settings) => settings.AddYamlReader();
    }
}
