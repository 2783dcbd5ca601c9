using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Finds the object types a request body can reach. Only those need to remember which members were assigned
    /// (to send explicit nulls and omit the rest); the others get plain auto-properties, which are much cheaper for
    /// the compiler and the JIT.
    /// </summary>
    internal static class RequestTypes
    {
        public static IEnumerable<TypeModel> MarkTracked(IReadOnlyList<TypeModel> types, IEnumerable<OperationGroupModel> groups)
        {
            var byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<TypeRef>();
            foreach (OperationModel operation in groups.SelectMany(g => g.Operations))
            {
                if (operation.Body?.Type is { } body)
                {
                    pending.Push(body);
                }

                foreach (BodyVariantModel variant in operation.BodyVariants)
                {
                    if (variant.Body.Type is { } variantBody)
                    {
                        pending.Push(variantBody);
                    }
                }
            }

            while (pending.Count > 0)
            {
                TypeRef type = pending.Pop();
                if (type.Element is { } element)
                {
                    pending.Push(element);
                    continue;
                }

                if (!byName.TryGetValue(type.JsonName, out TypeModel? model) || !reached.Add(model.Name))
                {
                    continue;
                }

                foreach (PropertyModel property in model.Properties)
                {
                    pending.Push(property.Type);
                }

                foreach (UnionAlternativeModel alternative in model.Alternatives)
                {
                    pending.Push(alternative.Type);
                }
            }

            return types.Select(t => t.Kind == TypeModelKind.Object && reached.Contains(t.Name) ? t with { Tracked = true } : t);
        }
    }
}
