using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.OpenApi;
using OpenApiClientGen.Model;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>Maps a whole document to the code model: the client, one group per tag, and the reached types.</summary>
    internal static class DocumentMapper
    {
        private static readonly HttpMethod[] MethodOrder =
        {
            HttpMethod.Get, HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Options, HttpMethod.Head, new HttpMethod("PATCH"), HttpMethod.Trace,
        };

        /// <summary>Appended to a type name the framework or the client already uses: <c>Environment</c> → <c>EnvironmentModel</c>.</summary>
        private const string RenamedTypeSuffix = "Model";

        /// <summary>Members of the JSON context (a <c>JsonSerializerContext</c>) that a model's type-info property would hide.</summary>
        private static readonly string[] ContextMembers =
        {
            "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "CreateIndex",
        };

        /// <summary>Members of <c>ApiClient</c> that an operations-group property would hide.</summary>
        private static readonly string[] ClientMembers =
        {
            "Core", "Options", "LastRateLimit", "Dispose", "DisposeAsync", "DefaultBaseAddress", "CheckConnectionAsync",
        };

        /// <remarks>
        /// Mapped twice: the first pass only records where inline enums are used (its problems and types are dropped),
        /// so the second can name each enum from all its uses (see <see cref="EnumNaming"/>).
        /// </remarks>
        public static (ClientModel Client, EquatableArray<OperationGroupModel> Groups, EquatableArray<TypeModel> Types, EquatableArray<TypeRef> JsonTypes) Map(
            OpenApiDocument document, SpecInput input, List<SpecProblem> problems, CancellationToken cancellationToken)
        {
            var enumNaming = new EnumNaming();
            Map(document, input, new List<SpecProblem>(), cancellationToken, enumNaming, recording: true);
            return Map(document, input, problems, cancellationToken, enumNaming, recording: false);
        }

        private static (ClientModel Client, EquatableArray<OperationGroupModel> Groups, EquatableArray<TypeModel> Types, EquatableArray<TypeRef> JsonTypes) Map(
            OpenApiDocument document, SpecInput input, List<SpecProblem> problems, CancellationToken cancellationToken, EnumNaming enumNaming, bool recording)
        {
            string clientName = AvoidFramework(input.ClientName);
            string baseName = input.ClientName.EndsWith("Client", StringComparison.Ordinal) && input.ClientName.Length > 6 ? input.ClientName.Substring(0, input.ClientName.Length - 6) : input.ClientName;
            string optionsName = AvoidFramework(clientName + "Options");
            string contextName = AvoidFramework(baseName + "JsonContext");
            string credentialsName = AvoidFramework(clientName + "Credentials");

            var allOperations = CollectOperations(document, problems);
            // The recording pass sees every operation, filtered out or not, so a filter never renames a type: the
            // sample's two operations use the same `ReposVisibility` as the full client.
            var operations = recording
                ? allOperations
                : OperationFilter.Apply(allOperations, input.Selection, o => new OperationFilter.Subject(o.Tag, o.Operation.OperationId, o.Path), problems);
            var tags = operations.Select(o => o.Tag).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();

            // Every generated type name is claimed here; one the framework's implicit usings, the client or the JSON
            // context already use gets "Model" appended, and a name claimed twice gets a number.
            var reserved = new List<string> { clientName, optionsName, contextName, credentialsName, input.Namespace.Split('.').Last() };
            reserved.AddRange(TypeRefs.ReservedNames);
            reserved.AddRange(ContextMembers);
            reserved.AddRange(CSharpNames.ObjectMembers);
            reserved.AddRange(FrameworkTypeNames.All);
            var typeNames = new NameScope(reserved, RenamedTypeSuffix);

            var groupNames = new Dictionary<string, (string Property, string Class)>(StringComparer.Ordinal);
            var clientMembers = new NameScope(CSharpNames.Reserved(clientName, ClientMembers));
            foreach (string tag in tags)
            {
                string pascal = CSharpNames.Pascal(tag);
                groupNames[tag] = (clientMembers.ClaimMember(pascal), typeNames.Claim(pascal + "Operations"));
            }

            var schemas = new SchemaMapper(document, input.Namespace, typeNames, problems, cancellationToken, enumNaming, recording);
            var mapper = new OperationMapper(schemas, problems);
            var groups = new List<OperationGroupModel>();
            var groupReferences = new List<GroupReference>();
            foreach (string tag in tags)
            {
                var (property, className) = groupNames[tag];
                var methodNames = new NameScope(CSharpNames.Reserved(className, "_core"));
                var models = new List<OperationModel>();
                schemas.Tag = tag;
                foreach (var operation in operations.Where(o => o.Tag == tag))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    string methodBase = OperationMapper.MethodBaseName(operation.Operation.OperationId, tag, operation.Method.Method, operation.Path);
                    string methodName = methodNames.Claim(methodBase) + "Async";
                    OperationModel model = mapper.Map(methodName, operation.Path, operation.Method, operation.Operation, operation.Item, operation.Pointer);
                    if (PagingMapper.For(model, operation.Operation, schemas, methodNames, methodBase) is { } paging)
                    {
                        model = model with { Paging = paging };
                    }

                    if (model.BodyVariants.Count > 0)
                    {
                        // Each other media type of the body: the operation's name with the variant's suffix (AsForm, ...).
                        model = model with { BodyVariants = model.BodyVariants.Select(v => v with { MethodName = methodNames.Claim(methodBase + v.MethodName) + "Async" }).ToEquatableArray() };
                    }

                    models.Add(model);
                }

                string? description = document.Tags?.FirstOrDefault(t => t.Name == tag)?.Description;
                groups.Add(new OperationGroupModel(className, description, models.ToEquatableArray()));
                groupReferences.Add(new GroupReference(property, className, description));
            }

            var client = new ClientModel(
                input.Namespace,
                clientName,
                optionsName,
                contextName,
                credentialsName,
                DefaultServer(document),
                document.Info?.Title,
                document.Info?.Description,
                groupReferences.ToEquatableArray(),
                SecuritySchemeMapper.Map(document, problems),
                ConnectionChecks.AnonymousPath(allOperations.Select(o => (o.Path, o.Method.Method, o.Operation)), input.ConnectionCheckPath),
                ConnectionChecks.AuthenticatedPath(allOperations.Select(o => (o.Path, o.Method.Method, o.Operation)), input.AuthenticatedCheckPath),
                groups.SelectMany(g => g.Operations).Select(o => o.ServerUrl).OfType<string>().Distinct(StringComparer.Ordinal)
                    .OrderBy(url => url, StringComparer.Ordinal).ToEquatableArray());

            var types = RequestTypes.MarkTracked(schemas.Types, groups).OrderBy(t => t.Name, StringComparer.Ordinal).ToEquatableArray();
            var jsonTypes = schemas.JsonTypes.OrderBy(t => t.JsonName, StringComparer.Ordinal).ToEquatableArray();
            return (client, groups.ToEquatableArray(), types, jsonTypes);
        }

        private static List<(string Tag, string Path, HttpMethod Method, OpenApiOperation Operation, IOpenApiPathItem Item, string Pointer)> CollectOperations(OpenApiDocument document, List<SpecProblem> problems)
        {
            var result = new List<(string, string, HttpMethod, OpenApiOperation, IOpenApiPathItem, string)>();
            if (document.Paths is null)
            {
                return result;
            }

            foreach (var path in document.Paths)
            {
                if (References.IsBroken(path.Value))
                {
                    problems.Add(SpecProblem.AtPointer(Diagnostics.DiagnosticDescriptors.UnresolvedReference.Id, "/paths/" + SchemaMapper.Escape(path.Key) + "/$ref", References.Text(path.Value)));
                    continue;
                }

                if (path.Value.Operations is not { } byMethod)
                {
                    continue;
                }

                foreach (HttpMethod method in MethodOrder)
                {
                    if (byMethod.TryGetValue(method, out OpenApiOperation? operation) && operation is not null)
                    {
                        string tag = operation.Tags?.FirstOrDefault()?.Name ?? "Default";
                        string pointer = "/paths/" + SchemaMapper.Escape(path.Key) + "/" + method.Method.ToLowerInvariant();
                        result.Add((tag, path.Key, method, operation, path.Value, pointer));
                    }
                }
            }

            return result;
        }

        private static string AvoidFramework(string name) => FrameworkTypeNames.Contains(name) ? name + RenamedTypeSuffix : name;

        private static string DefaultServer(OpenApiDocument document) => ServerUrl(document.Servers?.FirstOrDefault()) ?? string.Empty;

        /// <summary>A server's absolute URL with its variables at their defaults, without a trailing '/'; null when it has none.</summary>
        internal static string? ServerUrl(OpenApiServer? server)
        {
            if (server?.Url is not { } url)
            {
                return null;
            }

            if (server.Variables is { } variables)
            {
                foreach (var variable in variables)
                {
                    url = url.Replace("{" + variable.Key + "}", variable.Value.Default ?? string.Empty);
                }
            }

            return Uri.TryCreate(url, UriKind.Absolute, out _) ? url.TrimEnd('/') : null;
        }
    }
}
