using System;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Decides whether an operation pages — it takes a <c>page</c> query parameter or documents a <c>Link</c>
    /// response header — and where its items are: the JSON array itself, or the one array property of a wrapping
    /// object (<c>{ total_count, items: [...] }</c>).
    /// </summary>
    internal static class PagingMapper
    {
        private const string PageParameter = "page";

        public static PagingModel? For(OperationModel operation, OpenApiOperation source, SchemaMapper schemas, NameScope methodNames, string baseName)
        {
            if (operation.Response.Kind != PayloadKind.Json || operation.Response.Type is not { } page || operation.HttpMethod != "GET")
            {
                return null;
            }

            bool hasPageNumber = operation.Parameters.Any(p => p.Location == Model.ParameterLocation.Query && p.WireName == PageParameter);
            bool documentsLink = source.Responses?.Where(r => r.Key.StartsWith("2", StringComparison.Ordinal))
                .Any(r => !References.IsBroken(r.Value) && r.Value.Headers?.Keys.Any(h => string.Equals(h, "Link", StringComparison.OrdinalIgnoreCase)) == true) == true;
            if (!hasPageNumber && !documentsLink)
            {
                return null;
            }

            TypeRef? item = null;
            string? itemsProperty = null;
            if (page.Kind == TypeRefKind.List)
            {
                item = page.Element;
            }
            else if (page.Kind == TypeRefKind.Object && schemas.FindType(page.JsonName) is { } wrapper)
            {
                var lists = wrapper.Properties.Where(p => p.Type.Kind == TypeRefKind.List).ToList();
                if (lists.Count == 1)
                {
                    item = lists[0].Type.Element;
                    itemsProperty = lists[0].Name;
                }
            }

            if (item is null)
            {
                return null;
            }

            return new PagingModel(methodNames.Claim(baseName + "Paged") + "Async", item, itemsProperty, hasPageNumber ? PageParameter : null);
        }
    }
}
