using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Names the inline alternatives of a union (<c>oneOf</c>/<c>anyOf</c>) after what they hold, each prefixed with
    /// the union's name. The first of these that no other alternative of the same union also gets is used:
    /// <list type="number">
    /// <item>its <c>title</c> (<c>OrgRulesetConditionsRepositoryNameAndRefName</c>);</item>
    /// <item>the one value of a single-value enum or <c>const</c> (<c>BudgetBudgetTypeSkuPricing</c>);</item>
    /// <item>the component an <c>allOf</c> alternative is built on, the first one not every alternative shares, without
    /// the words it has in common with the union's name (<c>RepositoryRuleDetailedCreation</c> for
    /// <c>allOf: [repository-rule-creation, repository-rule-ruleset-info]</c>);</item>
    /// <item>the one value of a single-value enum or <c>const</c> property (a discriminating <c>type</c>);</item>
    /// <item>the first property no other alternative has (<c>…WithSha</c>);</item>
    /// <item><c>Option</c> and its position (<c>…Option2</c>), as a last resort.</item>
    /// </list>
    /// Alternatives that are references keep their component's type; only their position is reserved.
    /// </summary>
    internal static class AlternativeNames
    {
        public static List<string> For(string union, IReadOnlyList<IOpenApiSchema> alternatives)
        {
            var candidates = alternatives.Select((a, i) => Candidates(union, a, i, alternatives)).ToList();
            var result = new List<string>(alternatives.Count);
            for (int i = 0; i < alternatives.Count; i++)
            {
                string chosen = candidates[i].FirstOrDefault(c => !candidates.Where((_, j) => j != i).Any(other => other.Contains(c, StringComparer.Ordinal)))
                    ?? candidates[i][candidates[i].Count - 1];
                result.Add(chosen);
            }

            return result;
        }

        private static List<string> Candidates(string union, IOpenApiSchema schema, int index, IReadOnlyList<IOpenApiSchema> all)
        {
            var result = new List<string>();
            if (schema is not OpenApiSchemaReference && !References.IsBroken(schema))
            {
                if (!string.IsNullOrWhiteSpace(schema.Title))
                {
                    result.Add(union + CSharpNames.Pascal(schema.Title!));
                }

                if (SingleValue(schema) is { } value)
                {
                    result.Add(union + CSharpNames.Pascal(value));
                }

                if (BaseComponent(schema, all) is { } component)
                {
                    result.Add(union + WithoutCommonWords(union, CSharpNames.Pascal(component)));
                }

                foreach (var property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    if (property.Value is not OpenApiSchemaReference && SingleValue(property.Value) is { } tag)
                    {
                        result.Add(union + CSharpNames.Pascal(tag));
                        break;
                    }
                }

                string? own = schema.Properties?.Keys.FirstOrDefault(p => !all.Any(o => !ReferenceEquals(o, schema) && o.Properties?.ContainsKey(p) == true));
                if (own is not null)
                {
                    result.Add(union + "With" + CSharpNames.Pascal(own));
                }
            }

            result.Add(union + "Option" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return result.Distinct(StringComparer.Ordinal).ToList();
        }

        private static string? SingleValue(IOpenApiSchema schema)
        {
            if (schema.Const is { } constant)
            {
                return constant;
            }

            return schema.Enum is { Count: 1 } values && values[0] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
        }

        private static string? BaseComponent(IOpenApiSchema schema, IReadOnlyList<IOpenApiSchema> all)
        {
            foreach (IOpenApiSchema part in schema.AllOf ?? new List<IOpenApiSchema>())
            {
                if (part is OpenApiSchemaReference { Reference.Id: { } id }
                    && !all.All(o => o.AllOf?.Any(p => p is OpenApiSchemaReference { Reference.Id: { } other } && other == id) == true))
                {
                    return id;
                }
            }

            return null;
        }

        /// <summary>The name without the leading words it shares with the union's (<c>RepositoryRuleCreation</c> → <c>Creation</c>).</summary>
        private static string WithoutCommonWords(string union, string name)
        {
            int common = 0;
            for (int i = 1; i <= Math.Min(union.Length, name.Length); i++)
            {
                if (union[i - 1] != name[i - 1])
                {
                    break;
                }

                if (i == name.Length || char.IsUpper(name[i]))
                {
                    common = i;
                }
            }

            return common < name.Length ? name.Substring(common) : name;
        }
    }
}
