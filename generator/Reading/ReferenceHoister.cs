using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using OpenApiClientGen.Diagnostics;

namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// Rewrites the <c>$ref</c>s OpenAPI.NET only resolves as component references: a pointer anywhere in the
    /// document (<c>#/paths/~1v2~1droplets/get/responses/401</c>, <c>#/components/schemas/A/properties/b</c>,
    /// <c>…/schema/allOf/1</c>) and a part of another file (<c>pet.yaml#/components/schemas/Pet</c>, <c>./pet.json</c>).
    /// The target moves (another file's: is copied) into <c>components/{kind}/{name}</c>, its old place and every
    /// reference then naming the component, so all uses share one type; path items, which Swagger 2.0 and 3.0 keep
    /// no section for, are copied into place. Discriminator mappings are rewritten alike. A <see cref="SourceMap"/>
    /// remembers where each moved part came from, for diagnostics.
    /// </summary>
    internal sealed class ReferenceHoister
    {
        private static readonly HashSet<string> DataKeywords = new HashSet<string>(StringComparer.Ordinal) { "example", "examples", "default", "enum", "const" };

        private readonly JsonObject _root;
        private readonly string _specPath;
        private readonly ExternalTexts _externals;
        private readonly bool _swagger2;
        private readonly List<SpecProblem> _problems;
        private readonly CancellationToken _cancellationToken;
        private readonly SourceMap _map = new SourceMap();
        private readonly Queue<Reference> _pending = new Queue<Reference>();
        private readonly Dictionary<string, string> _copies = new Dictionary<string, string>(StringComparer.Ordinal);

        private ReferenceHoister(JsonObject root, string specPath, ExternalTexts externals, List<SpecProblem> problems, CancellationToken cancellationToken)
        {
            _root = root;
            _specPath = specPath;
            _externals = externals;
            _swagger2 = root.ContainsKey("swagger");
            _problems = problems;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Rewrites <paramref name="root"/> in place; returns where the moved parts came from.</summary>
        public static SourceMap Rewrite(JsonObject root, string specPath, ExternalTexts externals, List<SpecProblem> problems, CancellationToken cancellationToken)
        {
            var hoister = new ReferenceHoister(root, specPath, externals, problems, cancellationToken);
            hoister.Collect(root, null, string.Empty, ReferenceKinds.Root);
            while (hoister._pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hoister.Resolve(hoister._pending.Dequeue(), 0);
            }

            return hoister._map;
        }

        /// <summary>Queues every reference under <paramref name="node"/>, which sits at <paramref name="pointer"/> of <paramref name="file"/> (null: the spec).</summary>
        private void Collect(JsonNode? node, string? file, string pointer, string? state)
        {
            if (node is JsonObject obj)
            {
                if (obj["$ref"] is JsonValue value && value.TryGetValue(out string? _))
                {
                    _pending.Enqueue(new Reference(obj, "$ref", file, pointer, ReferenceKinds.KindOf(state)));
                }

                if (state == ReferenceKinds.Schemas && obj["discriminator"]?["mapping"] is JsonObject mapping)
                {
                    foreach (var entry in mapping.ToList())
                    {
                        if (entry.Value is JsonValue target && target.TryGetValue(out string? text) && IsReference(text))
                        {
                            _pending.Enqueue(new Reference(mapping, entry.Key, file, pointer + "/discriminator/mapping", ReferenceKinds.Schemas));
                        }
                    }
                }

                foreach (var property in obj.ToList())
                {
                    // Examples, defaults and extensions are data: a "$ref" there is not a reference.
                    if (!ReferenceKinds.IsMap(state) && (DataKeywords.Contains(property.Key) || property.Key.StartsWith("x-", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    Collect(property.Value, file, pointer + "/" + JsonPointer.Escape(property.Key), ReferenceKinds.Step(state, property.Key));
                }
            }
            else if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    string index = i.ToString(CultureInfo.InvariantCulture);
                    Collect(array[i], file, pointer + "/" + index, ReferenceKinds.Step(state, index));
                }
            }
        }

        /// <summary>A discriminator mapping value that is a reference rather than a component's name.</summary>
        private static bool IsReference(string value) =>
            value.IndexOf('#') >= 0 || value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        private void Resolve(Reference reference, int depth)
        {
            if (reference.Owner[reference.Key] is not JsonValue value || !value.TryGetValue(out string? text))
            {
                return;
            }

            // The spec's own component references are OpenAPI.NET's to resolve; another file's are not.
            if (reference.File is null && ReferenceScan.IsComponentReference(text))
            {
                return;
            }

            int hash = text.IndexOf('#');
            string fragment = hash < 0 ? string.Empty : text.Substring(hash + 1);
            string? targetFile = reference.File;
            if (ReferenceScan.ExternalFile(text) is { } relative)
            {
                targetFile = ExternalTexts.Combine(reference.File ?? _specPath, relative);
                if (ExternalTexts.Find(new[] { _specPath }, targetFile) is not null)
                {
                    // The spec naming itself by its file name.
                    targetFile = null;
                }
            }
            else if (text.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                // On the web: no network access here; left for the mapper to report if an operation needs it.
                return;
            }

            if (targetFile is null && ReferenceScan.IsComponentReference("#" + fragment))
            {
                reference.Owner[reference.Key] = "#" + fragment;
                return;
            }

            JsonNode? document = targetFile is null ? _root : _externals.Root(targetFile);
            var segments = JsonPointer.Split(fragment);
            JsonNode? target = null;
            string resolved = string.Empty;
            if (document is not null && !(targetFile is null && segments.Count == 0))
            {
                target = JsonPointer.Resolve(document, segments, out resolved);
            }

            string kind = reference.Kind ?? (target is null ? null : ReferenceKinds.Of(segments)) ?? string.Empty;
            if (target is null || kind.Length == 0 || depth > 32)
            {
                Unresolved(reference, text, kind);
            }
            else if (!CanHoist(kind))
            {
                Inline(reference, target, kind);
            }
            else
            {
                reference.Owner[reference.Key] = targetFile is null ? Local(target, resolved, kind, depth) : Copy(target, targetFile, resolved, kind, depth);
            }
        }

        /// <summary>Kinds the document keeps a components section for (Swagger 2.0 only schemas, parameters and responses; path items only from 3.1).</summary>
        private bool CanHoist(string kind) =>
            kind != ReferenceKinds.PathItems
            && (!_swagger2 || kind == ReferenceKinds.Schemas || kind == ReferenceKinds.Parameters || kind == ReferenceKinds.Responses);

        /// <summary>Copies the target into the referring object (members written beside the <c>$ref</c> win).</summary>
        private void Inline(Reference reference, JsonNode target, string kind)
        {
            if (reference.Key != "$ref" || target is not JsonObject members)
            {
                return;
            }

            JsonObject owner = reference.Owner;
            owner.Remove("$ref");
            foreach (var member in members)
            {
                if (!owner.ContainsKey(member.Key))
                {
                    owner[member.Key] = member.Value?.DeepClone();
                }
            }

            Collect(owner, reference.File, reference.Pointer, kind);
        }

        /// <summary>Moves a part of the spec into components, leaving a reference in its place; returns that reference.</summary>
        private string Local(JsonNode target, string resolved, string kind, int depth)
        {
            // A chain of references collapses to its end, so a component is never an alias of another.
            if (target is JsonObject { Count: 1 } alias && alias.ContainsKey("$ref"))
            {
                Resolve(new Reference(alias, "$ref", null, resolved, kind), depth + 1);
                if (alias["$ref"] is JsonValue end && end.TryGetValue(out string? endText) && ReferenceScan.IsComponentReference(endText))
                {
                    return endText;
                }
            }

            var segments = JsonPointer.Split(resolved);
            string name = Claim(kind, HoistedNames.For(_root, segments, null, target));
            string component = Section(kind) + "/" + JsonPointer.Escape(name);
            JsonNode? parent = target.Parent;
            var placeholder = new JsonObject { ["$ref"] = "#" + component };
            if (parent is JsonObject parentObject)
            {
                parentObject[segments[segments.Count - 1]] = placeholder;
            }
            else if (parent is JsonArray parentArray)
            {
                parentArray[int.Parse(segments[segments.Count - 1], CultureInfo.InvariantCulture)] = placeholder;
            }

            SectionObject(kind)[name] = target;
            _map.Add(component, null, resolved);
            return "#" + component;
        }

        /// <summary>Copies a part of another file into components (once per part); returns the reference to it.</summary>
        private string Copy(JsonNode target, string file, string resolved, string kind, int depth)
        {
            string key = file + "#" + resolved;
            if (_copies.TryGetValue(key, out string? known))
            {
                return known;
            }

            if (target is JsonObject { Count: 1 } alias && alias["$ref"] is JsonValue inner && inner.TryGetValue(out string? _))
            {
                var hop = new Reference(alias.DeepClone().AsObject(), "$ref", file, resolved, kind);
                Resolve(hop, depth + 1);
                string end = hop.Owner["$ref"]?.GetValue<string>() ?? string.Empty;
                _copies[key] = end;
                return end;
            }

            JsonNode copy = target.DeepClone();
            string name = Claim(kind, HoistedNames.For(_externals.Root(file)!, JsonPointer.Split(resolved), file, copy));
            string component = Section(kind) + "/" + JsonPointer.Escape(name);
            _copies[key] = "#" + component;
            SectionObject(kind)[name] = copy;
            _map.Add(component, file, resolved);

            // Its references are relative to its own file.
            Collect(copy, file, resolved, kind);
            return "#" + component;
        }

        private void Unresolved(Reference reference, string text, string kind)
        {
            if (reference.Key != "$ref")
            {
                // A discriminator mapping entry that names nothing can pick no alternative; the union still tells its
                // alternatives apart by the JSON's shape, so the entry is dropped rather than passed on to OpenAPI.NET.
                reference.Owner.Remove(reference.Key);
                return;
            }

            if (reference.File is null)
            {
                // Left as written: OpenAPI.NET marks it unresolved and the mapper reports it where an operation needs it.
                return;
            }

            // In a part copied from another file, where nothing else would find it again.
            _problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UnresolvedReference.Id, reference.Pointer + "/$ref", text).In(reference.File));
            if (kind == ReferenceKinds.Schemas || kind.Length == 0)
            {
                reference.Owner.Remove("$ref");
            }
            else
            {
                reference.Owner["$ref"] = "#/components/" + kind + "/" + JsonPointer.Escape(text);
            }
        }

        private string Claim(string kind, string name)
        {
            JsonObject section = SectionObject(kind);
            string candidate = name;
            for (int n = 2; section.ContainsKey(candidate); n++)
            {
                candidate = name + n.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }

        /// <summary>The section of components for a kind: <c>/components/schemas</c>, or Swagger 2.0's <c>/definitions</c>.</summary>
        private string Section(string kind) =>
            !_swagger2 ? "/components/" + kind
            : kind == ReferenceKinds.Schemas ? "/definitions"
            : "/" + kind;

        private JsonObject SectionObject(string kind)
        {
            JsonObject parent = _root;
            foreach (string segment in JsonPointer.Split(Section(kind)))
            {
                if (parent[segment] is not JsonObject child)
                {
                    child = new JsonObject();
                    parent[segment] = child;
                }

                parent = child;
            }

            return parent;
        }

        /// <summary>A reference: the value of <see cref="Key"/> in <see cref="Owner"/> (a <c>$ref</c>, or a discriminator mapping's entry).</summary>
        private sealed class Reference
        {
            public Reference(JsonObject owner, string key, string? file, string pointer, string? kind)
            {
                Owner = owner;
                Key = key;
                File = file;
                Pointer = pointer;
                Kind = kind;
            }

            public JsonObject Owner { get; }

            public string Key { get; }

            /// <summary>The file the reference is written in (null: the spec); a relative reference is relative to it.</summary>
            public string? File { get; }

            /// <summary>Where the owner is in that file, for diagnostics.</summary>
            public string Pointer { get; }

            /// <summary>The components section its target belongs in, from where the reference is used.</summary>
            public string? Kind { get; }
        }
    }
}
