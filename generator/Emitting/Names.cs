namespace OpenApiClientGen.Emitting
{
    /// <summary>Fully qualified names of runtime and framework types the generated code uses.</summary>
    internal static class Names
    {
        public const string Runtime = "global::OpenApiClientGen.Runtime.";
        public const string RuntimeJson = "global::OpenApiClientGen.Runtime.Json.";
        public const string Metadata = "global::System.Text.Json.Serialization.Metadata.";
        public const string Task = "global::System.Threading.Tasks.Task";
        public const string ApiCall = Runtime + "ApiCall";
        public const string CancellationToken = "global::System.Threading.CancellationToken";
        public const string JsonOptions = "global::System.Text.Json.JsonSerializerOptions";
        public const string Type = "global::System.Type";

        public static string Qualified(string @namespace, string name) => "global::" + @namespace + "." + name;
    }
}
