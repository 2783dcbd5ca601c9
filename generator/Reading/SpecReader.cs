using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Reading
{
    /// <summary>Reads spec text with OpenAPI.NET and turns its errors into located problems.</summary>
    internal static class SpecReader
    {
        // Where System.Text.Json and SharpYaml say a text stopped being JSON or YAML (both count from zero).
        private static readonly Regex TextPosition = new Regex(@"LineNumber: (?<line>\d+) \| BytePositionInLine: (?<column>\d+)|\(Lin: (?<line>\d+), Col: (?<column>\d+),", RegexOptions.CultureInvariant);

        public static bool IsYaml(string path) =>
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        /// <summary>Reads the spec; <paramref name="sourceMap"/> tells where parts moved by the reference rewrite came from.</summary>
        public static OpenApiDocument? Read(SpecInput input, List<SpecProblem> problems, CancellationToken cancellationToken, out SourceMap sourceMap)
        {
            string path = input.Path, text = input.Text;
            string format = IsYaml(path) ? "yaml" : "json";
            var settings = new OpenApiReaderSettings();
            sourceMap = SourceMap.Empty;

            ReadResult result;
            if (ReferenceScan.NeedsRewrite(text) && SpecTree.TryParse(path, text) is JsonObject root)
            {
                // References OpenAPI.NET cannot follow (deep pointers, other files) become component references first.
                sourceMap = ReferenceHoister.Rewrite(root, path, new ExternalTexts(input.References), problems, cancellationToken);
                var location = new Uri("file:///" + Uri.EscapeDataString(System.IO.Path.GetFileName(path)));
                try
                {
                    result = new OpenApiJsonReader().Read(root, location, settings);
                }
                catch (ArgumentException) when (EmptyReferences.Strip(root, problems))
                {
                    result = new OpenApiJsonReader().Read(root, location, settings);
                }
            }
            else
            {
                if (format == "yaml")
                {
                    AddYamlReader(settings);
                }

                try
                {
                    result = OpenApiDocument.Parse(text, format, settings);
                }
                catch (ArgumentException) when (format == "json" && EmptyReferences.Strip(text, problems) is { } stripped)
                {
                    result = OpenApiDocument.Parse(stripped, format, settings);
                }
                catch (ArgumentException) when (format == "yaml" && SpecTree.TryParse(path, text) is JsonObject tree && EmptyReferences.Strip(tree, problems))
                {
                    // YAML has no text-level strip: the tree the reference rewrite uses carries it.
                    result = new OpenApiJsonReader().Read(tree, new Uri("file:///" + Uri.EscapeDataString(System.IO.Path.GetFileName(path))), settings);
                }
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
            Match position = TextPosition.Match(error.Message ?? string.Empty);
            if (position.Success)
            {
                return new SpecProblem(id, null, int.Parse(position.Groups["line"].Value), int.Parse(position.Groups["column"].Value), "The spec", error.Message ?? string.Empty);
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
