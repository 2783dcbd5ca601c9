using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        public const string ExcludeTagsKey = "build_metadata.AdditionalFiles.OpenApiClientGen_ExcludeTags";
        public const string OperationsKey = "build_metadata.AdditionalFiles.OpenApiClientGen_Operations";
        public const string ExcludeOperationsKey = "build_metadata.AdditionalFiles.OpenApiClientGen_ExcludeOperations";
        public const string PathsKey = "build_metadata.AdditionalFiles.OpenApiClientGen_Paths";
        public const string ExcludePathsKey = "build_metadata.AdditionalFiles.OpenApiClientGen_ExcludePaths";

        /// <summary>
        /// Set by the package's targets when several AdditionalFiles items name the same file: the options of each
        /// item (the compiler keeps one set of metadata per path, so the others would be lost). Fields, separated by '|':
        /// ClientName, Namespace, Tags, ConnectionCheckPath, AuthenticatedCheckPath, ExcludeTags, Operations,
        /// ExcludeOperations, Paths, ExcludePaths.
        /// </summary>
        public const string VariantsKey = "build_metadata.AdditionalFiles.OpenApiClientGen_Variants";

        /// <summary>The clients to generate from one additional file: none when it is not an OpenAPI description.</summary>
        public static ImmutableArray<SpecInput> Create(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
        {
            string path = file.Path;
            if (!IsDescriptionFile(path))
            {
                return ImmutableArray<SpecInput>.Empty;
            }

            AnalyzerConfigOptions options = optionsProvider.GetOptions(file);
            options.TryGetValue(ClientNameKey, out string? clientName);
            options.TryGetValue(NamespaceKey, out string? ns);
            options.TryGetValue(VariantsKey, out string? variants);
            bool named = !string.IsNullOrWhiteSpace(clientName) || !string.IsNullOrWhiteSpace(ns);

            string? text = file.GetText(cancellationToken)?.ToString();
            if (text is null || (!named && !LooksLikeOpenApi(text)))
            {
                return ImmutableArray<SpecInput>.Empty;
            }

            optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
            if (!string.IsNullOrWhiteSpace(variants))
            {
                return variants!.Split('!')
                    .Select(variant => variant.Split('|'))
                    .Select(fields => Input(
                        path, text, rootNamespace, Field(fields, 0), Field(fields, 1), Field(fields, 3), Field(fields, 4),
                        new OperationSelection(Field(fields, 2), Field(fields, 5), Field(fields, 6), Field(fields, 7), Field(fields, 8), Field(fields, 9))))
                    .ToImmutableArray();
            }

            var selection = new OperationSelection(
                Value(options, TagsKey), Value(options, ExcludeTagsKey), Value(options, OperationsKey), Value(options, ExcludeOperationsKey), Value(options, PathsKey), Value(options, ExcludePathsKey));
            return ImmutableArray.Create(Input(path, text, rootNamespace, clientName, ns, Value(options, CheckPathKey), Value(options, AuthenticatedCheckPathKey), selection));
        }

        /// <summary>A file that may hold a description or a part of one: JSON or YAML.</summary>
        public static bool IsDescriptionFile(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || Reading.SpecReader.IsYaml(path);

        /// <summary>
        /// One client per distinct input (the compiler passes a file named by two items twice); of inputs that would
        /// generate the same namespace and client name, the first by path is kept and the others are reported.
        /// </summary>
        public static SpecSelection Select(ImmutableArray<SpecInput> inputs, ImmutableArray<ExternalDocument> documents, CancellationToken cancellationToken)
        {
            var kept = new List<SpecInput>();
            var conflicts = new List<DiagnosticInfo>();
            var names = new Dictionary<string, SpecInput>(StringComparer.Ordinal);
            foreach (SpecInput input in inputs.Distinct().OrderBy(i => i.Path, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string name = input.Namespace + "." + input.ClientName;
                if (names.TryGetValue(name, out SpecInput? first))
                {
                    conflicts.Add(new DiagnosticInfo(
                        Diagnostics.DiagnosticDescriptors.DuplicateClient.Id,
                        new LocationInfo(input.Path, 0, 0, 0, 0),
                        new EquatableArray<string>(ImmutableArray.Create(name, Path.GetFileName(first.Path)))));
                    continue;
                }

                names.Add(name, input);
                kept.Add(input with { References = Referenced(input, documents, cancellationToken) });
            }

            return new SpecSelection(new EquatableArray<SpecInput>(kept.ToImmutableArray()), new EquatableArray<DiagnosticInfo>(conflicts.ToImmutableArray()));
        }

        /// <summary>The files a spec references, directly or through another referenced file, that the build passed too; by path.</summary>
        private static EquatableArray<ExternalDocument> Referenced(SpecInput input, ImmutableArray<ExternalDocument> documents, CancellationToken cancellationToken)
        {
            var found = new Dictionary<string, ExternalDocument>(StringComparer.Ordinal);
            var pending = new Queue<(string Path, string Text)>();
            pending.Enqueue((input.Path, input.Text));
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (from, text) = pending.Dequeue();
                foreach (string relative in Reading.ReferenceScan.ExternalFiles(text).Distinct(StringComparer.Ordinal))
                {
                    string? path = Reading.ExternalTexts.Find(documents.Select(d => d.Path), Reading.ExternalTexts.Combine(from, relative));
                    if (path is not null && path != input.Path && !found.ContainsKey(path))
                    {
                        ExternalDocument document = documents.First(d => d.Path == path);
                        found.Add(path, document);
                        pending.Enqueue((document.Path, document.Text));
                    }
                }
            }

            return found.Values.OrderBy(d => d.Path, StringComparer.Ordinal).ToEquatableArray();
        }

        private static SpecInput Input(string path, string text, string? rootNamespace, string? clientName, string? ns, string? checkPath, string? authenticatedCheckPath, OperationSelection selection)
        {
            if (string.IsNullOrWhiteSpace(clientName))
            {
                clientName = CSharpNames.Pascal(Path.GetFileNameWithoutExtension(path)) + "Client";
            }

            return new SpecInput(path, text, CSharpNames.Pascal(clientName!.Trim()), Namespace(string.IsNullOrWhiteSpace(ns) ? rootNamespace : ns), Blank(checkPath), Blank(authenticatedCheckPath), selection);
        }

        private static string? Field(string[] fields, int index) => index < fields.Length ? Blank(fields[index]) : null;

        private static string? Value(AnalyzerConfigOptions options, string key) => options.TryGetValue(key, out string? value) ? Blank(value) : null;

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

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
