using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Mapping
{
    /// <summary>Inline response schemas that repeat a component: the component's type, not a copy under another name.</summary>
    internal sealed partial class SchemaMapper
    {
        private Dictionary<string, string>? _componentsByShape;

        /// <summary>
        /// Maps a success response's schema. An inline object (or array of inline objects) with the same shape as a
        /// component object (see <see cref="SchemaShape"/>) is that component, so the call returns the type callers
        /// already use elsewhere. Only responses are matched this way: a request body or member that merely looks like
        /// some component (a <c>{name}</c> label) would otherwise take an unrelated name.
        /// </summary>
        public (TypeRef Type, bool Nullable) MapResponse(IOpenApiSchema? schema, string nameHint, string pointer)
        {
            if (schema is not null and not OpenApiSchemaReference)
            {
                if (SameAsComponent(schema) is { } id)
                {
                    return MapComponent(id, _document.Components!.Schemas![id]);
                }

                JsonSchemaType type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
                if (type == JsonSchemaType.Array && schema.Items is { } items and not OpenApiSchemaReference && SameAsComponent(items) is { } itemId)
                {
                    var item = MapComponent(itemId, _document.Components!.Schemas![itemId]);
                    TypeRef element = Declared(item.Type, item.Nullable).Type;
                    return (Composite("global::System.Collections.Generic.IReadOnlyList<" + element.Expression + ">", TypeRefKind.List, false, element.JsonName + "List", element), ((schema.Type ?? 0) & JsonSchemaType.Null) != 0);
                }
            }

            return Map(schema, nameHint, pointer);
        }

        private string? SameAsComponent(IOpenApiSchema schema)
        {
            if (schema.Properties is not { Count: > 0 } && schema.AllOf is not { Count: > 0 })
            {
                return null;
            }

            if (_componentsByShape is null)
            {
                // The first component in key order owns a shape, so the choice does not depend on mapping order.
                _componentsByShape = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var component in (_document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>()).OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    if (_componentNames.ContainsKey(component.Key) && component.Value is not OpenApiSchemaReference
                        && (component.Value.Properties is { Count: > 0 } || component.Value.AllOf is { Count: > 0 }))
                    {
                        string shape = SchemaShape.Of(component.Value);
                        if (!_componentsByShape.ContainsKey(shape))
                        {
                            _componentsByShape[shape] = component.Key;
                        }
                    }
                }
            }

            return _componentsByShape.TryGetValue(SchemaShape.Of(schema), out string? id) ? id : null;
        }
    }
}
