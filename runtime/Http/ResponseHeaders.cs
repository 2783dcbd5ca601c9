using System.Net.Http.Headers;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>Flattens response and content headers into one case-insensitive dictionary.</summary>
internal static class ResponseHeaders
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Empty =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Collect(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Add(headers, response.Headers);
        Add(headers, response.Content.Headers);
        return headers;
    }

    private static void Add(Dictionary<string, IReadOnlyList<string>> target, HttpHeaders source)
    {
        foreach (KeyValuePair<string, HeaderStringValues> header in source.NonValidated)
        {
            var values = new List<string>(header.Value.Count);
            foreach (string value in header.Value)
            {
                values.Add(value);
            }

            if (target.TryGetValue(header.Key, out IReadOnlyList<string>? existing))
            {
                values.InsertRange(0, existing);
            }

            target[header.Key] = values;
        }
    }
}
