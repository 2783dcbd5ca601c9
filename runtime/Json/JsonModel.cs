using System.Text.Json;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// Base of every generated object model. It remembers which members were assigned, so a request writes
/// explicit <c>null</c>s the caller set and omits what the caller never touched (PATCH semantics), and it
/// keeps JSON members the model does not know so nothing is lost on a round trip.
/// </summary>
public abstract class JsonModel
{
    private ulong _assigned;
    private ulong[]? _assignedBeyond64;

    /// <summary>JSON members of the payload that the model has no property for.</summary>
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Whether the member with the given index was assigned (by the caller or by deserialization).</summary>
    public bool IsAssigned(int member)
    {
        if (member < 64)
        {
            return (_assigned & (1UL << member)) != 0;
        }

        int slot = (member >> 6) - 1;
        return _assignedBeyond64 is { } more && slot < more.Length && (more[slot] & (1UL << (member & 63))) != 0;
    }

    /// <summary>Records that the member with the given index was assigned.</summary>
    protected void MarkAssigned(int member)
    {
        if (member < 64)
        {
            _assigned |= 1UL << member;
            return;
        }

        int slot = (member >> 6) - 1;
        if (_assignedBeyond64 is null || slot >= _assignedBeyond64.Length)
        {
            Array.Resize(ref _assignedBeyond64, slot + 1);
        }

        _assignedBeyond64[slot] |= 1UL << (member & 63);
    }
}
