using System.Text;
using Microsoft.CodeAnalysis;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>
/// The public surface of one namespace of a compilation as sorted text: every public type with its kind, base and
/// interfaces, and its public and protected members with full signatures. The same source gives the same text.
/// </summary>
internal static class PublicApi
{
    private static readonly SymbolDisplayFormat Format = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeModifiers
            | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeRef
            | SymbolDisplayMemberOptions.IncludeConstantValue | SymbolDisplayMemberOptions.IncludeExplicitInterface,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat TypeFormat = Format.WithKindOptions(SymbolDisplayKindOptions.None);

    public static string Render(Compilation compilation, string @namespace)
    {
        INamespaceSymbol root = compilation.Assembly.GlobalNamespace;
        foreach (string part in @namespace.Split('.'))
        {
            root = root.GetNamespaceMembers().Single(n => n.Name == part);
        }

        var text = new StringBuilder();
        foreach (INamespaceSymbol ns in Namespaces(root).OrderBy(n => n.ToDisplayString(), StringComparer.Ordinal))
        {
            var types = ns.GetTypeMembers().SelectMany(Nested).Where(IsVisible).OrderBy(t => t.ToDisplayString(Format), StringComparer.Ordinal).ToList();
            if (types.Count == 0)
            {
                continue;
            }

            text.Append("namespace ").Append(ns.ToDisplayString()).Append('\n');
            foreach (INamedTypeSymbol type in types)
            {
                text.Append("  ").Append(Declaration(type)).Append('\n');
                foreach (string member in type.GetMembers().Where(m => IsVisible(m) && m is not INamedTypeSymbol && !IsAccessor(m))
                             .Select(m => m.ToDisplayString(Format)).OrderBy(m => m, StringComparer.Ordinal))
                {
                    text.Append("    ").Append(member).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static IEnumerable<INamespaceSymbol> Namespaces(INamespaceSymbol ns) => new[] { ns }.Concat(ns.GetNamespaceMembers().SelectMany(Namespaces));

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type) => new[] { type }.Concat(type.GetTypeMembers().SelectMany(Nested));

    private static bool IsVisible(ISymbol symbol) =>
        !symbol.IsImplicitlyDeclared || symbol is IMethodSymbol { MethodKind: MethodKind.Constructor }
            ? symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
              && (symbol.ContainingType is null || IsVisible(symbol.ContainingType))
            : false;

    private static bool IsAccessor(ISymbol symbol) =>
        symbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove };

    private static string Declaration(INamedTypeSymbol type)
    {
        string modifiers = (type.IsStatic ? "static " : type.IsSealed && type.TypeKind == TypeKind.Class ? "sealed " : type.IsAbstract && type.TypeKind == TypeKind.Class ? "abstract " : string.Empty)
;
        var bases = new List<string>();
        if (type.BaseType is { SpecialType: not SpecialType.System_Object and not SpecialType.System_ValueType } baseType)
        {
            bases.Add(baseType.ToDisplayString(TypeFormat));
        }

        bases.AddRange(type.Interfaces.Select(i => i.ToDisplayString(TypeFormat)).OrderBy(i => i, StringComparer.Ordinal));
        return modifiers + type.ToDisplayString(Format) + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }
}
