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

            w.Open("public sealed partial class " + client.Name + " : " + Names.Runtime + "ApiClient");
            w.Line("/// <summary>The server the description names first; used when the options give no base address.</summary>");
            w.Line("public const string DefaultBaseAddress = " + CSharpNames.Literal(client.DefaultServer) + ";");
            w.Line();
            w.Line("/// <summary>Creates a client. Without options it calls <see cref=\"DefaultBaseAddress\"/> without credentials.</summary>");
            w.Line("public " + client.Name + "(" + Names.Qualified(client.Namespace, client.OptionsName) + "? options = null)");
            w.Line("    : base(options ?? new " + Names.Qualified(client.Namespace, client.OptionsName) + "(), DefaultBaseAddress)");
            w.Line("{");
            foreach (GroupReference group in client.Groups)
            {
                w.Line("    " + group.PropertyName + " = new " + Names.Qualified(client.Namespace, group.ClassName) + "(Core);");
            }

            w.Line("}");
            foreach (GroupReference group in client.Groups)
            {
                w.Line();
                DocComments.Summary(w, group.Description ?? "Operations tagged '" + group.PropertyName + "'.");
                w.Line("public " + Names.Qualified(client.Namespace, group.ClassName) + " " + group.PropertyName + " { get; }");
            }

            w.Close();
            w.Close();
            return w.ToString();
        }
    }
}
