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
    /// <summary>Enums and unions (oneOf/anyOf): how their members and alternatives are named and told apart.</summary>
    internal sealed partial class SchemaMapper
    {
        private List<(IOpenApiSchema Schema, string Pointer)> Alternatives(IOpenApiSchema schema, string pointer, ref bool nullable)
        {
            var result = new List<(IOpenApiSchema, string)>();
            void Add(IList<IOpenApiSchema>? list, string keyword, ref bool isNullable)
            {
                if (list is null)
                {
                    return;
                }

                for (int i = 0; i < list.Count; i++)
                {
                    IOpenApiSchema alternative = list[i];
                    // {type: null} makes the rest nullable; so does {} beside a real alternative ("X or anything", which
                    // specs write for "X when there is one").
                    if (!References.IsBroken(alternative) && (alternative.Type == JsonSchemaType.Null || (list.Count > 1 && IsEmptySchema(alternative))))
                    {
                        isNullable = true;
                        continue;
                    }

                    result.Add((alternative, pointer + "/" + keyword + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            Add(schema.OneOf, "oneOf", ref nullable);
            Add(schema.AnyOf, "anyOf", ref nullable);
            return result;
        }

        /// <summary>Whether a schema is <c>{}</c>: no type and no keyword that constrains the value.</summary>
        private static bool IsEmptySchema(IOpenApiSchema schema) =>
            schema is not OpenApiSchemaReference
            && schema.Type is null
            && schema.Format is null
            && schema.Properties is not { Count: > 0 }
            && schema.AdditionalProperties is null
            && schema.Items is null
            && schema.AllOf is not { Count: > 0 }
            && schema.OneOf is not { Count: > 0 }
            && schema.AnyOf is not { Count: > 0 }
            && schema.Not is null
            && schema.Enum is not { Count: > 0 }
            && schema.Const is null
            && schema.Discriminator is null;

        private TypeRef? CreateEnum(IOpenApiSchema schema, string? componentName, string nameHint, string? componentId)
        {
            var values = new List<string>();
            if (schema.Enum is not { Count: > 0 } && schema.Const is { } constant)
            {
                values.Add(constant);
            }

            foreach (JsonNode? node in schema.Enum ?? new List<JsonNode>())
            {
                if (node is JsonValue value && value.TryGetValue(out string? text) && !values.Contains(text))
                {
                    values.Add(text);
                }
            }

            if (values.Count == 0)
            {
                return null;
            }

            string key = string.Join("\u0001", values);
            if (componentName is null && _recording)
            {
                _enumNaming.Record(key, nameHint, _tag, _use.Owner, _use.Member);
            }

            if (componentName is null && _enumsByValues.TryGetValue(key, out TypeRef? same))
            {
                return same;
            }

            string name = componentName ?? _enumNaming.NameOf(key) ?? _typeNames.Claim(nameHint);
            var typeRef = Use(new TypeRef("global::" + _namespace + "." + name, TypeRefKind.Enum, true, name, null, null));
            // A model member of an enumeration is read and written as its raw string: the context needs string's metadata.
            Use(TypeRefs.String);
            if (componentName is null)
            {
                _enumsByValues[key] = typeRef;
            }

            var members = new NameScope(CSharpNames.Reserved(name, "Value"));
            var models = new List<EnumMemberModel>(values.Count);
            foreach (string value in values)
            {
                models.Add(new EnumMemberModel(members.ClaimMember(CSharpNames.Pascal(value)), value));
            }

            _types.Add(new TypeModel(TypeModelKind.Enum, name, Describe(schema), schema.Deprecated, EquatableArray<PropertyModel>.Empty, models.ToEquatableArray(), EquatableArray<UnionAlternativeModel>.Empty, null));
            return typeRef;
        }

        private TypeRef CreateUnion(IOpenApiSchema schema, List<(IOpenApiSchema Schema, string Pointer)> alternatives, string name, string? componentId)
        {
            var typeRef = Use(new TypeRef("global::" + _namespace + "." + name, TypeRefKind.Union, false, name, null, null));
            if (componentId is not null)
            {
                _components[componentId] = (typeRef, false);
            }

            OpenApiDiscriminator? declared = DiscriminatorOf(schema, alternatives);
            string? discriminator = declared?.PropertyName;
            var members = new NameScope(CSharpNames.Reserved(name, "Json", "Kind", "From", "As", "AsValue", "ToJson"));
            var seenTypes = new HashSet<string>(StringComparer.Ordinal);
            var models = new List<UnionAlternativeModel>();
            // An alternative is not the member the union is the type of: its enums are named after the alternative.
            var outerUse = _use;
            _use = (null, null);
            List<string> hints = AlternativeNames.For(name, alternatives.Select(a => a.Schema).ToList());
            for (int i = 0; i < alternatives.Count; i++)
            {
                var mapped = Map(alternatives[i].Schema, hints[i], alternatives[i].Pointer);
                if (!seenTypes.Add(mapped.Type.Expression))
                {
                    continue;
                }

                var tags = new List<string>();
                if (discriminator is not null && alternatives[i].Schema is OpenApiSchemaReference { Reference.Id: { } altId })
                {
                    if (declared!.Mapping is { Count: > 0 } mapping)
                    {
                        foreach (var entry in mapping)
                        {
                            if (entry.Value?.Reference?.Id == altId)
                            {
                                tags.Add(entry.Key);
                            }
                        }
                    }
                    else
                    {
                        tags.Add(altId);
                    }
                }

                models.Add(new UnionAlternativeModel(mapped.Type, members.Claim("As" + mapped.Type.JsonName), Kinds(mapped.Type), tags.ToEquatableArray()));
            }

            _use = outerUse;
            _types.Add(new TypeModel(TypeModelKind.Union, name, Describe(schema), schema.Deprecated, EquatableArray<PropertyModel>.Empty, EquatableArray<EnumMemberModel>.Empty, models.ToEquatableArray(), models.Any(m => m.Tags.Count > 0) ? discriminator : null));
            return typeRef;
        }

        private static string Kinds(TypeRef type)
        {
            const string prefix = "global::OpenApiClientGen.Runtime.Json.JsonUnionKinds.";
            switch (type.Kind)
            {
                case TypeRefKind.Object:
                case TypeRefKind.Map:
                    return prefix + "Object";
                case TypeRefKind.List:
                    return prefix + "Array";
                case TypeRefKind.Enum:
                    return prefix + "String";
                case TypeRefKind.Union:
                    return prefix + "Any";
                case TypeRefKind.Nullable:
                    return Kinds(type.Element!);
                default:
                    switch (type.JsonName)
                    {
                        case "Int64":
                        case "Int32":
                        case "Double":
                        case "Decimal":
                            return prefix + "Number";
                        case "Boolean":
                            return prefix + "Boolean";
                        case "JsonElement":
                            return prefix + "Any";
                        default:
                            return prefix + "String";
                    }
            }
        }
    }
}
