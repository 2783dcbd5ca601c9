using System;
using System.Collections.Generic;

namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// Where the parts <see cref="ReferenceHoister"/> moved into <c>components</c> came from, so a problem found at
    /// <c>/components/responses/ListDropletsResponse401/…</c> is reported at <c>/paths/~1v2~1droplets/get/responses/401/…</c>,
    /// or in the other file a part was copied from.
    /// </summary>
    internal sealed class SourceMap
    {
        public static readonly SourceMap Empty = new SourceMap();

        private readonly Dictionary<string, (string? File, string Pointer)> _origins = new Dictionary<string, (string?, string)>(StringComparer.Ordinal);

        /// <summary>Records that the part now at <paramref name="moved"/> came from <paramref name="pointer"/> in <paramref name="file"/> (null: the spec).</summary>
        public void Add(string moved, string? file, string pointer)
        {
            // A part moved out of a part moved earlier keeps the first part's origin.
            var origin = file is null ? Origin(pointer) : (file, pointer);
            _origins[moved] = origin;
        }

        /// <summary>The file (null: the spec) and pointer a pointer into the rewritten document stands for.</summary>
        public (string? File, string Pointer) Origin(string pointer)
        {
            if (_origins.Count == 0)
            {
                return (null, pointer);
            }

            // The longest moved prefix that ends at a segment boundary.
            for (int end = pointer.Length; end > 0; end = pointer.LastIndexOf('/', end - 1))
            {
                if ((end == pointer.Length || pointer[end] == '/') && _origins.TryGetValue(pointer.Substring(0, end), out var origin))
                {
                    return (origin.File, origin.Pointer + pointer.Substring(end));
                }
            }

            return (null, pointer);
        }
    }
}
