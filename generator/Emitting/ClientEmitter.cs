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
            var w = new SourceWriter().Header();
            w.Open("namespace " + client.Namespace);

            w.Line("/// <summary>Options of <see cref=\"" + client.Name + "\"/>: base address, credentials, user agent, timeout and default headers.</summary>");
            w.Open("public sealed partial class " + client.OptionsName + " : " + Names.Runtime + "ApiClientOptions");
            w.Close();
            w.Line();

            DocComments.Summary(w, client.Title is null ? "A client for the API." : "A client for " + client.Title + ".");
            if (!string.IsNullOrWhiteSpace(client.Description))
            {
                w.Line("/// <remarks>" + DocComments.Escape(client.Description!) + "</remarks>");
            }

            // Not sealed, with virtual group properties and a protected constructor: the Azure SDK's mocking convention.
            w.Open("public partial class " + client.Name + " : " + Names.Runtime + "ApiClient");
            w.Line("/// <summary>The server the description names first; used when the options give no base address.</summary>");
            w.Line("public const string DefaultBaseAddress = " + CSharpNames.Literal(client.DefaultServer) + ";");
            w.Line();
            w.Line("/// <summary>Creates a client. Without options it calls <see cref=\"DefaultBaseAddress\"/> without credentials.</summary>");
            w.Line("public " + client.Name + "(" + Names.Qualified(client.Namespace, client.OptionsName) + "? options = null)");
            string servers = string.Concat(client.OperationServers.Select(url => ", " + CSharpNames.Literal(url)));
            w.Line("    : base(options ?? new " + Names.Qualified(client.Namespace, client.OptionsName) + "(), DefaultBaseAddress" + servers + ")");
            w.Line("{");
            foreach (GroupReference group in client.Groups)
            {
                w.Line("    " + group.PropertyName + " = new " + Names.Qualified(client.Namespace, group.ClassName) + "(Core);");
            }

            w.Line("}");
            w.Line();
            w.Line("/// <summary>For mocks and hand-written fakes, which override the operation groups they use.</summary>");
            w.Line("protected " + client.Name + "()");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Makes one cheap call and reports whether the server is reachable, whether the credentials were accepted,");
            w.Line("/// the latency and the rate-limit figures, without throwing for the expected failures.");
            w.Line("/// </summary>");
            w.Line("/// <remarks>Calls <c>GET " + DocComments.Escape(client.ConnectionCheckPath) + "</c>"
                + (client.AuthenticatedCheckPath is null ? string.Empty : ", or <c>GET " + DocComments.Escape(client.AuthenticatedCheckPath) + "</c> when credentials are set") + ".</remarks>");
            w.Line("public virtual " + Names.Task + "<" + Names.Runtime + "ConnectionCheckResult> CheckConnectionAsync(" + Names.CancellationToken + " cancellationToken = default) =>");
            w.Line("    Core.CheckConnectionAsync(" + CSharpNames.Literal(client.ConnectionCheckPath) + ", " + (client.AuthenticatedCheckPath is null ? "null" : CSharpNames.Literal(client.AuthenticatedCheckPath)) + ", cancellationToken);");
            foreach (GroupReference group in client.Groups)
            {
                w.Line();
                DocComments.Summary(w, group.Description ?? "Operations tagged '" + group.PropertyName + "'.");
                w.Line("public virtual " + Names.Qualified(client.Namespace, group.ClassName) + " " + group.PropertyName + " { get; }");
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

        /// <summary>One factory per security scheme the spec declares, so callers need not know header names or locations.</summary>
        private static void EmitCredentials(SourceWriter w, ClientModel client)
        {
            const string credentials = Names.Runtime + "ApiCredentials";
            w.Line("/// <summary>Credentials for the security schemes the description declares; assign one to <see cref=\"" + client.OptionsName + "\"/>.Credentials.</summary>");
            w.Open("public static partial class " + client.CredentialsName);
            bool first = true;
            foreach (SecuritySchemeModel scheme in client.SecuritySchemes)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                string about = scheme.Description is null ? string.Empty : " " + DocComments.Escape(scheme.Description);
                switch (scheme.Kind)
                {
                    case SecuritySchemeKind.ApiKey:
                        w.Line("/// <summary>API key sent in " + scheme.Location!.ToLowerInvariant() + " '" + DocComments.Escape(scheme.ParameterName!) + "'." + about + "</summary>");
                        w.Line("public static " + credentials + " " + scheme.Name + "(string value) => " + credentials + ".ApiKey(" + CSharpNames.Literal(scheme.ParameterName!) + ", value, " + Names.Runtime + "ApiKeyLocation." + scheme.Location + ");");
                        break;
                    case SecuritySchemeKind.Bearer:
                        w.Line("/// <summary>Bearer token (<c>Authorization: Bearer …</c>)." + about + "</summary>");
                        w.Line("public static " + credentials + " " + scheme.Name + "(string token) => " + credentials + ".Token(token, \"Bearer\");");
                        break;
                    case SecuritySchemeKind.Basic:
                        w.Line("/// <summary>HTTP Basic authentication." + about + "</summary>");
                        w.Line("public static " + credentials + " " + scheme.Name + "(string userName, string password) => " + credentials + ".Basic(userName, password);");
                        break;
                    default:
                        if (scheme.TokenUrl is not null)
                        {
                            w.Line("/// <summary>The OAuth 2.0 token endpoint the description names for this scheme.</summary>");
                            w.Line("public const string " + scheme.Name + "TokenUrl = " + CSharpNames.Literal(scheme.TokenUrl) + ";");
                            w.Line();
                        }

                        w.Line("/// <summary>OAuth 2.0 access tokens from a provider (client credentials, refresh token, device flow)." + about + "</summary>");
                        w.Line("public static " + credentials + " " + scheme.Name + "(" + Names.Runtime + "IAccessTokenProvider provider) => " + credentials + ".OAuth(provider);");
                        break;
                }
            }

            w.Close();
        }
    }
}
