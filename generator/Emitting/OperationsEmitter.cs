using System.Collections.Generic;
using System.Linq;
using OpenApiClientGen.Mapping;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>
    /// Emits one operations class per tag: a method per operation that describes the request to the runtime and returns
    /// it as an awaitable <c>ApiCall</c>. Methods are virtual and the class has a protected constructor, so tests of
    /// code that uses the client can substitute a hand-written or mocked group.
    /// </summary>
    internal static class OperationsEmitter
    {
        public static string Emit(ClientScope client, OperationGroupModel group)
        {
            string context = client.JsonContextDefault;
            var w = new SourceWriter().Header();
            w.Open($"namespace {client.Namespace}");
            DocComments.Summary(w, group.Description);
            w.Open($"public partial class {group.ClassName}");
            w.Lines($$"""
                private readonly {{Names.Runtime}}ApiClientCore _core;

                internal {{group.ClassName}}({{Names.Runtime}}ApiClientCore core)
                {
                    _core = core;
                }

                /// <summary>For mocks and hand-written fakes, which override the operations they use.</summary>
                protected {{group.ClassName}}()
                {
                    _core = null!;
                }
                """);
            foreach (OperationModel operation in group.Operations)
            {
                w.Line();
                EmitOperation(w, operation, context);
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        /// <summary>
        /// The operation's descriptor field, then its methods: the call, every page, one per other body media type. The
        /// call and its every-page form share one request builder rather than each building the same request.
        /// </summary>
        private static void EmitOperation(SourceWriter w, OperationModel operation, string context)
        {
            string descriptor = $"__{operation.MethodName}Operation";
            w.Line($"private static {Names.Runtime}ApiOperation? {descriptor};");
            w.Line();
            string? builder = operation.Paging is { } shared && SharesRequest(operation, shared) ? $"__{operation.MethodName}Request" : null;
            EmitMethod(w, operation, context, descriptor, paged: null, builder);
            if (operation.Paging is { } paging)
            {
                w.Line();
                EmitMethod(w, operation, context, descriptor, paging, builder);
            }

            if (builder is not null)
            {
                w.Line();
                EmitRequestBuilder(w, operation, context, descriptor, builder);
            }

            foreach (BodyVariantModel variant in operation.BodyVariants)
            {
                w.Line();
                EmitMethod(w, operation with { MethodName = variant.MethodName, Body = variant.Body, Paging = null, BodyVariants = default }, context, descriptor, paged: null, builder: null);
            }
        }

        /// <summary>
        /// The method for one call, or (with <paramref name="paged"/>) the method that returns every page: the same
        /// parameters without the page number, the same request, handed to a pager that follows the Link header. With
        /// <paramref name="builder"/> the request comes from the shared builder (the page number null for every page).
        /// </summary>
        private static void EmitMethod(SourceWriter w, OperationModel operation, string context, string descriptor, PagingModel? paged, string? builder)
        {
            var parameters = operation.Parameters.Where(p => paged is null || !IsPageNumber(p, paged)).ToList();
            var arguments = Arguments(parameters, operation.Body);
            if (paged is null && operation.Body?.Encoding.Count > 0)
            {
                FormEncodingEmitter.EmitField(w, operation.MethodName, operation.Body.Encoding);
            }

            EmitDocs(w, operation, arguments, paged);
            string returnType = paged is null ? ReturnType(operation.Response) : $"{Names.Runtime}ApiPager<{paged.ItemType.Expression}>";
            string methodName = paged is null ? operation.MethodName : paged.MethodName;
            string declarations = string.Join(", ", arguments.Select(a => a.Declaration));
            w.Open($"public virtual {returnType} {methodName}({declarations})");
            if (builder is null)
            {
                EmitArgumentChecks(w, parameters, operation.Body);
                EmitRequest(w, operation, parameters, context, descriptor);
            }
            else
            {
                var values = BuilderArguments(operation).Select(a => paged is not null && a.Parameter is { } p && IsPageNumber(p, paged) ? "null" : a.Name);
                w.Line($"var __request = {builder}({string.Join(", ", values)});");
            }

            // The call object sends when awaited; everything above (argument checks included) runs now.
            w.Line(paged is null ? ReturnCall(operation.Response, context) : ReturnPager(operation.Response, paged, context));
            w.Close();
        }

        /// <summary>The request a paged operation's two methods share: its arguments checked, then the request built.</summary>
        private static void EmitRequestBuilder(SourceWriter w, OperationModel operation, string context, string descriptor, string builder)
        {
            string declarations = string.Join(", ", BuilderArguments(operation).Select(a => a.Declaration));
            var parameters = operation.Parameters.ToList();
            w.Open($"private static {Names.Runtime}ApiRequest {builder}({declarations})");
            EmitArgumentChecks(w, parameters, operation.Body);
            EmitRequest(w, operation, parameters, context, descriptor);
            w.Line("return __request;");
            w.Close();
        }

        /// <summary>
        /// The builder's parameters: the call's, in the call's order, without defaults and without the cancellation
        /// token; <c>Parameter</c> tells which one is the page number.
        /// </summary>
        private static IEnumerable<(string Declaration, string Name, ParameterModel? Parameter)> BuilderArguments(OperationModel operation) =>
            Arguments(operation.Parameters.ToList(), operation.Body, forBuilder: true)
                .Select(a => (a.Declaration, a.Name, (ParameterModel?)operation.Parameters.FirstOrDefault(p => p.Name == a.Name)));

        // Every page is asked for without the page number, so it must be optional (a required one keeps two requests).
        private static bool SharesRequest(OperationModel operation, PagingModel paging) =>
            !operation.Parameters.Any(p => IsPageNumber(p, paging) && p.Required);

        private static bool IsPageNumber(ParameterModel parameter, PagingModel paging) =>
            parameter.WireName == paging.PageParameter && parameter.Location == ParameterLocation.Query;

        /// <summary>
        /// The method's parameters in order: required ones and body, optional ones and body, then the call's own; for
        /// the request builder without defaults and without the cancellation token.
        /// </summary>
        private static List<(string Declaration, string Name, string? Description)> Arguments(List<ParameterModel> parameters, BodyModel? body, bool forBuilder = false)
        {
            string optional = forBuilder ? string.Empty : " = null";
            var arguments = new List<(string Declaration, string Name, string? Description)>();
            foreach (ParameterModel parameter in parameters.Where(p => p.Required))
            {
                arguments.Add(($"{parameter.Type.Expression} {parameter.Name}", parameter.Name, parameter.Description));
            }

            if (body is not null && body.Required)
            {
                arguments.Add(($"{BodyType(body)} {body.Name}", body.Name, body.Description ?? "The request body."));
            }

            foreach (ParameterModel parameter in parameters.Where(p => !p.Required))
            {
                arguments.Add(($"{parameter.Type.Annotated(!parameter.Type.IsValueType)} {parameter.Name}{optional}", parameter.Name, parameter.Description));
            }

            if (body is not null && !body.Required)
            {
                arguments.Add(($"{BodyType(body)}? {body.Name}{optional}", body.Name, body.Description ?? "The request body."));
            }

            arguments.Add(($"{Names.Runtime}RequestOptions? requestOptions{optional}", "requestOptions", "Headers for this call and a callback that sees the response status and headers."));
            if (!forBuilder)
            {
                arguments.Add(($"{Names.CancellationToken} cancellationToken = default", "cancellationToken", "Cancels the call."));
            }

            return arguments;
        }

        private static void EmitDocs(SourceWriter w, OperationModel operation, List<(string Declaration, string Name, string? Description)> arguments, PagingModel? paged)
        {
            string summary = operation.Summary ?? $"{operation.HttpMethod} {operation.Path}";
            DocComments.Summary(w, paged is null ? summary : $"{summary} (every page)");
            w.Line($"/// <remarks>{Remarks(operation, paged)}</remarks>");
            foreach (var (_, name, description) in arguments)
            {
                string text = description is null ? string.Empty : DocComments.Escape(description);
                w.Line($"""/// <param name="{name.TrimStart('@')}">{text}</param>""");
            }

            if (paged is null && operation.Response.EmptyStatuses.Count > 0)
            {
                string statuses = string.Join(", ", operation.Response.EmptyStatuses.Select(Invariant));
                w.Line($"/// <returns>The response body; null for {statuses} (documented without a body).</returns>");
            }

            if (operation.Deprecated)
            {
                w.Line("""[global::System.Obsolete("This operation is deprecated by the API.")]""");
            }
        }

        /// <summary>Method and path, the description, how paging works (for the every-page method) and a link to the docs.</summary>
        private static string Remarks(OperationModel operation, PagingModel? paged)
        {
            string remarks = $"{operation.HttpMethod} {DocComments.Escape(operation.Path)}";
            if (operation.Description is not null)
            {
                remarks += $". {DocComments.Escape(operation.Description)}";
            }

            if (paged is not null)
            {
                remarks = $"""Follows the <c>Link</c> header's <c>rel="next"</c> page by page, fetching each page only when the previous one is used up; <c>AsPages()</c> gives the pages with their responses. {remarks}""";
            }

            if (operation.DocsUrl is not null)
            {
                remarks += $""" <see href="{DocComments.Attribute(operation.DocsUrl)}">API documentation</see>""";
            }

            return remarks;
        }

        private static void EmitArgumentChecks(SourceWriter w, List<ParameterModel> parameters, BodyModel? body)
        {
            foreach (ParameterModel parameter in parameters.Where(p => p.Required && !p.Type.IsValueType && p.Location != ParameterLocation.Path))
            {
                w.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
            }

            if (body is not null && body.Required && !(body.Type?.IsValueType ?? false))
            {
                w.Line($"global::System.ArgumentNullException.ThrowIfNull({body.Name});");
            }

            foreach (ParameterModel parameter in parameters)
            {
                EmitChecks(w, parameter);
            }
        }

        /// <summary>
        /// The request, started from the operation's descriptor (built on the first call, then shared: method, parsed
        /// template, error schemas), then this call's parameter values and body.
        /// </summary>
        private static void EmitRequest(SourceWriter w, OperationModel operation, List<ParameterModel> parameters, string context, string descriptor)
        {
            List<string> shared = SharedParts(operation.Response, context);
            string create = $"var __request = new {Names.Runtime}ApiRequest({descriptor} ??= new {Names.Runtime}ApiOperation({OperationArguments(operation)})";
            const string options = ") { Options = requestOptions };";
            if (shared.Count == 0)
            {
                w.Line(create + options);
            }
            else
            {
                w.Line(create);
                for (int i = 0; i < shared.Count; i++)
                {
                    string end = i == shared.Count - 1 ? options : string.Empty;
                    w.Line($"    {shared[i]}{end}");
                }
            }

            foreach (ParameterModel parameter in parameters)
            {
                w.Line($"__request.{ParameterCall(parameter)};");
            }

            if (operation.Body is { } body)
            {
                string send = BodyCall(body, context, operation.MethodName);
                w.Line(body.Required ? send : $"if ({body.Name} is not null) {send}");
            }
        }

        /// <summary>The descriptor's constructor arguments: method, path template, and the operation id and server when known.</summary>
        private static string OperationArguments(OperationModel operation)
        {
            string arguments = $"{CSharpNames.Literal(operation.HttpMethod)}, {CSharpNames.Literal(operation.Path)}";
            if (operation.OperationId is not null)
            {
                arguments += $", operationId: {CSharpNames.Literal(operation.OperationId)}";
            }

            if (operation.ServerUrl is not null)
            {
                arguments += $", server: {CSharpNames.Literal(operation.ServerUrl)}";
            }

            return arguments;
        }

        /// <summary>The descriptor's chained parts shared by every call: error models, bodiless statuses, the Accept type.</summary>
        private static List<string> SharedParts(ResponseModel response, string context)
        {
            var shared = new List<string>();
            foreach (ErrorResponseModel error in response.Errors)
            {
                string model = error.IsRange ? "ErrorModelRange" : "ErrorModel";
                shared.Add($".{model}({Invariant(error.Status)}, {context}{error.Type.JsonName})");
            }

            shared.AddRange(response.EmptyStatuses.Select(status => $".EmptyResponseStatus({Invariant(status)})"));
            if (response.MediaType is not null)
            {
                shared.Add($".Accept({CSharpNames.Literal(response.MediaType)})");
            }

            return shared;
        }

        private static string ParameterCall(ParameterModel parameter)
        {
            string literal = CSharpNames.Literal(parameter.WireName);
            switch (parameter.Location)
            {
                case ParameterLocation.Path:
                    string reserved = parameter.AllowReserved ? ", allowReserved: true" : string.Empty;
                    return $"PathParameter({literal}, {parameter.Name}{reserved})";
                case ParameterLocation.Query:
                    string explode = parameter.Explode ? string.Empty : ", explode: false";
                    return $"QueryParameter({literal}, {parameter.Name}{explode})";
                case ParameterLocation.Cookie:
                    return $"CookieParameter({literal}, {parameter.Name})";
                default:
                    return $"HeaderParameter({literal}, {parameter.Name})";
            }
        }

        private static string ReturnPager(ResponseModel response, PagingModel paged, string context)
        {
            string items = paged.ItemsProperty is null ? "page" : $"page.{paged.ItemsProperty}";
            return $"return {Names.Runtime}ApiPager.Create(_core, __request, {context}{response.Type!.JsonName}, static page => {items}, cancellationToken);";
        }

        private static string ReturnCall(ResponseModel response, string context)
        {
            switch (response.Kind)
            {
                case PayloadKind.Json:
                    return $"return {Names.ApiCall}.Create(_core, __request, {context}{response.Type!.JsonName}, cancellationToken);";
                case PayloadKind.Text:
                    return $"return {Names.ApiCall}.CreateForText(_core, __request, cancellationToken);";
                case PayloadKind.Binary:
                    return $"return {Names.ApiCall}.CreateForStream(_core, __request, cancellationToken);";
                default:
                    return $"return {Names.ApiCall}.Create(_core, __request, cancellationToken);";
            }
        }

        private static void EmitChecks(SourceWriter w, ParameterModel parameter)
        {
            if (parameter.Constraints is not { } c)
            {
                return;
            }

            const string checks = "global::OpenApiClientGen.Runtime.Validation.ParameterChecks.";
            string name = CSharpNames.Literal(parameter.Name.TrimStart('@'));
            if (c.Minimum is not null || c.Maximum is not null)
            {
                string exclusive = c.ExclusiveMinimum || c.ExclusiveMaximum ? $", {Bool(c.ExclusiveMinimum)}, {Bool(c.ExclusiveMaximum)}" : string.Empty;
                w.Line($"{checks}Range({name}, {parameter.Name}, {Number(c.Minimum)}, {Number(c.Maximum)}{exclusive});");
            }

            if (c.MinLength is not null || c.MaxLength is not null)
            {
                w.Line($"{checks}Length({name}, {parameter.Name}, {Int(c.MinLength)}, {Int(c.MaxLength)});");
            }

            if (c.Pattern is not null)
            {
                w.Line($"{checks}Pattern({name}, {parameter.Name}, {CSharpNames.Literal(c.Pattern)});");
            }
        }

        private static string Number(double? value) =>
            value is { } v ? $"{v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}d" : "null";

        private static string Int(int? value) => value is { } v ? Invariant(v) : "null";

        private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Bool(bool value) => value ? "true" : "false";

        private static string BodyType(BodyModel body)
        {
            switch (body.Kind)
            {
                case PayloadKind.Json:
                case PayloadKind.Form:
                case PayloadKind.Multipart:
                    return body.Type!.Expression;
                case PayloadKind.Text:
                    return "string";
                default:
                    return "global::System.IO.Stream";
            }
        }

        private static string BodyCall(BodyModel body, string context, string methodName)
        {
            string media = CSharpNames.Literal(body.MediaType);
            switch (body.Kind)
            {
                case PayloadKind.Json:
                case PayloadKind.Form:
                case PayloadKind.Multipart:
                    string value = body.Type!.IsValueType && !body.Required ? $"{body.Name}.Value" : body.Name;
                    string info = body.Type.Kind == TypeRefKind.Nullable && !body.Required ? body.Type.Element!.JsonName : body.Type.JsonName;
                    string call = body.Kind == PayloadKind.Json ? "JsonBody" : body.Kind == PayloadKind.Form ? "FormBody" : "MultipartBody";
                    string encoding = body.Encoding.Count > 0 ? $", {FormEncodingEmitter.FieldName(methodName)}" : string.Empty;
                    return $"__request.{call}({value}, {context}{info}{encoding});";
                case PayloadKind.Text:
                    return $"__request.TextBody({body.Name}, {media});";
                default:
                    return $"__request.StreamBody({body.Name}, {media});";
            }
        }

        private static string ReturnType(ResponseModel response)
        {
            switch (response.Kind)
            {
                case PayloadKind.Json:
                    // A status documented without a body (or 204/205) yields null.
                    string type = response.EmptyStatuses.Count > 0 && !response.Type!.IsValueType ? $"{response.Type.Expression}?" : response.Type!.Expression;
                    return $"{Names.ApiCall}<{type}>";
                case PayloadKind.Text:
                    return $"{Names.ApiCall}<string>";
                case PayloadKind.Binary:
                    return $"{Names.ApiCall}<global::System.IO.Stream>";
                default:
                    return Names.ApiCall;
            }
        }
    }
}
