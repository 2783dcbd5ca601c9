using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Keeps the operations of the tags a project asked for (<c>OpenApiClientGen_Tags="repos;issues"</c>): a client of
    /// a few groups compiles far faster than all of GitHub's, and only the models those operations reach are emitted.
    /// </summary>
    internal static class TagFilter
    {
        public static List<T> Apply<T>(List<T> operations, string? filter, Func<T, string> tagOf, List<SpecProblem> problems)
        {
            var wanted = Parse(filter);
            if (wanted.Count == 0)
            {
                return operations;
            }

            var present = new HashSet<string>(operations.Select(tagOf), StringComparer.OrdinalIgnoreCase);
            foreach (string tag in wanted.Where(t => !present.Contains(t)).OrderBy(t => t, StringComparer.Ordinal))
            {
                problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.Unsupported.Id, "/paths", "Tag '" + tag + "' of OpenApiClientGen_Tags", "no operation has this tag"));
            }

            return operations.Where(o => wanted.Contains(tagOf(o))).ToList();
        }

        /// <summary>Tags separated by ';' or ',' (MSBuild lists use ';'), compared ignoring case; empty means every tag.</summary>
        private static HashSet<string> Parse(string? filter)
        {
            var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (filter is null)
            {
                return tags;
            }

            foreach (string part in filter.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Trim().Length > 0)
                {
                    tags.Add(part.Trim());
                }
            }

            return tags;
        }
    }
}
