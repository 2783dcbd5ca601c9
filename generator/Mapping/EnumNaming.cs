using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Names inline enums from all their uses rather than the first. The document is mapped twice: the first pass
    /// records every use of every inline enum (by its value set, the key that makes two uses one type); then
    /// <see cref="Assign"/> decides all names at once, and the second pass builds the types with them.
    /// </summary>
    /// <remarks>
    /// The rule, for each enum, tries these candidates in order and takes the first one no other enum also wants and
    /// no other type (component, framework type under the implicit usings, client type) already has:
    /// <list type="number">
    /// <item>the member name all its uses share (<c>direction</c> → <c>Direction</c>);</item>
    /// <item>that name prefixed with the tag all its uses share (<c>ReposVisibility</c>);</item>
    /// <item>that name prefixed with the type or operation all its uses share (<c>ReposUpdateRequestVisibility</c>);</item>
    /// <item>that name prefixed with the tag most of its uses are in (the ordinally first of equally used ones);</item>
    /// <item>the smallest (ordinal) of its place-derived names (<c>{Parent}{Member}</c>, <c>{Operation}{Parameter}</c>).</item>
    /// </list>
    /// When several enums want the same name, the one whose candidate is of the earliest kind in this list keeps it and
    /// the others move on to their next candidate; when several want it with a candidate of the same kind, all of them
    /// move on, so no enum wins by being met first. A name therefore depends only on an enum's own uses and on which
    /// other enums compete for the same name:
    /// adding an operation renames no enum unless it uses that enum under another name or in another tag, or brings a
    /// different enum wanting the same name. Uses inside component schemas carry no tag (a component is one type
    /// whichever operation reaches it).
    /// </remarks>
    internal sealed class EnumNaming
    {
        private readonly Dictionary<string, List<Use>> _uses = new Dictionary<string, List<Use>>(StringComparer.Ordinal);
        private Dictionary<string, string>? _names;

        private readonly struct Use
        {
            public Use(string nameHint, string? tag, string? owner, string? member)
            {
                NameHint = nameHint;
                Tag = tag;
                Owner = owner;
                Member = member;
            }

            public string NameHint { get; }

            public string? Tag { get; }

            public string? Owner { get; }

            public string? Member { get; }
        }

        /// <summary>Records one use of the inline enum with these values (first pass).</summary>
        public void Record(string key, string nameHint, string? tag, string? owner, string? member)
        {
            if (!_uses.TryGetValue(key, out List<Use>? uses))
            {
                uses = new List<Use>();
                _uses[key] = uses;
            }

            uses.Add(new Use(nameHint, tag, owner, member));
        }

        /// <summary>The name <see cref="Assign"/> gave the enum with these values, if any.</summary>
        public string? NameOf(string key) => _names is not null && _names.TryGetValue(key, out string? name) ? name : null;

        /// <summary>Decides and claims every enum's name; called once, after the component names are claimed.</summary>
        public void Assign(NameScope typeNames)
        {
            var candidates = _uses.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, Names: Candidates(e.Value))).ToList();
            var level = new int[candidates.Count];
            for (bool moved = true; moved;)
            {
                moved = false;
                foreach (var claimants in Enumerable.Range(0, candidates.Count).GroupBy(i => candidates[i].Names[level[i]].Name, StringComparer.Ordinal))
                {
                    // The strongest kind of claim wins the name when it is alone of its kind; otherwise nobody does.
                    int strongest = claimants.Min(i => candidates[i].Names[level[i]].Rank);
                    bool shared = typeNames.IsTaken(claimants.Key) || claimants.Count(i => candidates[i].Names[level[i]].Rank == strongest) > 1;
                    foreach (int i in claimants.Where(i => (shared || candidates[i].Names[level[i]].Rank > strongest) && level[i] < candidates[i].Names.Count - 1))
                    {
                        level[i]++;
                        moved = true;
                    }
                }
            }

            // Claimed in name order: only the last candidates can still clash, and they are numbered deterministically.
            _names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (int i in Enumerable.Range(0, candidates.Count).OrderBy(i => candidates[i].Names[level[i]].Name, StringComparer.Ordinal).ThenBy(i => candidates[i].Key, StringComparer.Ordinal))
            {
                _names[candidates[i].Key] = typeNames.Claim(candidates[i].Names[level[i]].Name);
            }
        }

        /// <summary>An enum's candidate names in order, each with the rank of its kind (lower is a stronger claim).</summary>
        private static List<(string Name, int Rank)> Candidates(List<Use> uses)
        {
            var result = new List<(string Name, int Rank)>();
            string? member = Common(uses.Select(u => u.Member));
            if (member is not null)
            {
                result.Add((member, 0));
                if (Common(uses.Select(u => u.Tag)) is { } tag)
                {
                    result.Add((CSharpNames.Pascal(tag) + member, 1));
                }

                if (Common(uses.Select(u => u.Owner)) is { } owner)
                {
                    result.Add((owner + member, 2));
                }

                // Uses in several tags: the tag most of them are in (the ordinally first of equals).
                if (uses.Where(u => u.Tag is not null).GroupBy(u => u.Tag!, StringComparer.Ordinal)
                        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault() is { } most)
                {
                    result.Add((CSharpNames.Pascal(most.Key) + member, 3));
                }
            }

            result.Add((uses.Select(u => u.NameHint).OrderBy(h => h, StringComparer.Ordinal).First(), 4));
            return result.GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        }

        private static string? Common(IEnumerable<string?> values)
        {
            var distinct = values.Distinct(StringComparer.Ordinal).Take(2).ToList();
            return distinct.Count == 1 ? distinct[0] : null;
        }
    }
}
