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
            try
            {
                OpenApiDocument? document = SpecReader.Read(input.Path, input.Text, problems);
                if (document is null)
                {
                    return Failed(input, problems, cancellationToken);
                }

                var (client, groups, types, jsonTypes) = DocumentMapper.Map(document, input, problems, cancellationToken);
                if (groups.Count == 0)
                {
                    problems.Add(new SpecProblem(DiagnosticDescriptors.NoOperations.Id, null, 0, 0, System.IO.Path.GetFileName(input.Path)));
                }

                return new ApiModel(input.Path, client, groups, types, jsonTypes, Locate(input, problems, cancellationToken));
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                // Roslyn drops the output of every file when a generator throws, so one bad spec must not throw.
                problems.Add(new SpecProblem(DiagnosticDescriptors.GeneratorFailure.Id, null, 0, 0, System.IO.Path.GetFileName(input.Path), exception.GetType().Name + ": " + exception.Message));
                return Failed(input, problems, cancellationToken);
            }
        }

        private static ApiModel Failed(SpecInput input, List<SpecProblem> problems, CancellationToken cancellationToken) =>
            new ApiModel(input.Path, null, EquatableArray<OperationGroupModel>.Empty, EquatableArray<TypeModel>.Empty, EquatableArray<TypeRef>.Empty, Locate(input, problems, cancellationToken));

        /// <summary>Gives every problem a place in the spec file, resolving all JSON pointers in one pass.</summary>
        private static EquatableArray<DiagnosticInfo> Locate(SpecInput input, List<SpecProblem> problems, CancellationToken cancellationToken)
        {
            if (problems.Count == 0)
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            var pointers = problems.Where(p => p.Pointer is not null).Select(p => p.Pointer!).Distinct().ToList();
            var found = pointers.Count > 0 && !SpecReader.IsYaml(input.Path)
                ? JsonPointerLocator.Locate(input.Text, pointers, cancellationToken)
                : new Dictionary<string, (int Offset, int Line, int Column)>();

            var result = new List<DiagnosticInfo>(problems.Count);
            foreach (SpecProblem problem in problems)
            {
                LocationInfo location;
                if (problem.Pointer is not null && found.TryGetValue(problem.Pointer, out var at))
                {
                    location = new LocationInfo(input.Path, at.Offset, 1, at.Line, at.Column);
                }
                else if (problem.Line >= 0 && problem.Pointer is null)
                {
                    location = new LocationInfo(input.Path, OffsetOf(input.Text, problem.Line, problem.Column), 1, problem.Line, problem.Column);
                }
                else
                {
                    location = new LocationInfo(input.Path, 0, 0, 0, 0);
                }

                result.Add(new DiagnosticInfo(problem.Id, location, problem.Arguments.ToEquatableArray()));
            }

            return result.ToEquatableArray();
        }

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
