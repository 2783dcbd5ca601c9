using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Discriminators declared on a base schema that subtypes extend with <c>allOf</c>: the base becomes a union of its
    /// subtypes, and a <c>oneOf</c> of subtypes is told apart by the base's discriminator.
    /// </summary>
    internal sealed partial class SchemaMapper
    {
        /// <summary>
        /// The subtypes of a component schema that declares a discriminator without oneOf/anyOf: the mapping's targets,
        /// or (without a mapping) every component whose allOf names it. Empty when it has none.
        /// </summary>
        private List<(IOpenApiSchema Schema, string Pointer)> Subtypes(IOpenApiSchema schema, string componentId, string pointer)
        {
            var result = new List<(IOpenApiSchema, string)>();
            if (schema.Discriminator is not { PropertyName: not null } discriminator || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
            {
                return result;
            }

            var ids = discriminator.Mapping is { Count: > 0 } mapping
                ? mapping.Values.Select(r => r?.Reference?.Id).OfType<string>().Distinct(StringComparer.Ordinal).ToList()
                : Extending(componentId);
            foreach (string id in ids.Where(id => id != componentId && _document.Components?.Schemas?.ContainsKey(id) == true))
            {
                result.Add((new OpenApiSchemaReference(id, _document), pointer + "/discriminator"));
            }

            return result;
        }

        /// <summary>The component schemas whose allOf names <paramref name="baseId"/>, by name.</summary>
        private List<string> Extending(string baseId) =>
            (_document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
                .Where(c => !References.IsBroken(c.Value) && c.Value.AllOf?.Any(part => part is OpenApiSchemaReference r && r.Reference?.Id == baseId) == true)
                .Select(c => c.Key)
                .OrderBy(k => k, StringComparer.Ordinal)
                .ToList();

        /// <summary>The union's own discriminator, else the one of a base its alternatives extend with allOf.</summary>
        private static OpenApiDiscriminator? DiscriminatorOf(IOpenApiSchema schema, List<(IOpenApiSchema Schema, string Pointer)> alternatives)
        {
            if (schema.Discriminator is { PropertyName: not null } own)
            {
                return own;
            }

            foreach (var (alternative, _) in alternatives)
            {
                if (References.IsBroken(alternative) || alternative.AllOf is not { } parts)
                {
                    continue;
                }

                foreach (IOpenApiSchema part in parts)
                {
                    if (!References.IsBroken(part) && part.Discriminator is { PropertyName: not null } inherited)
                    {
                        return inherited;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// OpenAPI 3.1 type arrays naming several types (<c>[string, integer]</c>): one alternative per type, so the
        /// value becomes a union with an accessor per type. Empty when the types are not all primitive.
        /// </summary>
        private static List<(IOpenApiSchema Schema, string Pointer)> TypeAlternatives(IOpenApiSchema schema, JsonSchemaType types, string pointer)
        {
            var result = new List<(IOpenApiSchema, string)>();
            foreach (JsonSchemaType type in new[] { JsonSchemaType.String, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.Boolean })
            {
                if ((types & type) != 0)
                {
                    result.Add((new OpenApiSchema { Type = type, Format = schema.Format }, pointer));
                }
            }

            return (types & (JsonSchemaType.Array | JsonSchemaType.Object)) == 0 && result.Count > 1 ? result : new List<(IOpenApiSchema, string)>();
        }

        /// <summary>A <c>const</c> string: an open enum of one value. A number, boolean or null keeps its plain type.</summary>
        private static string? ConstString(IOpenApiSchema schema, JsonSchemaType type)
        {
            if (schema.Const is not { } value || !(type == JsonSchemaType.String || type == 0))
            {
                return null;
            }

            bool literal = value == "true" || value == "false" || value == "null" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            return type == 0 && literal ? null : value;
        }
    }
}
