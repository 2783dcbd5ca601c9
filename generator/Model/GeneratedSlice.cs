namespace OpenApiClientGen.Model
{
    /// <summary>
    /// What every generated file of one client refers to: names fixed by the options, not by the description's
    /// contents, so no edit of the description changes them.
    /// </summary>
    internal sealed record ClientScope(string Namespace, string ClientName, string JsonContextName)
    {
        /// <summary>The expression that reaches the shared JSON context's metadata properties.</summary>
        public string JsonContextDefault => "global::" + Namespace + "." + JsonContextName + ".Default.";
    }

    /// <summary>
    /// One generated file's worth of the model: emitting it is a pure function of this value, which holds only what
    /// the file shows, so an edit re-emits only the files that show the edited part.
    /// </summary>
    internal abstract record GeneratedSlice(string HintName);

    /// <summary>The client class and its options.</summary>
    internal sealed record ClientSlice(string HintName, ClientModel Client) : GeneratedSlice(HintName);

    /// <summary>The operations of one tag.</summary>
    internal sealed record GroupSlice(string HintName, ClientScope Scope, OperationGroupModel Group) : GeneratedSlice(HintName);

    /// <summary>The model types whose names hash to one bucket.</summary>
    internal sealed record ModelSlice(string HintName, ClientScope Scope, EquatableArray<TypeModel> Types) : GeneratedSlice(HintName);

    /// <summary>The JSON context class itself: which buckets hold metadata.</summary>
    internal sealed record JsonContextSlice(string HintName, ClientScope Scope, EquatableArray<int> Buckets) : GeneratedSlice(HintName);

    /// <summary>The JSON metadata of the types whose keys hash to one bucket.</summary>
    internal sealed record JsonBucketSlice(string HintName, ClientScope Scope, int Bucket, EquatableArray<JsonTypeEntry> Types) : GeneratedSlice(HintName);

    /// <summary>
    /// One type of the JSON context: its key (what the runtime computes from the <c>System.Type</c> to find the
    /// bucket) and, for an object model, what its metadata shows of the model (not its documentation).
    /// </summary>
    internal sealed record JsonTypeEntry(string Key, TypeRef Type, JsonObjectShape? Object);

    /// <summary>What an object model's JSON metadata is built from.</summary>
    internal sealed record JsonObjectShape(bool Tracked, EquatableArray<JsonMemberShape> Members);

    /// <summary>
    /// One property as its JSON metadata sees it. For an open enumeration (<see cref="JsonMemberKind.Enum"/>,
    /// <see cref="JsonMemberKind.NullableEnum"/>) <see cref="TypeExpression"/> is the enumeration itself.
    /// </summary>
    internal sealed record JsonMemberShape(string JsonName, string Name, string TypeExpression, int Index, JsonMemberKind Kind);

    /// <summary>How a property's metadata is built: as its own type, or an open enumeration read as its raw string.</summary>
    internal enum JsonMemberKind
    {
        Value,
        Enum,
        NullableEnum,
    }
}
