using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Model;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Keeps the operations a project asked for: those every include filter given matches (a tag of
    /// <c>OpenApiClientGen_Tags</c>, an <c>OpenApiClientGen_Operations</c> or <c>OpenApiClientGen_Paths</c> glob) and no
    /// exclude filter matches. Only the models the kept operations reach are mapped, so a client of a few operations
    /// compiles far faster than all of GitHub's. A tag or pattern that matches no operation of the description is
    /// reported: it is most likely a typo, or the description dropped what it named.
    /// </summary>
    internal static class OperationFilter
    {
        /// <summary>What a filter reads of an operation: the tag it is grouped under (its first), its operationId, its path.</summary>
        public readonly struct Subject
        {
            public Subject(string tag, string? operationId, string path)
            {
                Tag = tag;
                OperationId = operationId;
                Path = path;
            }

            public string Tag { get; }

            public string? OperationId { get; }

            public string Path { get; }
        }

        public static List<T> Apply<T>(List<T> operations, OperationSelection? selection, Func<T, Subject> subjectOf, List<SpecProblem> problems)
        {
            List<Criterion> criteria = Criteria(selection ?? OperationSelection.All);
            if (criteria.Count == 0)
            {
                return operations;
            }

            var subjects = operations.Select(subjectOf).ToList();
            foreach (Criterion criterion in criteria)
            {
                foreach (Glob pattern in criterion.Patterns.Where(p => !subjects.Any(s => criterion.Matches(p, s))))
                {
                    problems.Add(SpecProblem.AtPointer(
                        DiagnosticDescriptors.UnmatchedFilter.Id, "/paths", criterion.Option + " " + criterion.Noun + " '" + pattern.Text + "'", "it matches no operation of the description"));
                }
            }

            var kept = operations.Where((_, i) => criteria.All(c => c.Include == c.Patterns.Any(p => c.Matches(p, subjects[i])))).ToList();
            if (kept.Count == 0 && operations.Count > 0)
            {
                problems.Add(SpecProblem.AtPointer(
                    DiagnosticDescriptors.UnmatchedFilter.Id, "/paths", string.Join(", ", criteria.Select(c => c.Option)), "together they leave none of the " + operations.Count + " operations; the client has no methods"));
            }

            return kept;
        }

        private static List<Criterion> Criteria(OperationSelection selection)
        {
            var criteria = new List<Criterion>
            {
                new Criterion("OpenApiClientGen_Tags", include: true, SubjectKind.Tag, selection.Tags),
                new Criterion("OpenApiClientGen_ExcludeTags", include: false, SubjectKind.Tag, selection.ExcludeTags),
                new Criterion("OpenApiClientGen_Operations", include: true, SubjectKind.OperationId, selection.Operations),
                new Criterion("OpenApiClientGen_ExcludeOperations", include: false, SubjectKind.OperationId, selection.ExcludeOperations),
                new Criterion("OpenApiClientGen_Paths", include: true, SubjectKind.Path, selection.Paths),
                new Criterion("OpenApiClientGen_ExcludePaths", include: false, SubjectKind.Path, selection.ExcludePaths),
            };
            return criteria.Where(c => c.Patterns.Count > 0).ToList();
        }

        private enum SubjectKind
        {
            Tag,
            OperationId,
            Path,
        }

        /// <summary>One option's patterns. Tags are whole names ignoring case; operationIds are globs ignoring case; paths are case-sensitive globs.</summary>
        private sealed class Criterion
        {
            private readonly SubjectKind _kind;

            public Criterion(string option, bool include, SubjectKind kind, string? list)
            {
                Option = option;
                Include = include;
                _kind = kind;
                Patterns = Split(list)
                    .Select(p => new Glob(p, ignoreCase: kind != SubjectKind.Path, literal: kind == SubjectKind.Tag))
                    .ToList();
            }

            public string Option { get; }

            public bool Include { get; }

            public List<Glob> Patterns { get; }

            public string Noun => _kind == SubjectKind.Tag ? "tag" : "pattern";

            public bool Matches(Glob pattern, Subject subject) => pattern.IsMatch(_kind switch
            {
                SubjectKind.Tag => subject.Tag,
                SubjectKind.OperationId => subject.OperationId,
                _ => subject.Path,
            });

            /// <summary>Entries separated by ',' or ';', trimmed, empty ones and repeats (ignoring case) dropped, in the order given.</summary>
            private static IEnumerable<string> Split(string? list) =>
                (list ?? string.Empty).Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => p.Trim())
                    .Where(p => p.Length > 0)
                    .Distinct(StringComparer.OrdinalIgnoreCase);
        }
    }
}
