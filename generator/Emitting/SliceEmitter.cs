using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>Picks the emitter for a slice; the output is a pure function of the slice.</summary>
    internal static class SliceEmitter
    {
        public static string Emit(GeneratedSlice slice)
        {
            switch (slice.Kind)
            {
                case SliceKind.Client:
                    return ClientEmitter.Emit(slice.Client);
                case SliceKind.Group:
                    return OperationsEmitter.Emit(slice.Client, slice.Group!);
                case SliceKind.Models:
                    return ModelEmitter.Emit(slice.Client, slice.Types);
                case SliceKind.JsonContext:
                    return JsonContextEmitter.EmitCore(slice.Client, slice.ChunkCount);
                default:
                    return JsonContextEmitter.EmitChunk(slice.Client, slice.ChunkCount, slice.JsonTypes, slice.Types);
            }
        }
    }
}
