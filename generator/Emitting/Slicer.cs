using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>
    /// Cuts the model into one value per generated file by identity (the client, a tag, a bucket of type names), each
    /// holding only what its file shows: an edit of one schema or tag re-emits the few files that show it, and no file
    /// grows too large for the compiler to handle comfortably.
    /// </summary>
    internal static class Slicer
    {
        public static IEnumerable<GeneratedSlice> Slice(ApiModel model)
        {
            if (model.Client is not { } client)
            {
                yield break;
            }

            string prefix = client.Namespace + "." + client.Name;
            var scope = new ClientScope(client.Namespace, client.Name, client.JsonContextName);
            yield return new ClientSlice(prefix + ".g.cs", client);
            foreach (OperationGroupModel group in model.Groups)
            {
                yield return new GroupSlice(prefix + "." + group.ClassName + ".g.cs", scope, group);
            }

            foreach (var bucket in model.Types.GroupBy(t => StableBuckets.Of(t.Name, StableBuckets.ModelBuckets)).OrderBy(b => b.Key))
            {
                yield return new ModelSlice(prefix + ".Models." + Number(bucket.Key) + ".g.cs", scope, bucket.ToEquatableArray());
            }

            var objects = model.Types.Where(t => t.Kind == TypeModelKind.Object).ToDictionary(t => t.Name);
            var jsonBuckets = model.JsonTypes
                .Select(t => Entry(t, objects))
                .GroupBy(e => StableBuckets.Of(e.Key, StableBuckets.JsonBuckets))
                .OrderBy(b => b.Key)
                .ToList();
            yield return new JsonContextSlice(prefix + ".JsonContext.g.cs", scope, jsonBuckets.Select(b => b.Key).ToEquatableArray());
            foreach (var bucket in jsonBuckets)
            {
                yield return new JsonBucketSlice(prefix + ".JsonContext." + Number(bucket.Key) + ".g.cs", scope, bucket.Key, bucket.ToEquatableArray());
            }
        }

        private static JsonTypeEntry Entry(TypeRef type, Dictionary<string, TypeModel> objects)
        {
            JsonObjectShape? shape = null;
            if (type.Kind == TypeRefKind.Object && objects.TryGetValue(type.JsonName, out TypeModel? model))
            {
                shape = new JsonObjectShape(model.Tracked, model.Properties.Select(Member).ToEquatableArray());
            }

            return new JsonTypeEntry(StableBuckets.JsonKey(type.Expression), type, shape);
        }

        private static JsonMemberShape Member(PropertyModel property)
        {
            TypeRef type = property.Type;
            return type.Kind == TypeRefKind.Enum
                ? new JsonMemberShape(property.JsonName, property.Name, type.Expression, property.Index, JsonMemberKind.Enum)
                : type is { Kind: TypeRefKind.Nullable, Element: { Kind: TypeRefKind.Enum } element }
                    ? new JsonMemberShape(property.JsonName, property.Name, element.Expression, property.Index, JsonMemberKind.NullableEnum)
                    : new JsonMemberShape(property.JsonName, property.Name, type.Expression, property.Index, JsonMemberKind.Value);
        }

        private static string Number(int bucket) => bucket.ToString("D2", CultureInfo.InvariantCulture);
    }
}
