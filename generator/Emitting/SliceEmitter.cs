using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>Picks the emitter for a slice; the output is a pure function of the slice.</summary>
    internal static class SliceEmitter
    {
        public static string Emit(GeneratedSlice slice)
        {
            switch (slice)
            {
                case ClientSlice client:
                    return ClientEmitter.Emit(client.Client);
                case GroupSlice group:
                    return OperationsEmitter.Emit(group.Scope, group.Group);
                case ModelSlice models:
                    return ModelEmitter.Emit(models.Scope, models.Types);
                case JsonContextSlice context:
                    return JsonContextEmitter.EmitCore(context.Scope, context.Buckets);
                default:
                    var bucket = (JsonBucketSlice)slice;
                    return JsonContextEmitter.EmitBucket(bucket.Scope, bucket.Bucket, bucket.Types);
            }
        }
    }
}
