using System.Collections.Generic;
using System.Linq;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Model;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Finds path templates the runtime cannot expand with the operation's path parameters: an unclosed or empty
    /// <c>{</c>, an expression other than <c>{name}</c>, a variable no path parameter sets, a path parameter the
    /// template lacks. The method is still generated; the build says why it would fail when called.
    /// </summary>
    internal static class PathTemplateCheck
    {
        private const string Operators = "+#./;=,!@|";

        public static void Report(string path, string method, IReadOnlyList<ParameterModel> parameters, string pointer, List<SpecProblem> problems)
        {
            var pathParameters = new HashSet<string>(parameters.Where(p => p.Location == ParameterLocation.Path).Select(p => p.WireName), System.StringComparer.Ordinal);
            var variables = new HashSet<string>(System.StringComparer.Ordinal);
            string? problem = null;
            int position = 0;
            while (problem is null && position < path.Length)
            {
                int open = path.IndexOf('{', position);
                if (open < 0)
                {
                    break;
                }

                int close = path.IndexOf('}', open + 1);
                int nested = path.IndexOf('{', open + 1);
                if (close < 0 || close == open + 1 || (nested >= 0 && nested < close))
                {
                    problem = "the path has an unclosed or empty '{'";
                    break;
                }

                string name = path.Substring(open + 1, close - open - 1);
                if (name[0] == '?' || name[0] == '&')
                {
                    // A query expression ({?a,b}) the runtime fills from query parameters.
                }
                else if (Operators.IndexOf(name[0]) >= 0 || name.Contains(","))
                {
                    problem = "the path expression '{" + name + "}' is not a plain {name} variable";
                }
                else if (!pathParameters.Contains(name))
                {
                    problem = "the path variable '{" + name + "}' has no path parameter";
                }

                variables.Add(name);
                position = close + 1;
            }

            if (problem is null && pathParameters.FirstOrDefault(p => !variables.Contains(p)) is { } extra)
            {
                problem = "the path parameter '" + extra + "' is not in the path";
            }

            if (problem is not null)
            {
                problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UncallableOperation.Id, pointer, method.ToUpperInvariant(), path, problem));
            }
        }
    }
}
