using System.Text.Json;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// Base of every generated object model. It remembers which members were assigned, so a request writes
/// explicit <c>null</c>s the caller set and omits what the caller never touched (PATCH semantics), and it
/// keeps JSON members the model does not know so nothing is lost on a round trip. A model read from JSON knows
/// which members the JSON had: <c>issue.IsAssigned(nameof(Issue.ClosedAt))</c> tells a missing member from one that
/// holds its type's default (a required <c>created_at</c> left out reads <c>0001-01-01</c>, but is not assigned).
/// The record costs one bit per member (a <c>ulong</c>, plus an array past 64 members), not a collection per instance.
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

    /// <summary>
    /// Whether the member was assigned (by the caller or by deserialization: present in the JSON the model was read
    /// from). The member is named as its C# property (<c>nameof(Issue.CreatedAt)</c>) or as its JSON name
    /// (<c>"created_at"</c>); a name the model does not have is never assigned.
    /// </summary>
    public bool IsAssigned(string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        int index = MemberIndex(member);
        return index >= 0 && IsAssigned(index);
    }

    /// <summary>The index of a member named by its C# or JSON name, or -1; generated models override it.</summary>
    protected virtual int MemberIndex(string member) => -1;

    /// <summary>
    /// The index of a member in a list of (C# name, JSON name) pairs in member order, or -1: what generated models'
    /// <see cref="MemberIndex"/> does.
    /// </summary>
    protected static int IndexOfMember(string[] names, string member)
    {
        ArgumentNullException.ThrowIfNull(names);
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], member, StringComparison.Ordinal))
            {
                return i / 2;
            }
        }

        return -1;
    }

    /// <summary>Whether the model was created by deserialization (its metadata's object creator).</summary>
    internal bool IsRead { get; init; }

    /// <summary>Records a member deserialization read into a response-only model, whose plain setters record nothing.</summary>
    internal void MarkRead(int member) => MarkAssigned(member);

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
