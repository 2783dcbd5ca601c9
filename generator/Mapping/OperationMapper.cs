using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Model;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>Maps one operation to a method: its name, parameters in calling order, body and response.</summary>
    internal sealed class OperationMapper
    {
        private static readonly HashSet<string> IgnoredHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Accept", "Content-Type", "Authorization" };

        private readonly SchemaMapper _schemas;
        private readonly List<SpecProblem> _problems;

        public OperationMapper(SchemaMapper schemas, List<SpecProblem> problems)
        {
            _schemas = schemas;
            _problems = problems;
        }

        /// <summary>
        /// The method name without "Async": the operationId without its tag prefix (<c>repos/list</c> in tag
        /// <c>repos</c> → <c>List</c>; another prefix is kept, so <c>pull-request-stacks/list</c> stays distinct),
        /// or method + path when there is no operationId.
        /// </summary>
        public static string MethodBaseName(string? operationId, string tag, string method, string path)
        {
            if (!string.IsNullOrWhiteSpace(operationId))
            {
                string prefix = tag + "/";
                return CSharpNames.Pascal(operationId!.StartsWith(prefix, StringComparison.Ordinal) ? operationId.Substring(prefix.Length) : operationId);
            }

            return CSharpNames.Pascal(method.ToLowerInvariant()) + CSharpNames.Pascal(path.Replace("{", "By-").Replace("}", string.Empty));
        }

        /// <summary>The operation's full name, used to name its inline types (<c>ReposListForAuthenticatedUser</c>).</summary>
        public static string TypeBaseName(string? operationId, string method, string path) =>
            string.IsNullOrWhiteSpace(operationId) ? MethodBaseName(null, string.Empty, method, path) : CSharpNames.Pascal(operationId!);

        public OperationModel Map(string methodName, string path, HttpMethod method, OpenApiOperation operation, IOpenApiPathItem item, string pointer)
        {
            string typeBase = TypeBaseName(operation.OperationId, method.Method, path);
            var names = new NameScope(new[] { "requestOptions", "cancellationToken", "__request" });

            var parameters = new List<ParameterModel>();
            foreach (var (parameter, description, parameterPointer) in MergedParameters(item, operation, pointer, _problems))
            {
                ParameterModel? model = MapParameter(parameter, description, parameterPointer, typeBase, names);
                if (model is not null)
                {
                    parameters.Add(model);
                }
            }

            var (body, bodyVariants) = new RequestBodyMapper(_schemas, _problems).Map(operation.RequestBody, pointer + "/requestBody", typeBase, names);
            var responses = UsableResponses(operation.Responses, pointer + "/responses");
            ResponseModel response = MapResponse(responses, pointer + "/responses", typeBase) with
            {
                Errors = MapErrors(responses, pointer + "/responses", typeBase),
            };
            PathTemplateCheck.Report(path, method.Method, parameters, pointer, _problems);

            // Calling order: path parameters as they appear in the template, then required, then optional.
            var ordered = parameters.Where(p => p.Location == Model.ParameterLocation.Path)
                .OrderBy(p => IndexInPath(path, p.WireName))
                .Concat(parameters.Where(p => p.Location != Model.ParameterLocation.Path && p.Required))
                .Concat(parameters.Where(p => p.Location != Model.ParameterLocation.Path && !p.Required))
                .ToList();

            // An operation (or its path) may name another server than the document's (GitHub's uploads host).
            string? server = DocumentMapper.ServerUrl((operation.Servers is { Count: > 0 } ? operation.Servers : item.Servers)?.FirstOrDefault());
            return new OperationModel(
                methodName,
                method.Method.ToUpperInvariant(),
                path,
                server,
                operation.Summary,
                operation.Description,
                operation.ExternalDocs?.Url?.ToString(),
                operation.Deprecated,
                ordered.ToEquatableArray(),
                body,
                response,
                BodyVariants: bodyVariants,
                OperationId: string.IsNullOrWhiteSpace(operation.OperationId) ? null : operation.OperationId);
        }

        private static int IndexInPath(string path, string name)
        {
            int index = path.IndexOf("{" + name + "}", StringComparison.Ordinal);
            return index < 0 ? int.MaxValue : index;
        }

        private static IEnumerable<(IOpenApiParameter Parameter, string? Description, string Pointer)> MergedParameters(IOpenApiPathItem item, OpenApiOperation operation, string pointer, List<SpecProblem> problems)
        {
            var result = new List<(IOpenApiParameter Parameter, string? Description, string Pointer)>();
            string itemPointer = pointer.Substring(0, pointer.LastIndexOf('/'));
            void Add(IList<IOpenApiParameter>? list, string listPointer)
            {
                if (list is null)
                {
                    return;
                }

                for (int i = 0; i < list.Count; i++)
                {
                    IOpenApiParameter parameter = list[i];
                    if (References.IsBroken(parameter))
                    {
                        problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UnresolvedReference.Id, listPointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture) + "/$ref", References.Text(parameter)));
                        continue;
                    }

                    string parameterPointer = parameter is OpenApiParameterReference { Reference.Id: { } id }
                        ? "/components/parameters/" + SchemaMapper.Escape(id)
                        : listPointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture);
                    // Read from the target, resolved once; a 3.1 reference may still give its own description.
                    IOpenApiParameter content = References.Resolved(parameter);
                    string? description = parameter is OpenApiParameterReference reference ? reference.Reference.Description ?? content.Description : content.Description;
                    int existing = result.FindIndex(p => p.Parameter.Name == content.Name && p.Parameter.In == content.In);
                    if (existing >= 0)
                    {
                        result[existing] = (content, description, parameterPointer);
                    }
                    else
                    {
                        result.Add((content, description, parameterPointer));
                    }
                }
            }

            Add(item.Parameters, itemPointer);
            Add(operation.Parameters, pointer);
            return result;
        }

        private ParameterModel? MapParameter(IOpenApiParameter parameter, string? description, string pointer, string typeBase, NameScope names)
        {
            string wireName = parameter.Name ?? string.Empty;
            Model.ParameterLocation location;
            switch (parameter.In)
            {
                case Microsoft.OpenApi.ParameterLocation.Path:
                    location = Model.ParameterLocation.Path;
                    break;
                case Microsoft.OpenApi.ParameterLocation.Query:
                    location = Model.ParameterLocation.Query;
                    break;
                case Microsoft.OpenApi.ParameterLocation.Cookie:
                    location = Model.ParameterLocation.Cookie;
                    break;
                case Microsoft.OpenApi.ParameterLocation.Header:
                    if (IgnoredHeaders.Contains(wireName))
                    {
                        return null;
                    }

                    location = Model.ParameterLocation.Header;
                    break;
                default:
                    _problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.Unsupported.Id, pointer, "Parameter '" + wireName + "'", "parameters in " + parameter.In + " are not supported"));
                    return null;
            }

            bool required = parameter.Required || location == Model.ParameterLocation.Path;
            var mapped = _schemas.MapMember(parameter.Schema, typeBase, CSharpNames.Pascal(wireName), pointer + "/schema");
            var declared = _schemas.Declared(mapped.Type, !required);
            if (!required && TypeRefs.IsJsonElement(declared.Type))
            {
                // An optional parameter defaults to null, which a bare JsonElement cannot hold.
                declared = (_schemas.NullableOf(declared.Type), false);
            }
            IDictionary<string, IOpenApiExtension>? extensions = (References.Resolved(parameter) as OpenApiParameter)?.Extensions;
            bool multiSegment = extensions is not null && extensions.TryGetValue("x-multi-segment", out IOpenApiExtension? flag)
                && flag is JsonNodeExtension { Node: JsonValue value } && value.TryGetValue(out bool on) && on;

            return new ParameterModel(
                wireName,
                names.Claim(CSharpNames.Camel(wireName)),
                location,
                declared.Type,
                required,
                parameter.Style is null || parameter.Explode,
                parameter.AllowReserved || multiSegment,
                description,
                ParameterConstraintReader.Read(parameter.Schema, declared.Type, wireName, pointer + "/schema", _problems));
        }

        /// <summary>The responses to map, in the spec's order; a broken <c>$ref</c> among them is reported and left out.</summary>
        private List<KeyValuePair<string, IOpenApiResponse>>? UsableResponses(OpenApiResponses? responses, string pointer)
        {
            if (responses is null)
            {
                return null;
            }

            var usable = new List<KeyValuePair<string, IOpenApiResponse>>(responses.Count);
            foreach (var response in responses)
            {
                string responsePointer = pointer + "/" + SchemaMapper.Escape(response.Key);
                if (ReportIfBroken(response.Value, responsePointer))
                {
                    continue;
                }

                usable.Add(response);
                foreach (var header in response.Value.Headers ?? new Dictionary<string, IOpenApiHeader>())
                {
                    // Only a header's name is used (Link marks a paged list), but a broken one is still a broken spec.
                    ReportIfBroken(header.Value, responsePointer + "/headers/" + SchemaMapper.Escape(header.Key));
                }
            }

            return usable;
        }

        private bool ReportIfBroken(object? value, string pointer) => References.ReportIfBroken(value, pointer, _problems);

        private ResponseModel MapResponse(List<KeyValuePair<string, IOpenApiResponse>>? responses, string pointer, string typeBase)
        {
            if (responses is null)
            {
                return new ResponseModel(PayloadKind.None, null, null, EmptyStatuses: EquatableArray<int>.Empty);
            }

            var success = responses.Where(r => r.Key.StartsWith("2", StringComparison.Ordinal)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            foreach (var response in success)
            {
                if (response.Value.Content is { Count: > 0 } content)
                {
                    var (mediaType, media) = PickMedia(content);
                    PayloadKind kind = KindOf(mediaType, media?.Schema);
                    TypeRef? type = null;
                    if (kind == PayloadKind.Json)
                    {
                        string responsePointer = pointer + "/" + SchemaMapper.Escape(response.Key) + "/content/" + SchemaMapper.Escape(mediaType) + "/schema";
                        type = _schemas.MapResponse(media?.Schema, typeBase + "Response", responsePointer).Type;
                    }

                    // Only a typed result can stand for "no body" (null); text and streams are simply empty.
                    return new ResponseModel(kind, mediaType, type, EmptyStatuses: kind == PayloadKind.Json ? EmptyStatuses(success) : EquatableArray<int>.Empty);
                }
            }

            if (success.Count == 0 && responses.Any(r => r.Key.StartsWith("3", StringComparison.Ordinal)))
            {
                // Only a redirect is documented (GitHub's archive downloads): the content is wherever it leads.
                return new ResponseModel(PayloadKind.Binary, null, null, EmptyStatuses: EquatableArray<int>.Empty);
            }

            return new ResponseModel(PayloadKind.None, null, null, EmptyStatuses: EquatableArray<int>.Empty);
        }

        /// <summary>Exact success statuses documented without content: the call returns no value for them.</summary>
        private static EquatableArray<int> EmptyStatuses(List<KeyValuePair<string, IOpenApiResponse>> success) =>
            success
                .Where(r => r.Value.Content is not { Count: > 0 })
                .Select(r => int.TryParse(r.Key, NumberStyles.None, CultureInfo.InvariantCulture, out int status) ? status : 0)
                .Where(status => status != 0)
                .ToEquatableArray();

        private EquatableArray<ErrorResponseModel> MapErrors(List<KeyValuePair<string, IOpenApiResponse>>? responses, string pointer, string typeBase)
        {
            var errors = new List<ErrorResponseModel>();
            if (responses is null)
            {
                return errors.ToEquatableArray();
            }

            foreach (var response in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                string key = response.Key;
                int status;
                bool range = false;
                if (key == "default")
                {
                    status = 0;
                }
                else if (key.Length == 3 && (key[0] == '4' || key[0] == '5') && key.EndsWith("XX", StringComparison.OrdinalIgnoreCase))
                {
                    status = key[0] - '0';
                    range = true;
                }
                else if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out status) || status < 400)
                {
                    continue;
                }

                if (response.Value.Content is not { Count: > 0 } content)
                {
                    continue;
                }

                var (mediaType, media) = PickMedia(content);
                if (KindOf(mediaType, media?.Schema) != PayloadKind.Json)
                {
                    continue;
                }

                string errorPointer = pointer + "/" + SchemaMapper.Escape(key) + "/content/" + SchemaMapper.Escape(mediaType) + "/schema";
                TypeRef type = _schemas.Map(media?.Schema, typeBase + "Error" + (status == 0 ? "Default" : key.ToUpperInvariant()), errorPointer).Type;
                if (!TypeRefs.IsJsonElement(type))
                {
                    errors.Add(new ErrorResponseModel(status, range, type));
                }
            }

            return errors.ToEquatableArray();
        }

        private static (string MediaType, IOpenApiMediaType? Media) PickMedia(IDictionary<string, IOpenApiMediaType> content)
        {
            foreach (var entry in content)
            {
                if (IsJson(entry.Key))
                {
                    return (entry.Key, entry.Value);
                }
            }

            var first = content.First();
            return (first.Key, first.Value);
        }

        private static bool IsJson(string mediaType)
        {
            string bare = mediaType.Split(';')[0].Trim();
            return bare.Equals("application/json", StringComparison.OrdinalIgnoreCase) || bare.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        }

        internal static PayloadKind KindOf(string mediaType, IOpenApiSchema? schema)
        {
            if (IsJson(mediaType))
            {
                return PayloadKind.Json;
            }

            if (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            {
                return PayloadKind.Text;
            }

            if (References.IsBroken(schema))
            {
                return PayloadKind.Binary;
            }

            JsonSchemaType type = (schema?.Type ?? 0) & ~JsonSchemaType.Null;
            if (type == JsonSchemaType.String && schema?.Format != "binary")
            {
                return PayloadKind.Text;
            }

            if ((type == JsonSchemaType.Object || type == JsonSchemaType.Array) && mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase))
            {
                return PayloadKind.Json;
            }

            return PayloadKind.Binary;
        }
    }
}
