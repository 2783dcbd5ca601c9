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
            string context = Names.Qualified(client.Namespace, client.JsonContextName) + ".Default.";
            var w = new SourceWriter().Header();
            w.Open("namespace " + client.Namespace);
            DocComments.Summary(w, group.Description);
            w.Open("public partial class " + group.ClassName);
            w.Line("private readonly " + Names.Runtime + "ApiClientCore _core;");
            w.Line();
            w.Line("internal " + group.ClassName + "(" + Names.Runtime + "ApiClientCore core)");
            w.Line("{");
            w.Line("    _core = core;");
            w.Line("}");
            w.Line();
            w.Line("/// <summary>For mocks and hand-written fakes, which override the operations they use.</summary>");
            w.Line("protected " + group.ClassName + "()");
            w.Line("{");
            w.Line("    _core = null!;");
            w.Line("}");
            foreach (OperationModel operation in group.Operations)
            {
                w.Line();
                EmitOperation(w, operation, context);
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void EmitOperation(SourceWriter w, OperationModel operation, string context)
        {
            EmitMethod(w, operation, context, paged: null);
            if (operation.Paging is { } paging)
            {
                w.Line();
                EmitMethod(w, operation, context, paging);
            }

            foreach (BodyVariantModel variant in operation.BodyVariants)
            {
                w.Line();
                EmitMethod(w, operation with { MethodName = variant.MethodName, Body = variant.Body, Paging = null, BodyVariants = default }, context, paged: null);
            }
        }

        /// <summary>
        /// The method for one call, or (with <paramref name="paged"/>) the method that returns every page: the same
        /// parameters without the page number, the same request, handed to a pager that follows the Link header.
        /// </summary>
        private static void EmitMethod(SourceWriter w, OperationModel operation, string context, PagingModel? paged)
        {
            var parameters = operation.Parameters.Where(p => paged is null || p.WireName != paged.PageParameter || p.Location != ParameterLocation.Query).ToList();
            var required = parameters.Where(p => p.Required).ToList();
            var optional = parameters.Where(p => !p.Required).ToList();
            BodyModel? body = operation.Body;

            var signature = new List<string>();
            var docs = new List<(string Name, string? Description)>();
            foreach (ParameterModel parameter in required)
            {
                signature.Add(parameter.Type.Expression + " " + parameter.Name);
                docs.Add((parameter.Name, parameter.Description));
            }

            if (body is not null && body.Required)
            {
                signature.Add(BodyType(body) + " " + body.Name);
                docs.Add((body.Name, body.Description ?? "The request body."));
            }

            foreach (ParameterModel parameter in optional)
            {
                signature.Add(parameter.Type.Annotated(!parameter.Type.IsValueType) + " " + parameter.Name + " = null");
                docs.Add((parameter.Name, parameter.Description));
            }

            if (body is not null && !body.Required)
            {
                signature.Add(BodyType(body) + "? " + body.Name + " = null");
                docs.Add((body.Name, body.Description ?? "The request body."));
            }

            signature.Add(Names.Runtime + "RequestOptions? requestOptions = null");
            signature.Add(Names.CancellationToken + " cancellationToken = default");

            if (paged is null && body?.Encoding.Count > 0)
            {
                FormEncodingEmitter.EmitField(w, operation.MethodName, body.Encoding);
            }

            DocComments.Summary(w, (operation.Summary ?? operation.HttpMethod + " " + operation.Path) + (paged is null ? string.Empty : " (every page)"));
            string remarks = operation.HttpMethod + " " + DocComments.Escape(operation.Path) + (operation.Description is null ? string.Empty : ". " + DocComments.Escape(operation.Description));
            if (paged is not null)
            {
                remarks = "Follows the <c>Link</c> header's <c>rel=\"next\"</c> page by page, fetching each page only when the previous one is used up; <c>AsPages()</c> gives the pages with their responses. " + remarks;
            }

            if (operation.DocsUrl is not null)
            {
                remarks += " <see href=\"" + DocComments.Attribute(operation.DocsUrl) + "\">API documentation</see>";
            }

            w.Line("/// <remarks>" + remarks + "</remarks>");
            foreach (var (name, description) in docs)
            {
                w.Line("/// <param name=\"" + name.TrimStart('@') + "\">" + (description is null ? string.Empty : DocComments.Escape(description)) + "</param>");
            }

            w.Line("/// <param name=\"requestOptions\">Headers for this call and a callback that sees the response status and headers.</param>");
            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            if (paged is null && operation.Response.EmptyStatuses.Count > 0)
            {
                string statuses = string.Join(", ", operation.Response.EmptyStatuses.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                w.Line("/// <returns>The response body; null for " + statuses + " (documented without a body).</returns>");
            }
            if (operation.Deprecated)
            {
                w.Line("[global::System.Obsolete(\"This operation is deprecated by the API.\")]");
            }

            string returnType = paged is null ? ReturnType(operation.Response) : Names.Runtime + "ApiPager<" + paged.ItemType.Expression + ">";
            string methodName = paged is null ? operation.MethodName : paged.MethodName;
            w.Line("public virtual " + returnType + " " + methodName + "(" + string.Join(", ", signature) + ")");
            w.Line("{");
            foreach (ParameterModel parameter in required.Where(p => !p.Type.IsValueType && p.Location != ParameterLocation.Path))
            {
                w.Line("    global::System.ArgumentNullException.ThrowIfNull(" + parameter.Name + ");");
            }

            if (body is not null && body.Required && !(body.Type?.IsValueType ?? false))
            {
                w.Line("    global::System.ArgumentNullException.ThrowIfNull(" + body.Name + ");");
            }

            foreach (ParameterModel parameter in parameters)
            {
                EmitChecks(w, parameter);
            }

            string server = operation.ServerUrl is null ? string.Empty : ", Server = " + CSharpNames.Literal(operation.ServerUrl);
            w.Line("    var __request = new " + Names.Runtime + "ApiRequest(" + CSharpNames.Literal(operation.HttpMethod) + ", " + CSharpNames.Literal(operation.Path) + ") { Options = requestOptions" + server + (operation.OperationId is null ? string.Empty : ", OperationId = " + CSharpNames.Literal(operation.OperationId)) + " };");
            foreach (ParameterModel parameter in parameters)
            {
                string literal = CSharpNames.Literal(parameter.WireName);
                switch (parameter.Location)
                {
                    case ParameterLocation.Path:
                        w.Line("    __request.PathParameter(" + literal + ", " + parameter.Name + (parameter.AllowReserved ? ", allowReserved: true" : string.Empty) + ");");
                        break;
                    case ParameterLocation.Query:
                        w.Line("    __request.QueryParameter(" + literal + ", " + parameter.Name + (parameter.Explode ? string.Empty : ", explode: false") + ");");
                        break;
                    case ParameterLocation.Cookie:
                        w.Line("    __request.CookieParameter(" + literal + ", " + parameter.Name + ");");
                        break;
                    default:
                        w.Line("    __request.HeaderParameter(" + literal + ", " + parameter.Name + ");");
                        break;
                }
            }

            if (body is not null)
            {
                string send = BodyCall(body, context, operation.MethodName);
                w.Line(body.Required ? "    " + send : "    if (" + body.Name + " is not null) " + send);
            }

            foreach (ErrorResponseModel error in operation.Response.Errors)
            {
                string status = error.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                w.Line("    __request." + (error.IsRange ? "ErrorModelRange(" : "ErrorModel(") + status + ", " + context + error.Type.JsonName + ");");
            }

            foreach (int status in operation.Response.EmptyStatuses)
            {
                w.Line("    __request.EmptyResponseStatus(" + status.ToString(System.Globalization.CultureInfo.InvariantCulture) + ");");
            }

            if (operation.Response.MediaType is not null)
            {
                w.Line("    __request.Accept(" + CSharpNames.Literal(operation.Response.MediaType) + ");");
            }

            if (paged is not null)
            {
                string items = paged.ItemsProperty is null ? "page" : "page." + paged.ItemsProperty;
                w.Line("    return " + Names.Runtime + "ApiPager.Create(_core, __request, " + context + operation.Response.Type!.JsonName + ", static page => " + items + ", cancellationToken);");
                w.Line("}");
                return;
            }
            // The call object sends when awaited; everything above (argument checks included) runs now.
            const string call = "    return " + Names.ApiCall + ".";
            switch (operation.Response.Kind)
            {
                case PayloadKind.Json:
                    w.Line(call + "Create(_core, __request, " + context + operation.Response.Type!.JsonName + ", cancellationToken);");
                    break;
                case PayloadKind.Text:
                    w.Line(call + "CreateForText(_core, __request, cancellationToken);");
                    break;
                case PayloadKind.Binary:
                    w.Line(call + "CreateForStream(_core, __request, cancellationToken);");
                    break;
                default:
                    w.Line(call + "Create(_core, __request, cancellationToken);");
                    break;
            }

            w.Line("}");
        }

        private static void EmitChecks(SourceWriter w, ParameterModel parameter)
        {
            if (parameter.Constraints is not { } c)
            {
                return;
            }

            const string checks = "    global::OpenApiClientGen.Runtime.Validation.ParameterChecks.";
            string name = CSharpNames.Literal(parameter.Name.TrimStart('@'));
            if (c.Minimum is not null || c.Maximum is not null)
            {
                w.Line(checks + "Range(" + name + ", " + parameter.Name + ", " + Number(c.Minimum) + ", " + Number(c.Maximum)
                    + (c.ExclusiveMinimum || c.ExclusiveMaximum ? ", " + Bool(c.ExclusiveMinimum) + ", " + Bool(c.ExclusiveMaximum) : string.Empty) + ");");
            }

            if (c.MinLength is not null || c.MaxLength is not null)
            {
                w.Line(checks + "Length(" + name + ", " + parameter.Name + ", " + Int(c.MinLength) + ", " + Int(c.MaxLength) + ");");
            }

            if (c.Pattern is not null)
            {
                w.Line(checks + "Pattern(" + name + ", " + parameter.Name + ", " + CSharpNames.Literal(c.Pattern) + ");");
            }
        }

        private static string Number(double? value) =>
            value is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "d" : "null";

        private static string Int(int? value) =>
            value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null";

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
                    string value = body.Type!.IsValueType && !body.Required ? body.Name + ".Value" : body.Name;
                    string info = body.Type.Kind == TypeRefKind.Nullable && !body.Required ? body.Type.Element!.JsonName : body.Type.JsonName;
                    string call = body.Kind == PayloadKind.Json ? "JsonBody" : body.Kind == PayloadKind.Form ? "FormBody" : "MultipartBody";
                    string encoding = body.Encoding.Count > 0 ? ", " + FormEncodingEmitter.FieldName(methodName) : string.Empty;
                    return "__request." + call + "(" + value + ", " + context + info + encoding + ");";
                case PayloadKind.Text:
                    return "__request.TextBody(" + body.Name + ", " + media + ");";
                default:
                    return "__request.StreamBody(" + body.Name + ", " + media + ");";
            }
        }

        private static string ReturnType(ResponseModel response)
        {
            switch (response.Kind)
            {
                case PayloadKind.Json:
                    // A status documented without a body (or 204/205) yields null.
                    return Names.ApiCall + "<" + (response.EmptyStatuses.Count > 0 && !response.Type!.IsValueType ? response.Type.Expression + "?" : response.Type!.Expression) + ">";
                case PayloadKind.Text:
                    return Names.ApiCall + "<string>";
                case PayloadKind.Binary:
                    return Names.ApiCall + "<global::System.IO.Stream>";
                default:
                    return Names.ApiCall;
            }
        }
    }
}
