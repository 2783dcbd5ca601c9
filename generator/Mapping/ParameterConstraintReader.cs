using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Model;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Reads the constraints of a scalar parameter's schema (arrays and objects are not checked). A constraint no value
    /// can meet (an invalid pattern, a minimum above the maximum) would make every call throw, so it is reported
    /// (<c>schemaPointer</c> locates it) and not checked. An <c>enum</c> is no constraint: enums are open (a value the
    /// API adds later is sent), so only closed sets are checked — ranges, lengths and patterns.
    /// </summary>
    internal static class ParameterConstraintReader
    {
        public static ParameterConstraints? Read(IOpenApiSchema? schema, TypeRef type, string parameter, string schemaPointer, List<SpecProblem> problems)
        {
            if (schema is null || References.IsBroken(schema) || type.Kind == TypeRefKind.List || type.Kind == TypeRefKind.Map || type.Kind == TypeRefKind.Object)
            {
                return null;
            }

            double? minimum = Number(schema.Minimum);
            double? maximum = Number(schema.Maximum);
            bool exclusiveMinimum = false, exclusiveMaximum = false;

            // OpenAPI 3.1 gives the exclusive bound as a number; 3.0 as a flag on minimum/maximum.
            if (Number(schema.ExclusiveMinimum) is { } lower)
            {
                minimum = lower;
                exclusiveMinimum = true;
            }
            else if (schema.ExclusiveMinimum == "true")
            {
                exclusiveMinimum = minimum is not null;
            }

            if (Number(schema.ExclusiveMaximum) is { } upper)
            {
                maximum = upper;
                exclusiveMaximum = true;
            }
            else if (schema.ExclusiveMaximum == "true")
            {
                exclusiveMaximum = maximum is not null;
            }

            bool isText = type.JsonName == TypeRefs.String.JsonName;
            int? minLength = isText ? schema.MinLength : null;
            int? maxLength = isText ? schema.MaxLength : null;
            string? pattern = isText && !string.IsNullOrEmpty(schema.Pattern) ? schema.Pattern : null;
            bool numeric = type.IsValueType && (type.JsonName.EndsWith("Int64") || type.JsonName.EndsWith("Int32") || type.JsonName.EndsWith("Double") || type.JsonName.EndsWith("Decimal"));
            if (!numeric)
            {
                minimum = maximum = null;
            }

            if (minimum > maximum || (minimum == maximum && minimum is not null && (exclusiveMinimum || exclusiveMaximum)))
            {
                problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.InvalidConstraint.Id, schemaPointer, parameter, "no number is at least " + Text(minimum) + " and at most " + Text(maximum)));
                minimum = maximum = null;
                exclusiveMinimum = exclusiveMaximum = false;
            }

            if (minLength > maxLength)
            {
                problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.InvalidConstraint.Id, schemaPointer, parameter, "minLength " + minLength + " is above maxLength " + maxLength));
                minLength = maxLength = null;
            }

            if (pattern is not null && !IsValidPattern(pattern))
            {
                problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.InvalidConstraint.Id, schemaPointer, parameter, "the pattern '" + pattern + "' is not a valid .NET regular expression"));
                pattern = null;
            }

            if (minimum is null && maximum is null && minLength is null && maxLength is null && pattern is null)
            {
                return null;
            }

            return new ParameterConstraints(minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern);
        }

        /// <summary>Whether the runtime's check (<c>new Regex(pattern, CultureInvariant)</c>) can compile the pattern.</summary>
        private static bool IsValidPattern(string pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private static string Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "-";

        private static double? Number(string? text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;
    }
}
