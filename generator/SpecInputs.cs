using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenApiClientGen.Mapping;
using OpenApiClientGen.Model;

namespace OpenApiClientGen
{
    /// <summary>Selects the additional files that are OpenAPI descriptions and reads their per-file options.</summary>
    internal static class SpecInputs
    {
        public const string ClientNameKey = "build_metadata.AdditionalFiles.OpenApiClientGen_ClientName";
        public const string NamespaceKey = "build_metadata.AdditionalFiles.OpenApiClientGen_Namespace";
        public const string CheckPathKey = "build_metadata.AdditionalFiles.OpenApiClientGen_ConnectionCheckPath";
        public const string AuthenticatedCheckPathKey = "build_metadata.AdditionalFiles.OpenApiClientGen_AuthenticatedCheckPath";
        public const string TagsKey = "build_metadata.AdditionalFiles.OpenApiClientGen_Tags";

        public static SpecInput? Create(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
        {
            string path = file.Path;
            if (!(path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || Reading.SpecReader.IsYaml(path)))
            {
                return null;
            }

            AnalyzerConfigOptions options = optionsProvider.GetOptions(file);
            options.TryGetValue(ClientNameKey, out string? clientName);
            options.TryGetValue(NamespaceKey, out string? ns);
            bool named = !string.IsNullOrWhiteSpace(clientName) || !string.IsNullOrWhiteSpace(ns);

            string? text = file.GetText(cancellationToken)?.ToString();
            if (text is null || (!named && !LooksLikeOpenApi(text)))
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(clientName))
            {
                clientName = CSharpNames.Pascal(Path.GetFileNameWithoutExtension(path)) + "Client";
            }

            if (string.IsNullOrWhiteSpace(ns))
            {
                optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out ns);
            }

            options.TryGetValue(CheckPathKey, out string? checkPath);
            options.TryGetValue(AuthenticatedCheckPathKey, out string? authenticatedCheckPath);
            options.TryGetValue(TagsKey, out string? tags);
            return new SpecInput(path, text, CSharpNames.Pascal(clientName!.Trim()), Namespace(ns), checkPath, authenticatedCheckPath, tags);
        }

        private static bool LooksLikeOpenApi(string text)
        {
            string head = text.Length > 4096 ? text.Substring(0, 4096) : text;
            return head.IndexOf("\"openapi\"", StringComparison.Ordinal) >= 0
                || head.IndexOf("openapi:", StringComparison.Ordinal) >= 0
                || head.IndexOf("\"swagger\"", StringComparison.Ordinal) >= 0
                || head.IndexOf("swagger:", StringComparison.Ordinal) >= 0;
        }

        private static string Namespace(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return "OpenApiClients";
            }

            return string.Join(".", value!.Split('.').Where(s => s.Trim().Length > 0).Select(s => CSharpNames.Pascal(s.Trim())));
        }
    }
}
