using System.Collections.Generic;

namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// What a place in a description holds (a schema, a parameter, a response, …), read from the pointer's
    /// segments by the grammar of OpenAPI: <c>/paths/~1pets/get/responses/401</c> is a response,
    /// <c>/components/schemas/Pet/properties/owner</c> a schema. It names the <c>components</c> section a deep
    /// reference's target moves to.
    /// </summary>
    internal static class ReferenceKinds
    {
        public const string Schemas = "schemas";
        public const string Parameters = "parameters";
        public const string Responses = "responses";
        public const string Headers = "headers";
        public const string RequestBodies = "requestBodies";
        public const string PathItems = "pathItems";
        public const string Examples = "examples";
        public const string Links = "links";
        public const string Callbacks = "callbacks";

        /// <summary>The state of the document's root, to start <see cref="Step"/> from.</summary>
        public const string Root = "root";

        private const string Components = "components", Operation = "operation", Content = "content", MediaType = "mediaType", SchemaList = "schemaList";

        /// <summary>The kinds, each the name of its section of <c>components</c>.</summary>
        private static readonly HashSet<string> Sections = new HashSet<string> { Schemas, Parameters, Responses, Headers, RequestBodies, PathItems, Examples, Links, Callbacks };

        private static readonly HashSet<string> Methods = new HashSet<string> { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

        // Schema keywords whose value is one schema, a list of schemas, or a map of named schemas.
        private static readonly HashSet<string> OneSchema = new HashSet<string> { "items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "additionalItems" };
        private static readonly HashSet<string> ListOfSchemas = new HashSet<string> { "allOf", "oneOf", "anyOf", "prefixItems" };
        private static readonly HashSet<string> MapOfSchemas = new HashSet<string> { "properties", "patternProperties", "$defs", "definitions", "dependentSchemas" };

        /// <summary>The kind of the value at the pointer (one of the constants), or null when it is none of them.</summary>
        public static string? Of(IReadOnlyList<string> segments)
        {
            string? state = Root;
            foreach (string segment in segments)
            {
                state = Step(state, segment);
                if (state is null)
                {
                    return null;
                }
            }

            return KindOf(state);
        }

        /// <summary>The kind a walk's state stands for (null for a map, a list or a place of no kind).</summary>
        public static string? KindOf(string? state)
        {
            return state is not null && Sections.Contains(state) ? state : null;
        }

        /// <summary>True when the state is a map whose keys are names (of properties, responses, …) rather than keywords.</summary>
        public static bool IsMap(string? state) => state is not null && state.EndsWith("*", System.StringComparison.Ordinal);

        /// <summary>
        /// One step of a walk down the document: the state of the child named <paramref name="segment"/>, or null when
        /// the grammar says nothing of it (an extension, an example). States are the kind of the value reached; a map's
        /// state is its kind plus "*" (each entry is one value of the kind).
        /// </summary>
        public static string? Step(string? state, string segment)
        {
            if (state is null)
            {
                return null;
            }

            if (state.EndsWith("*", System.StringComparison.Ordinal))
            {
                return state.Substring(0, state.Length - 1);
            }

            switch (state)
            {
                case Root:
                    switch (segment)
                    {
                        case "paths": return PathItems + "*";
                        case "components": return Components;
                        case "webhooks": return PathItems + "*";

                        // Swagger 2.0 keeps its reusable parts at the root.
                        case "definitions": return Schemas + "*";
                        case "parameters": return Parameters + "*";
                        case "responses": return Responses + "*";
                        default: return null;
                    }

                case Components:
                    return Sections.Contains(segment) ? segment + "*" : null;

                case PathItems:
                    return segment == "parameters" ? Parameters + "*" : Methods.Contains(segment) ? Operation : null;
                case Operation:
                    switch (segment)
                    {
                        case "parameters": return Parameters + "*";
                        case "responses": return Responses + "*";
                        case "requestBody": return RequestBodies;
                        case "callbacks": return Callbacks + "*";
                        default: return null;
                    }

                case Callbacks:
                    return PathItems;
                case Parameters:
                case Headers:
                    return segment == "schema" ? Schemas : segment == "content" ? Content : segment == "examples" ? Examples + "*" : null;
                case Responses:
                    return segment == "headers" ? Headers + "*" : segment == "content" ? Content : segment == "links" ? Links + "*" : segment == "schema" ? Schemas : null;
                case RequestBodies:
                    return segment == "content" ? Content : null;
                case Content:
                    return MediaType;
                case MediaType:
                    return segment == "schema" ? Schemas : segment == "examples" ? Examples + "*" : null;
                case SchemaList:
                    return Schemas;
                case Schemas:
                    return OneSchema.Contains(segment) ? Schemas
                        : ListOfSchemas.Contains(segment) ? SchemaList
                        : MapOfSchemas.Contains(segment) ? Schemas + "*"
                        : null;
                default:
                    return null;
            }
        }
    }
}
