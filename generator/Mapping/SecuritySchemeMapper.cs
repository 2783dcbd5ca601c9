using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Model;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>Maps <c>components.securitySchemes</c> to the credential factories the generated client offers.</summary>
    internal static class SecuritySchemeMapper
    {
        public static EquatableArray<SecuritySchemeModel> Map(OpenApiDocument document, List<SpecProblem> problems)
        {
            var result = new List<SecuritySchemeModel>();
            if (document.Components?.SecuritySchemes is not { } schemes)
            {
                return EquatableArray<SecuritySchemeModel>.Empty;
            }

            var names = new NameScope(CSharpNames.ObjectMembers);
            foreach (var entry in schemes.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                IOpenApiSecurityScheme scheme = entry.Value;
                string pointer = "/components/securitySchemes/" + SchemaMapper.Escape(entry.Key);
                if (References.IsBroken(scheme))
                {
                    problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UnresolvedReference.Id, pointer + "/$ref", References.Text(scheme)));
                    continue;
                }

                string name = names.ClaimMember(CSharpNames.Pascal(entry.Key));
                switch (scheme.Type)
                {
                    case SecuritySchemeType.ApiKey when scheme.In is Microsoft.OpenApi.ParameterLocation.Header or Microsoft.OpenApi.ParameterLocation.Query or Microsoft.OpenApi.ParameterLocation.Cookie && !string.IsNullOrEmpty(scheme.Name):
                        result.Add(new SecuritySchemeModel(name, SecuritySchemeKind.ApiKey, scheme.Name, scheme.In.ToString(), scheme.Description, null, null));
                        break;
                    case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                        result.Add(new SecuritySchemeModel(name, SecuritySchemeKind.Basic, null, null, scheme.Description, null, null));
                        break;
                    case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase):
                        result.Add(new SecuritySchemeModel(name, SecuritySchemeKind.Bearer, null, null, scheme.Description, null, null));
                        break;
                    case SecuritySchemeType.OAuth2:
                    case SecuritySchemeType.OpenIdConnect:
                        OpenApiOAuthFlows? flows = scheme.Flows;
                        string? tokenUrl = (flows?.ClientCredentials ?? flows?.AuthorizationCode ?? flows?.Password)?.TokenUrl?.ToString();
                        tokenUrl = tokenUrl is null ? null : names.IsTaken(name + "TokenUrl") ? null : tokenUrl;
                        if (tokenUrl is not null)
                        {
                            names.Claim(name + "TokenUrl");
                        }

                        result.Add(new SecuritySchemeModel(name, SecuritySchemeKind.OAuth2, null, null, scheme.Description, tokenUrl, null));
                        break;
                    default:
                        problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.Unsupported.Id, pointer, "Security scheme '" + entry.Key + "'", "its type is not supported; use ApiCredentials directly"));
                        break;
                }
            }

            return result.ToEquatableArray();
        }
    }
}
