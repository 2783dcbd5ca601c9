using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Model;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Maps a request body. Each kind of media type the body declares (JSON, form, multipart, text, binary) gets its
    /// own method; the first kind in that order keeps the operation's name, the others get a suffix
    /// (<c>AsForm</c>, <c>AsMultipart</c>, <c>AsText</c>, <c>AsBinary</c>). Of several media types of one kind the
    /// first declared is used.
    /// </summary>
    internal sealed class RequestBodyMapper
    {
        private static readonly PayloadKind[] Preference = { PayloadKind.Json, PayloadKind.Form, PayloadKind.Multipart, PayloadKind.Text, PayloadKind.Binary };

        private readonly SchemaMapper _schemas;
        private readonly List<SpecProblem> _problems;

        public RequestBodyMapper(SchemaMapper schemas, List<SpecProblem> problems)
        {
            _schemas = schemas;
            _problems = problems;
        }

        /// <summary>The body of the operation's main method, and the others with their method-name suffixes.</summary>
        public (BodyModel? Primary, EquatableArray<BodyVariantModel> Variants) Map(IOpenApiRequestBody? body, string pointer, string typeBase, NameScope names)
        {
            if (References.ReportIfBroken(body, pointer, _problems))
            {
                return (null, EquatableArray<BodyVariantModel>.Empty);
            }

            if (body?.Content is not { Count: > 0 } content)
            {
                return (null, EquatableArray<BodyVariantModel>.Empty);
            }

            var byKind = new Dictionary<PayloadKind, (string MediaType, IOpenApiMediaType? Media)>();
            foreach (var entry in content)
            {
                PayloadKind kind = KindOf(entry.Key, entry.Value?.Schema);
                if (!byKind.ContainsKey(kind))
                {
                    byKind[kind] = (entry.Key, entry.Value);
                }
            }

            string name = names.Claim("body");
            BodyModel? primary = null;
            var variants = new List<BodyVariantModel>();
            foreach (PayloadKind kind in Preference.Where(byKind.ContainsKey))
            {
                var (mediaType, media) = byKind[kind];
                string suffix = primary is null ? string.Empty : Suffix(kind);
                BodyModel model = MapOne(body, kind, mediaType, media, pointer + "/content/" + SchemaMapper.Escape(mediaType), typeBase + suffix.Replace("As", string.Empty), name);
                if (primary is null)
                {
                    primary = model;
                }
                else
                {
                    variants.Add(new BodyVariantModel(suffix, model));
                }
            }

            return (primary, variants.ToEquatableArray());
        }

        private BodyModel MapOne(IOpenApiRequestBody body, PayloadKind kind, string mediaType, IOpenApiMediaType? media, string pointer, string typeBase, string name)
        {
            TypeRef? type = null;
            var encoding = EquatableArray<BodyEncodingModel>.Empty;
            if (kind == PayloadKind.Json || kind == PayloadKind.Form || kind == PayloadKind.Multipart)
            {
                var mapped = _schemas.Map(media?.Schema, typeBase + "Request", pointer + "/schema", shareable: false);
                type = _schemas.Declared(mapped.Type, !body.Required).Type;
                if (kind != PayloadKind.Json)
                {
                    TypeRef bare = type.Kind == TypeRefKind.Nullable ? type.Element! : type;
                    if (bare.Kind != TypeRefKind.Object && bare.Kind != TypeRefKind.Map && !TypeRefs.IsJsonElement(bare))
                    {
                        // Only an object has members to send as pairs or parts.
                        _problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.Unsupported.Id, pointer + "/schema", "Request body '" + mediaType + "'", "its schema is not an object; the body is sent as raw bytes"));
                        return new BodyModel(PayloadKind.Binary, mediaType, null, body.Required, name, body.Description);
                    }

                    encoding = Encodings(media);
                }
            }
            else
            {
                // Text and bytes are sent as given; the schema is not mapped, so a broken one is reported here.
                References.ReportIfBroken(media?.Schema, pointer + "/schema", _problems);
            }

            if (kind == PayloadKind.Binary && mediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            {
                // multipart/mixed, /related, …: parts without names; the caller builds them.
                _problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.Unsupported.Id, pointer, "Request body '" + mediaType + "'", "the body is sent as raw bytes; the caller encodes it"));
            }

            return new BodyModel(kind, mediaType, type, body.Required, name, body.Description, encoding);
        }

        /// <summary>The declared encodings that differ from the default (form style, exploded, no media type), by name.</summary>
        private static EquatableArray<BodyEncodingModel> Encodings(IOpenApiMediaType? media)
        {
            if (media?.Encoding is not { Count: > 0 } declared)
            {
                return EquatableArray<BodyEncodingModel>.Empty;
            }

            var result = new List<BodyEncodingModel>();
            foreach (var entry in declared.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                OpenApiEncoding encoding = entry.Value;
                string style = encoding.Style switch
                {
                    ParameterStyle.DeepObject => "DeepObject",
                    ParameterStyle.SpaceDelimited => "SpaceDelimited",
                    ParameterStyle.PipeDelimited => "PipeDelimited",
                    _ => "Form",
                };

                // The specification's default: exploded for form style only.
                bool explode = encoding.Explode ?? (style == "Form");
                string? contentType = string.IsNullOrWhiteSpace(encoding.ContentType) ? null : encoding.ContentType!.Trim();
                if (style != "Form" || !explode || contentType is not null)
                {
                    result.Add(new BodyEncodingModel(entry.Key, style, explode, contentType));
                }
            }

            return result.ToEquatableArray();
        }

        private static string Suffix(PayloadKind kind) => "As" + kind.ToString();

        private static PayloadKind KindOf(string mediaType, IOpenApiSchema? schema)
        {
            string bare = mediaType.Split(';')[0].Trim();
            if (bare.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                return PayloadKind.Form;
            }

            if (bare.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                return PayloadKind.Multipart;
            }

            return OperationMapper.KindOf(mediaType, schema);
        }
    }
}
