using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.OpenApi;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Model;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Maps schemas to C# types. Component schemas become named types (named after their key); inline objects,
    /// enums and unions are named from where they appear (<c>{Parent}{Property}</c>, <c>{Operation}Request</c>).
    /// Only schemas reached from operations produce types, so the output is pruned to what is used.
    /// </summary>
    internal sealed partial class SchemaMapper
    {
        private const string ComponentPrefix = "/components/schemas/";
        private const string AliasCycle = "is an alias of itself ($ref cycle)";

        private readonly OpenApiDocument _document;
        private readonly string _namespace;
        private readonly NameScope _typeNames;
        private readonly List<SpecProblem> _problems;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, string> _componentNames = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, (TypeRef Type, bool Nullable)> _components = new Dictionary<string, (TypeRef, bool)>(StringComparer.Ordinal);
        private readonly HashSet<string> _componentsInProgress = new HashSet<string>(StringComparer.Ordinal);

        // Schemas being mapped inside one another; about half a kilobyte of stack each.
        private const int MaxDepth = 512;
        private int _depth;
        private readonly Dictionary<string, TypeRef> _enumsByValues = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        private readonly Dictionary<string, TypeRef> _objectsByShape = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        private readonly Dictionary<string, TypeRef> _composites = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        private readonly Dictionary<string, TypeRef> _jsonTypes = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        private readonly List<TypeModel> _types = new List<TypeModel>();
        private readonly EnumNaming _enumNaming;
        private readonly bool _recording;

        /// <summary>The member (property or parameter) and its owner that the schema being mapped is the type of.</summary>
        private (string? Owner, string? Member) _use;
        private string? _tag;

        /// <param name="enumNaming">
        /// Records the uses of inline enums when <paramref name="recording"/>; otherwise holds their names, which are
        /// claimed here right after the component names.
        /// </param>
        public SchemaMapper(OpenApiDocument document, string @namespace, NameScope typeNames, List<SpecProblem> problems, CancellationToken cancellationToken, EnumNaming enumNaming, bool recording)
        {
            _enumNaming = enumNaming;
            _recording = recording;
            _document = document;
            _namespace = @namespace;
            _typeNames = typeNames;
            _problems = problems;
            _cancellationToken = cancellationToken;

            // Component names are claimed up front, in key order, so a type's name does not depend on which
            // operations happen to reach it first.
            if (document.Components?.Schemas is { } schemas)
            {
                foreach (string key in schemas.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (string.IsNullOrWhiteSpace(key))
                    {
                        // No $ref can name it (OpenAPI.NET rejects "#/components/schemas/"), and no type can be named after it.
                        Unmappable(key, "has no name");
                        continue;
                    }

                    _componentNames[key] = typeNames.Claim(CSharpNames.Pascal(key));
                }
            }

            if (!recording)
            {
                enumNaming.Assign(typeNames);
            }
        }

        /// <summary>The tag of the operation being mapped: uses of inline enums outside components are counted in it.</summary>
        public string? Tag
        {
            set => _tag = value;
        }

        /// <summary>Maps the schema of a member (a property of <paramref name="owner"/>, or a parameter of that operation).</summary>
        public (TypeRef Type, bool Nullable) MapMember(IOpenApiSchema? schema, string owner, string member, string pointer)
        {
            var outer = _use;
            _use = (owner, member);
            try
            {
                return Map(schema, owner + member, pointer);
            }
            finally
            {
                _use = outer;
            }
        }

        public IReadOnlyList<TypeModel> Types => _types;

        public TypeModel? FindType(string name) => _types.FirstOrDefault(t => t.Name == name);

        public IEnumerable<TypeRef> JsonTypes => _jsonTypes.Values;

        /// <summary>Maps a schema; the flag says whether JSON null is a valid value.</summary>
        /// <remarks>
        /// An inline object identical to one already mapped (same members, types and requiredness) is the same type;
        /// <paramref name="shareable"/> is false for a request body's own schema, which keeps its operation's name.
        /// </remarks>
        public (TypeRef Type, bool Nullable) Map(IOpenApiSchema? schema, string nameHint, string pointer, bool shareable = true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (schema is null)
            {
                return (Use(TypeRefs.JsonElement), false);
            }

            if (_depth >= MaxDepth)
            {
                return TooDeep(schema, nameHint, pointer);
            }

            _depth++;
            try
            {
                return MapWithin(schema, nameHint, pointer, shareable);
            }
            finally
            {
                _depth--;
            }
        }

        // A chain of thousands of schemas ($ref after $ref) would otherwise overflow the stack, which no catch survives:
        // the compiler itself would crash. A fixed depth keeps the output the same on every thread and host.
        private (TypeRef Type, bool Nullable) TooDeep(IOpenApiSchema schema, string nameHint, string pointer)
        {
            string reason = "nests more than " + MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " schemas deep";
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                Unmappable(id, reason);
            }
            else
            {
                _problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UnmappableSchema.Id, pointer, nameHint, reason));
            }

            return (Use(TypeRefs.JsonElement), false);
        }

        private (TypeRef Type, bool Nullable) MapWithin(IOpenApiSchema schema, string nameHint, string pointer, bool shareable)
        {
            if (schema is OpenApiSchemaReference reference)
            {
                string? id = reference.Reference?.Id;
                switch (References.Status(reference))
                {
                    case ReferenceStatus.Circular when id is not null:
                        Unmappable(id, AliasCycle);
                        return (Use(TypeRefs.JsonElement), false);
                    case ReferenceStatus.Resolved when id is not null:
                        return MapComponent(id, References.Resolved<IOpenApiSchema>(reference));
                    default:
                        _problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UnresolvedReference.Id, pointer + "/$ref", References.Text(reference)));
                        return (Use(TypeRefs.JsonElement), false);
                }
            }

            return MapInline(schema, nameHint, pointer, componentName: null, shareable: shareable);
        }

        /// <summary>The type to declare for a value: value types that may be null become <c>Nullable&lt;T&gt;</c>.</summary>
        public (TypeRef Type, bool Annotate) Declared(TypeRef type, bool nullable)
        {
            if (!nullable || TypeRefs.IsJsonElement(type))
            {
                return (type, false);
            }

            return type.IsValueType ? (NullableOf(type), false) : (type, true);
        }

        public TypeRef NullableOf(TypeRef type) =>
            Composite("global::System.Nullable<" + type.Expression + ">", TypeRefKind.Nullable, true, "Nullable" + type.JsonName, type);

        private (TypeRef Type, bool Nullable) MapComponent(string id, IOpenApiSchema target)
        {
            if (_components.TryGetValue(id, out var known))
            {
                return known;
            }

            if (!_componentsInProgress.Add(id))
            {
                // A component that reaches itself without passing through an object (an array of itself); when it
                // is only a $ref, it is an alias cycle (A → B → A) that names no schema at all.
                if (target is OpenApiSchemaReference)
                {
                    Unmappable(id, AliasCycle);
                }

                return (Use(TypeRefs.JsonElement), false);
            }

            if (!_componentNames.TryGetValue(id, out string? name))
            {
                name = _typeNames.Claim(CSharpNames.Pascal(id));
                _componentNames[id] = name;
            }

            // A component that is only a $ref (an alias) is the type it names; a broken one is reported where it is.
            // It is one type whichever member or operation reaches it first, so neither names what is inside it.
            var (outerUse, outerTag) = (_use, _tag);
            (_use, _tag) = ((null, null), null);
            var mapped = target is OpenApiSchemaReference
                ? Map(target, name, ComponentPrefix + Escape(id))
                : MapInline(target, name, ComponentPrefix + Escape(id), componentName: name, componentId: id);
            (_use, _tag) = (outerUse, outerTag);
            _components[id] = mapped;
            _componentsInProgress.Remove(id);
            return mapped;
        }

        private (TypeRef Type, bool Nullable) MapInline(IOpenApiSchema schema, string nameHint, string pointer, string? componentName, string? componentId = null, bool shareable = true)
        {
            JsonSchemaType type = schema.Type ?? 0;
            bool nullable = (type & JsonSchemaType.Null) != 0;
            type &= ~JsonSchemaType.Null;

            if (componentId is not null && Subtypes(schema, componentId, pointer) is { Count: > 0 } subtypes)
            {
                return Remember(componentId, (CreateUnion(schema, subtypes, componentName ?? _typeNames.Claim(nameHint), componentId), nullable));
            }

            if (schema.AllOf is { Count: > 0 } allOf)
            {
                bool ownShape = schema.Properties is { Count: > 0 } || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 };
                if (allOf.Count == 1 && !ownShape)
                {
                    var single = Map(allOf[0], nameHint, pointer + "/allOf/0");
                    return Remember(componentId, (single.Type, single.Nullable || nullable));
                }

                return Remember(componentId, (CreateObject(schema, componentName ?? _typeNames.Claim(nameHint), pointer, componentId, shareable), nullable));
            }

            var alternatives = Alternatives(schema, pointer, ref nullable);
            if (alternatives.Count > 0 && schema.Properties is not { Count: > 0 })
            {
                if (alternatives.Count == 1)
                {
                    var single = Map(alternatives[0].Schema, nameHint, alternatives[0].Pointer);
                    return Remember(componentId, (single.Type, single.Nullable || nullable));
                }

                return Remember(componentId, (CreateUnion(schema, alternatives, componentName ?? _typeNames.Claim(nameHint), componentId), nullable));
            }

            if ((schema.Enum is { Count: > 0 } && (type == JsonSchemaType.String || type == 0)) || ConstString(schema, type) is not null)
            {
                TypeRef? enumType = CreateEnum(schema, componentName, nameHint, componentId);
                if (enumType is not null)
                {
                    return (enumType, nullable || schema.Enum?.Any(v => v is null) == true);
                }
            }

            switch (type)
            {
                case JsonSchemaType.String:
                    return (Use(IsFile(schema) ? TypeRefs.FilePart : StringType(schema.Format)), nullable);
                case JsonSchemaType.Integer:
                    return (Use(schema.Format == "int32" ? TypeRefs.Int32 : TypeRefs.Int64), nullable);
                case JsonSchemaType.Number:
                    return (Use(schema.Format == "decimal" ? TypeRefs.Decimal : schema.Format == "int64" ? TypeRefs.Int64 : TypeRefs.Double), nullable);
                case JsonSchemaType.Boolean:
                    return (Use(TypeRefs.Boolean), nullable);
                case JsonSchemaType.Array:
                    return (ListOf(schema.Items, nameHint + "Item", pointer + "/items"), nullable);
                case 0:
                case JsonSchemaType.Object:
                    if (schema.Properties is { Count: > 0 })
                    {
                        return Remember(componentId, (CreateObject(schema, componentName ?? _typeNames.Claim(nameHint), pointer, componentId, shareable), nullable));
                    }

                    if (schema.AdditionalProperties is { } values)
                    {
                        var value = Map(values, nameHint + "Value", pointer + "/additionalProperties");
                        TypeRef element = Declared(value.Type, value.Nullable).Type;
                        return (Composite("global::System.Collections.Generic.IDictionary<string, " + element.Expression + ">", TypeRefKind.Map, false, element.JsonName + "Map", element), nullable);
                    }

                    if (type == 0 && schema.Items is { } items)
                    {
                        return (ListOf(items, nameHint + "Item", pointer + "/items"), nullable);
                    }

                    return (Use(TypeRefs.JsonElement), false);
                default:
                    // Several types at once (OpenAPI 3.1 type arrays): a union of primitives, else the raw JSON.
                    if (TypeAlternatives(schema, type, pointer) is { Count: > 0 } typeAlternatives)
                    {
                        return Remember(componentId, (CreateUnion(schema, typeAlternatives, componentName ?? _typeNames.Claim(nameHint), componentId), nullable));
                    }

                    return (Use(TypeRefs.JsonElement), false);
            }
        }

        /// <summary>Reports a component schema that cannot become a type, once, at its place in the spec.</summary>
        private void Unmappable(string id, string reason)
        {
            if (!_components.ContainsKey(id))
            {
                _problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UnmappableSchema.Id, ComponentPrefix + Escape(id), id, reason));
                _components[id] = (TypeRefs.JsonElement, false);
            }
        }

        private (TypeRef, bool) Remember(string? componentId, (TypeRef, bool) mapped)
        {
            if (componentId is not null)
            {
                _components[componentId] = mapped;
            }

            return mapped;
        }

        private TypeRef ListOf(IOpenApiSchema? items, string nameHint, string pointer)
        {
            var item = Map(items, nameHint, pointer);
            TypeRef element = Declared(item.Type, item.Nullable).Type;
            return Composite("global::System.Collections.Generic.IReadOnlyList<" + element.Expression + ">", TypeRefKind.List, false, element.JsonName + "List", element);
        }

        private static TypeRef StringType(string? format)
        {
            switch (format)
            {
                case "date-time": return TypeRefs.DateTimeOffset;
                case "date": return TypeRefs.DateOnly;
                case "uuid": return TypeRefs.Guid;
                case "byte": return TypeRefs.Bytes;
                default: return TypeRefs.String;
            }
        }

        private TypeRef CreateObject(IOpenApiSchema schema, string name, string pointer, string? componentId, bool shareable)
        {
            var typeRef = new TypeRef("global::" + _namespace + "." + name, TypeRefKind.Object, false, name, null, null);
            if (componentId is not null)
            {
                Use(typeRef);

                // Registered before the properties are mapped, so a property that refers back to this type resolves.
                _components[componentId] = (typeRef, ((schema.Type ?? 0) & JsonSchemaType.Null) != 0);
            }

            var properties = new List<(string Name, IOpenApiSchema Schema, string Pointer)>();
            var required = new HashSet<string>(StringComparer.Ordinal);
            Collect(schema, pointer, properties, required, new HashSet<IOpenApiSchema>());

            var members = new NameScope(CSharpNames.Reserved(name, "AdditionalProperties", "IsAssigned", "MarkAssigned", "MemberIndex", "IndexOfMember"));
            var models = new List<PropertyModel>(properties.Count);
            foreach (var (jsonName, propertySchema, propertyPointer) in properties)
            {
                string pascal = CSharpNames.Pascal(jsonName);
                string memberName = members.ClaimMember(pascal);
                var mapped = MapMember(propertySchema, name, pascal, propertyPointer);
                bool isRequired = required.Contains(jsonName);
                var declared = Declared(mapped.Type, mapped.Nullable || !isRequired);
                models.Add(new PropertyModel(jsonName, memberName, declared.Type, declared.Annotate, isRequired, models.Count, Describe(propertySchema), IsDeprecated(propertySchema)));
            }

            if (componentId is null)
            {
                string shape = (shareable ? "S" : "U") + (schema.Deprecated ? "D" : "-") + string.Join("\u0001", models.Select(m => m.JsonName + "\u0002" + m.Type.Expression + "\u0002" + m.Nullable + m.Required + m.Deprecated));
                if (shareable && _objectsByShape.TryGetValue(shape, out TypeRef? same))
                {
                    return same;
                }

                _objectsByShape[shape] = typeRef;
                Use(typeRef);
            }

            _types.Add(new TypeModel(TypeModelKind.Object, name, Describe(schema), schema.Deprecated, models.ToEquatableArray(), EquatableArray<EnumMemberModel>.Empty, EquatableArray<UnionAlternativeModel>.Empty, null));
            return typeRef;
        }

        /// <summary>Gathers the properties of a schema and of every allOf part (merged; the first occurrence keeps its place).</summary>
        private void Collect(IOpenApiSchema schema, string pointer, List<(string, IOpenApiSchema, string)> properties, HashSet<string> required, HashSet<IOpenApiSchema> seen)
        {
            IOpenApiSchema resolved = schema;
            if (schema is OpenApiSchemaReference reference)
            {
                if (References.IsBroken(reference) || reference.Target is null || reference.Reference?.Id is null)
                {
                    _problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UnresolvedReference.Id, pointer + "/$ref", References.Text(reference)));
                    return;
                }

                resolved = reference.Target;
                pointer = ComponentPrefix + Escape(reference.Reference.Id);
            }

            if (!seen.Add(resolved))
            {
                return;
            }

            if (resolved.AllOf is { } parts)
            {
                for (int i = 0; i < parts.Count; i++)
                {
                    Collect(parts[i], pointer + "/allOf/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), properties, required, seen);
                }
            }

            if (resolved.Properties is { } own)
            {
                foreach (KeyValuePair<string, IOpenApiSchema> property in own)
                {
                    int existing = properties.FindIndex(p => p.Item1 == property.Key);
                    var entry = (property.Key, property.Value, pointer + "/properties/" + Escape(property.Key));
                    if (existing >= 0)
                    {
                        properties[existing] = entry;
                    }
                    else
                    {
                        properties.Add(entry);
                    }
                }
            }

            if (resolved.Required is { } names)
            {
                required.UnionWith(names);
            }
        }

        private TypeRef Composite(string expression, TypeRefKind kind, bool isValueType, string jsonName, TypeRef element)
        {
            if (!_composites.TryGetValue(expression, out TypeRef? type))
            {
                type = new TypeRef(expression, kind, isValueType, _typeNames.Claim(jsonName), element, null);
                _composites[expression] = type;
            }

            return Use(type);
        }

        private TypeRef Use(TypeRef type)
        {
            if (!_jsonTypes.ContainsKey(type.Expression))
            {
                _jsonTypes[type.Expression] = type;
            }

            return type;
        }

        private static bool IsDeprecated(IOpenApiSchema schema) => !References.IsBroken(schema) && schema.Deprecated;

        /// <summary>The schema's description, or its title; nothing for a broken reference (every read through it fails).</summary>
        private static string? Describe(IOpenApiSchema schema)
        {
            if (References.IsBroken(schema))
            {
                return null;
            }

            string? text = schema.Description;
            if (string.IsNullOrWhiteSpace(text))
            {
                text = schema.Title;
            }

            return string.IsNullOrWhiteSpace(text) ? null : text;
        }

        public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
    }
}
