using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// A canonical text of what a schema says about the data (types, formats, members, requiredness, values, nesting;
    /// references by their target's name), leaving out what only documents it (descriptions, titles, examples,
    /// deprecation, extensions). Two schemas with the same shape describe the same JSON and map to the same C# type.
    /// </summary>
    internal static class SchemaShape
    {
        public static string Of(IOpenApiSchema schema)
        {
            var text = new StringBuilder();
            Append(text, schema, 0);
            return text.ToString();
        }

        private static void Append(StringBuilder text, IOpenApiSchema? schema, int depth)
        {
            if (schema is null)
            {
                text.Append('~');
                return;
            }

            if (schema is OpenApiSchemaReference reference)
            {
                text.Append("$ref:").Append(reference.Reference?.Id ?? References.Text(reference)).Append(';');
                return;
            }

            if (depth > 64)
            {
                // Inline schemas cannot nest without end; this only bounds a pathological document.
                text.Append('…');
                return;
            }

            text.Append('{');
            if (schema.Type is { } type)
            {
                text.Append("t:").Append((int)type).Append(';');
            }

            if (schema.Format is { } format)
            {
                text.Append("f:").Append(format).Append(';');
            }

            if (schema.Const is { } constant)
            {
                text.Append("c:").Append(constant).Append(';');
            }

            if (schema.Enum is { Count: > 0 } values)
            {
                text.Append("e:").Append(string.Join("\u0001", values.Select(v => v?.ToJsonString() ?? "null"))).Append(';');
            }

            if (schema.Required is { Count: > 0 } required)
            {
                text.Append("r:").Append(string.Join(",", required.OrderBy(r => r, StringComparer.Ordinal))).Append(';');
            }

            if (schema.Properties is { Count: > 0 } properties)
            {
                text.Append("p:");
                foreach (var property in properties)
                {
                    text.Append(property.Key).Append('=');
                    Append(text, property.Value, depth + 1);
                }
            }

            if (schema.AdditionalProperties is { } additional)
            {
                text.Append("ap:");
                Append(text, additional, depth + 1);
            }

            if (schema.Items is { } items)
            {
                text.Append("i:");
                Append(text, items, depth + 1);
            }

            List("allOf", schema.AllOf);
            List("oneOf", schema.OneOf);
            List("anyOf", schema.AnyOf);
            if (schema.Discriminator?.PropertyName is { } discriminator)
            {
                text.Append("d:").Append(discriminator).Append(';');
            }

            text.Append('}');

            void List(string keyword, IList<IOpenApiSchema>? list)
            {
                if (list is { Count: > 0 })
                {
                    text.Append(keyword).Append(':');
                    foreach (IOpenApiSchema part in list)
                    {
                        Append(text, part, depth + 1);
                    }
                }
            }
        }
    }
}
