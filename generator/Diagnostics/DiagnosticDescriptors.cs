using Microsoft.CodeAnalysis;

namespace OpenApiClientGen.Diagnostics
{
    /// <summary>Every diagnostic the generator reports. Ids are stable: users suppress them by id.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "OpenApiClientGen";

        public static readonly DiagnosticDescriptor UnreadableSpec = new DiagnosticDescriptor(
            "OACG0001", "The OpenAPI description cannot be read", "{0} cannot be read: {1}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor SpecError = new DiagnosticDescriptor(
            "OACG0002", "The OpenAPI description has an error", "{0}: {1}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnresolvedReference = new DiagnosticDescriptor(
            "OACG0003", "A $ref cannot be resolved", "The reference '{0}' does not resolve to anything in the document; the value is mapped to JsonElement",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor Unsupported = new DiagnosticDescriptor(
            "OACG0004", "Part of the OpenAPI description is not supported", "{0} is skipped: {1}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor GeneratorFailure = new DiagnosticDescriptor(
            "OACG0005", "The client could not be generated", "Generating a client from {0} failed: {1}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NoOperations = new DiagnosticDescriptor(
            "OACG0006", "The OpenAPI description has no operations", "{0} has no operations; the client has no methods",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnmappableSchema = new DiagnosticDescriptor(
            "OACG0007", "A schema cannot be mapped to a type", "Schema '{0}' {1}; it is mapped to JsonElement",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UncallableOperation = new DiagnosticDescriptor(
            "OACG0008", "An operation's path cannot be built from its parameters", "{0} {1}: {2}; the generated method would fail on every call",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidConstraint = new DiagnosticDescriptor(
            "OACG0009", "A parameter constraint is invalid", "Parameter '{0}': {1}; the generated method does not check it",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateClient = new DiagnosticDescriptor(
            "OACG0010", "Two descriptions generate the same client", "{0} is already generated from {1}; give this AdditionalFiles item another OpenApiClientGen_ClientName or OpenApiClientGen_Namespace",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnmatchedFilter = new DiagnosticDescriptor(
            "OACG0011", "An operation filter selects nothing", "{0}: {1}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static DiagnosticDescriptor? Find(string id)
        {
            switch (id)
            {
                case "OACG0001": return UnreadableSpec;
                case "OACG0002": return SpecError;
                case "OACG0003": return UnresolvedReference;
                case "OACG0004": return Unsupported;
                case "OACG0005": return GeneratorFailure;
                case "OACG0006": return NoOperations;
                case "OACG0007": return UnmappableSchema;
                case "OACG0008": return UncallableOperation;
                case "OACG0009": return InvalidConstraint;
                case "OACG0010": return DuplicateClient;
                case "OACG0011": return UnmatchedFilter;
                default: return null;
            }
        }
    }
}
