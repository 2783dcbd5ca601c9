using System.Linq;
using OpenApiClientGen.Mapping;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>Emits the client class, its options class and one property per operation group.</summary>
    internal static class ClientEmitter
    {
        public static string Emit(ClientModel client)
        {
            string options = Names.Qualified(client.Namespace, client.OptionsName);
            var w = new SourceWriter().Header();
            w.Open($"namespace {client.Namespace}");

            w.Lines($$"""
                /// <summary>Options of <see cref="{{client.Name}}"/>: base address, credentials, user agent, timeout and default headers.</summary>
                public sealed partial class {{client.OptionsName}} : {{Names.Runtime}}ApiClientOptions
                {
                }

                """);

            DocComments.Summary(w, client.Title is null ? "A client for the API." : $"A client for {client.Title}.");
            if (!string.IsNullOrWhiteSpace(client.Description))
            {
                w.Line($"/// <remarks>{DocComments.Escape(client.Description!)}</remarks>");
            }

            // Not sealed, with virtual group properties and a protected constructor: the Azure SDK's mocking convention.
            w.Open($"public partial class {client.Name} : {Names.Runtime}ApiClient");
            string servers = string.Concat(client.OperationServers.Select(url => $", {CSharpNames.Literal(url)}"));
            w.Lines($$"""
                /// <summary>The server the description names first; used when the options give no base address.</summary>
                public const string DefaultBaseAddress = {{CSharpNames.Literal(client.DefaultServer)}};

                /// <summary>Creates a client. Without options it calls <see cref="DefaultBaseAddress"/> without credentials.</summary>
                public {{client.Name}}({{options}}? options = null)
                    : base(options ?? new {{options}}(), DefaultBaseAddress{{servers}})
                {
                """);
            w.Lines($$"""
                }

                /// <summary>For mocks and hand-written fakes, which override the operation groups they use.</summary>
                protected {{client.Name}}()
                {
                }

                /// <summary>
                /// Makes one cheap call and reports whether the server is reachable, whether the credentials were accepted,
                /// the latency and the rate-limit figures, without throwing for the expected failures.
                /// </summary>
                /// <remarks>{{ConnectionCheckRemarks(client)}}</remarks>
                public virtual {{Names.Task}}<{{Names.Runtime}}ConnectionCheckResult> CheckConnectionAsync({{Names.CancellationToken}} cancellationToken = default) =>
                    Core.CheckConnectionAsync({{CSharpNames.Literal(client.ConnectionCheckPath)}}, {{AuthenticatedCheckPathLiteral(client)}}, cancellationToken);
                """);
            // Groups are created on first use: a client of GitHub's 45 tags would otherwise load and construct every
            // group's class before its first call. Two threads racing here may each create one; both are equivalent.
            foreach (GroupReference group in client.Groups)
            {
                string groupType = Names.Qualified(client.Namespace, group.ClassName);
                w.Line();
                w.Line($"private {groupType}? __{group.PropertyName};");
                DocComments.Summary(w, group.Description ?? $"Operations tagged '{group.PropertyName}'.");
                w.Line($"public virtual {groupType} {group.PropertyName} => __{group.PropertyName} ??= new {groupType}(Core);");
            }

            w.Close();
            if (client.SecuritySchemes.Count > 0)
            {
                w.Line();
                EmitCredentials(w, client);
            }

            w.Close();
            return w.ToString();
        }

        private static string ConnectionCheckRemarks(ClientModel client)
        {
            string check = $"Calls <c>GET {DocComments.Escape(client.ConnectionCheckPath)}</c>";
            return client.AuthenticatedCheckPath is null
                ? $"{check}."
                : $"{check}, or <c>GET {DocComments.Escape(client.AuthenticatedCheckPath)}</c> when credentials are set.";
        }

        private static string AuthenticatedCheckPathLiteral(ClientModel client) =>
            client.AuthenticatedCheckPath is null ? "null" : CSharpNames.Literal(client.AuthenticatedCheckPath);

        /// <summary>One factory per security scheme the spec declares, so callers need not know header names or locations.</summary>
        private static void EmitCredentials(SourceWriter w, ClientModel client)
        {
            const string credentials = Names.Runtime + "ApiCredentials";
            w.Line($"""/// <summary>Credentials for the security schemes the description declares; assign one to <see cref="{client.OptionsName}"/>.Credentials.</summary>""");
            w.Open($"public static partial class {client.CredentialsName}");
            bool first = true;
            foreach (SecuritySchemeModel scheme in client.SecuritySchemes)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                string about = scheme.Description is null ? string.Empty : $" {DocComments.Escape(scheme.Description)}";
                switch (scheme.Kind)
                {
                    case SecuritySchemeKind.ApiKey:
                        w.Lines($$"""
                            /// <summary>API key sent in {{scheme.Location!.ToLowerInvariant()}} '{{DocComments.Escape(scheme.ParameterName!)}}'.{{about}}</summary>
                            public static {{credentials}} {{scheme.Name}}(string value) => {{credentials}}.ApiKey({{CSharpNames.Literal(scheme.ParameterName!)}}, value, {{Names.Runtime}}ApiKeyLocation.{{scheme.Location}});
                            """);
                        break;
                    case SecuritySchemeKind.Bearer:
                        w.Lines($$"""
                            /// <summary>Bearer token (<c>Authorization: Bearer …</c>).{{about}}</summary>
                            public static {{credentials}} {{scheme.Name}}(string token) => {{credentials}}.Token(token, "Bearer");
                            """);
                        break;
                    case SecuritySchemeKind.Basic:
                        w.Lines($$"""
                            /// <summary>HTTP Basic authentication.{{about}}</summary>
                            public static {{credentials}} {{scheme.Name}}(string userName, string password) => {{credentials}}.Basic(userName, password);
                            """);
                        break;
                    default:
                        if (scheme.TokenUrl is not null)
                        {
                            w.Lines($$"""
                                /// <summary>The OAuth 2.0 token endpoint the description names for this scheme.</summary>
                                public const string {{scheme.Name}}TokenUrl = {{CSharpNames.Literal(scheme.TokenUrl)}};

                                """);
                        }

                        w.Lines($$"""
                            /// <summary>OAuth 2.0 access tokens from a provider (client credentials, refresh token, device flow).{{about}}</summary>
                            public static {{credentials}} {{scheme.Name}}({{Names.Runtime}}IAccessTokenProvider provider) => {{credentials}}.OAuth(provider);
                            """);
                        break;
                }
            }

            w.Close();
        }
    }
}
