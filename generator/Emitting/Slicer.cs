using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>
    /// Cuts the model into one value per generated file, so a change to one part of a spec re-emits only the
    /// files whose slice changed, and no file grows too large for the compiler to handle comfortably.
    /// </summary>
    internal static class Slicer
    {
        private const int TypesPerFile = 40;
        public const int JsonTypesPerFile = 60;

        public static IEnumerable<GeneratedSlice> Slice(ApiModel model)
        {
            if (model.Client is not { } client)
            {
                yield break;
            }

            string prefix = client.Namespace + "." + client.Name;
            var none = EquatableArray<TypeModel>.Empty;
            var noJson = EquatableArray<TypeRef>.Empty;
            yield return new GeneratedSlice(prefix + ".g.cs", SliceKind.Client, client, null, none, noJson, 0);
            foreach (OperationGroupModel group in model.Groups)
            {
                yield return new GeneratedSlice(prefix + "." + group.ClassName + ".g.cs", SliceKind.Group, client, group, none, noJson, 0);
            }

            ImmutableChunks(model.Types.Items, TypesPerFile, out var typeChunks);
            for (int i = 0; i < typeChunks.Count; i++)
            {
                yield return new GeneratedSlice(prefix + ".Models." + Number(i) + ".g.cs", SliceKind.Models, client, null, typeChunks[i].ToEquatableArray(), noJson, 0);
            }

            var objects = model.Types.Where(t => t.Kind == TypeModelKind.Object).ToDictionary(t => t.Name);
            ImmutableChunks(model.JsonTypes.Items, JsonTypesPerFile, out var jsonChunks);
            yield return new GeneratedSlice(prefix + ".JsonContext.g.cs", SliceKind.JsonContext, client, null, none, noJson, jsonChunks.Count);
            for (int i = 0; i < jsonChunks.Count; i++)
            {
                var chunkObjects = jsonChunks[i].Where(t => t.Kind == TypeRefKind.Object && objects.ContainsKey(t.JsonName)).Select(t => objects[t.JsonName]);
                yield return new GeneratedSlice(prefix + ".JsonContext." + Number(i) + ".g.cs", SliceKind.JsonTypes, client, null, chunkObjects.ToEquatableArray(), jsonChunks[i].ToEquatableArray(), i);
            }
        }

        private static string Number(int i) => i.ToString("D3", CultureInfo.InvariantCulture);

        private static void ImmutableChunks<T>(System.Collections.Immutable.ImmutableArray<T> items, int size, out List<List<T>> chunks)
        {
            chunks = new List<List<T>>();
            for (int i = 0; i < items.Length; i += size)
            {
                chunks.Add(items.Skip(i).Take(size).ToList());
            }
        }
    }
}
