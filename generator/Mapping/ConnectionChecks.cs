using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Picks the cheap calls <c>CheckConnectionAsync</c> makes: a GET without parameters — <c>/</c> when the spec has
    /// it — and, when credentials are set, one that tells whether they are accepted (the current user: <c>/user</c>,
    /// <c>/me</c>…). Both can be set per spec through AdditionalFiles metadata.
    /// </summary>
    internal static class ConnectionChecks
    {
        private static readonly string[] CurrentUserPaths = { "/user", "/me", "/users/me", "/account", "/whoami" };

        public static string AnonymousPath(IEnumerable<(string Path, string Method, OpenApiOperation Operation)> operations, string? configured)
        {
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured!.Trim();
            }

            var candidates = Parameterless(operations).ToList();
            return candidates.Contains("/") ? "/" : candidates.FirstOrDefault() ?? "/";
        }

        public static string? AuthenticatedPath(IEnumerable<(string Path, string Method, OpenApiOperation Operation)> operations, string? configured)
        {
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured!.Trim();
            }

            var candidates = new HashSet<string>(Parameterless(operations), StringComparer.Ordinal);
            return CurrentUserPaths.FirstOrDefault(candidates.Contains);
        }

        private static IEnumerable<string> Parameterless(IEnumerable<(string Path, string Method, OpenApiOperation Operation)> operations) =>
            operations
                .Where(o => string.Equals(o.Method, "GET", StringComparison.OrdinalIgnoreCase)
                    && o.Path.IndexOf('{') < 0
                    && (o.Operation.Parameters is null || !o.Operation.Parameters.Any(p => p.Required)))
                .Select(o => o.Path);
    }
}
