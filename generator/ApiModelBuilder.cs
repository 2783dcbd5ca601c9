using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Mapping;
using OpenApiClientGen.Model;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen
{
    /// <summary>READ then MAP for one spec. Never throws for bad input: every failure becomes a diagnostic.</summary>
    internal static class ApiModelBuilder
    {
        public static ApiModel Build(SpecInput input, CancellationToken cancellationToken)
        {
            var problems = new List<SpecProblem>();
            SourceMap sourceMap = SourceMap.Empty;
            try
            {
                OpenApiDocument? document = SpecReader.Read(input, problems, cancellationToken, out sourceMap);
                if (document is null)
                {
                    return Failed(input, problems, sourceMap, cancellationToken);
                }

                var (client, groups, types, jsonTypes) = DocumentMapper.Map(document, input, problems, cancellationToken);
                // Filters that leave nothing are reported by the filter; this is about the description itself.
                if (groups.Count == 0 && !problems.Any(p => p.Id == DiagnosticDescriptors.UnmatchedFilter.Id))
                {
                    problems.Add(new SpecProblem(DiagnosticDescriptors.NoOperations.Id, null, 0, 0, System.IO.Path.GetFileName(input.Path)));
                }

                return new ApiModel(input.Path, client, groups, types, jsonTypes, Locate(input, problems, sourceMap, cancellationToken));
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                // Roslyn drops the output of every file when a generator throws, so one bad spec must not throw.
                problems.Add(new SpecProblem(DiagnosticDescriptors.GeneratorFailure.Id, null, 0, 0, System.IO.Path.GetFileName(input.Path), exception.GetType().Name + ": " + exception.Message));
                return Failed(input, problems, sourceMap, cancellationToken);
            }
        }

        private static ApiModel Failed(SpecInput input, List<SpecProblem> problems, SourceMap sourceMap, CancellationToken cancellationToken) =>
            new ApiModel(input.Path, null, EquatableArray<OperationGroupModel>.Empty, EquatableArray<TypeModel>.Empty, EquatableArray<TypeRef>.Empty, Locate(input, problems, sourceMap, cancellationToken));

        /// <summary>
        /// Gives every problem a place: in the spec, or in the other file a moved part came from; all JSON pointers of
        /// one file are resolved in one pass.
        /// </summary>
        private static EquatableArray<DiagnosticInfo> Locate(SpecInput input, List<SpecProblem> problems, SourceMap sourceMap, CancellationToken cancellationToken)
        {
            if (problems.Count == 0)
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            var origins = problems.Select(p => p.Pointer is null ? (File: input.Path, Pointer: (string?)null)
                : p.File is not null ? (p.File, p.Pointer)
                : Origin(input, sourceMap, p.Pointer)).ToList();
            var found = new Dictionary<string, Dictionary<string, (int Offset, int Line, int Column)>>(StringComparer.Ordinal);
            foreach (var file in origins.Where(o => o.Pointer is not null).GroupBy(o => o.File))
            {
                string? text = TextOf(input, file.Key);
                IEnumerable<string> pointers = file.Select(o => o.Pointer!).Distinct();
                found[file.Key] = text is null ? new Dictionary<string, (int Offset, int Line, int Column)>()
                    : SpecReader.IsYaml(file.Key) ? YamlPointerLocator.Locate(text, pointers, cancellationToken)
                    : JsonPointerLocator.Locate(text, pointers, cancellationToken);
            }

            var result = new List<DiagnosticInfo>(problems.Count);
            for (int i = 0; i < problems.Count; i++)
            {
                SpecProblem problem = problems[i];
                var (file, pointer) = origins[i];
                LocationInfo location;
                if (pointer is not null && found[file].TryGetValue(pointer, out var at))
                {
                    location = new LocationInfo(file, at.Offset, 1, at.Line, at.Column);
                }
                else if (problem.Line >= 0 && problem.Pointer is null)
                {
                    location = new LocationInfo(input.Path, OffsetOf(input.Text, problem.Line, problem.Column), 1, problem.Line, problem.Column);
                }
                else
                {
                    location = new LocationInfo(file, 0, 0, 0, 0);
                }

                result.Add(new DiagnosticInfo(problem.Id, location, problem.Arguments.ToEquatableArray()));
            }

            return result.ToEquatableArray();
        }

        private static (string File, string? Pointer) Origin(SpecInput input, SourceMap sourceMap, string pointer)
        {
            var (file, original) = sourceMap.Origin(pointer);
            return (file ?? input.Path, original);
        }

        private static string? TextOf(SpecInput input, string file) =>
            file == input.Path ? input.Text : input.References.FirstOrDefault(d => d.Path == file)?.Text;

        private static int OffsetOf(string text, int line, int column)
        {
            int offset = 0;
            for (int current = 0; current < line && offset < text.Length; offset++)
            {
                if (text[offset] == '\n')
                {
                    current++;
                }
            }

            return Math.Min(text.Length, offset + column);
        }
    }
}
