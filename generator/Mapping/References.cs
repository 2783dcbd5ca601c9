using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.OpenApi;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Reading;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// Reads <c>$ref</c>s without trusting them. OpenAPI.NET hands out a reference whose target is null when it
    /// dangles (and every member read through it is empty or fails), and throws <see cref="InvalidOperationException"/>
    /// from any read through a circular alias (<c>A → A</c>, <c>A → B → A</c>); so the mapper asks here first.
    /// </summary>
    internal static class References
    {
        /// <summary>True when <paramref name="value"/> is a reference that does not lead to an object.</summary>
        public static bool IsBroken(object? value) => value is IOpenApiReferenceHolder && Status(value) != ReferenceStatus.Resolved;

        /// <summary>Reports a <c>$ref</c> that does not resolve at <paramref name="pointer"/> (OACG0003); true when it was one.</summary>
        public static bool ReportIfBroken(object? value, string pointer, List<SpecProblem> problems)
        {
            if (!IsBroken(value))
            {
                return false;
            }

            problems.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UnresolvedReference.Id, pointer + "/$ref", Text(value)));
            return true;
        }

        /// <summary>Whether a reference resolves, dangles, or runs in a circle (non-references resolve).</summary>
        public static ReferenceStatus Status(object? value) => value is IOpenApiReferenceHolder ? Resolve(value).Status : ReferenceStatus.Resolved;

        /// <summary>
        /// What <paramref name="value"/> stands for: a reference's target when it resolves, else the value itself. Read
        /// a referenced object's members from this: OpenAPI.NET resolves a reference again on every member read.
        /// </summary>
        public static T Resolved<T>(T value)
            where T : class =>
            value is IOpenApiReferenceHolder && Resolve(value) is { Status: ReferenceStatus.Resolved, Target: T target } ? target : value;

        /// <summary>The reference as written (<c>#/components/schemas/Missing</c>), for messages.</summary>
        public static string Text(object? value)
        {
            BaseOpenApiReference? reference = value switch
            {
                OpenApiSchemaReference r => r.Reference,
                OpenApiParameterReference r => r.Reference,
                OpenApiResponseReference r => r.Reference,
                OpenApiRequestBodyReference r => r.Reference,
                OpenApiHeaderReference r => r.Reference,
                OpenApiSecuritySchemeReference r => r.Reference,
                OpenApiPathItemReference r => r.Reference,
                OpenApiMediaTypeReference r => r.Reference,
                _ => null,
            };
            return reference?.ReferenceV3 ?? reference?.Id ?? "?";
        }

        // One resolution per reference object (each costs OpenAPI.NET a workspace lookup, a URI and a string split),
        // kept as long as the object lives.
        private static readonly ConditionalWeakTable<object, Resolution> Resolutions = new ConditionalWeakTable<object, Resolution>();

        private static Resolution Resolve(object reference) => Resolutions.GetValue(reference, value =>
        {
            try
            {
                object? target = Target(value);
                return ((IOpenApiReferenceHolder)value).UnresolvedReference || target is null
                    ? new Resolution(ReferenceStatus.Dangling, null)
                    : new Resolution(ReferenceStatus.Resolved, target);
            }
            catch (InvalidOperationException)
            {
                return new Resolution(ReferenceStatus.Circular, null);
            }
        });

        private static object? Target(object value) => value switch
        {
            OpenApiSchemaReference r => r.Target,
            OpenApiParameterReference r => r.Target,
            OpenApiResponseReference r => r.Target,
            OpenApiRequestBodyReference r => r.Target,
            OpenApiHeaderReference r => r.Target,
            OpenApiSecuritySchemeReference r => r.Target,
            OpenApiPathItemReference r => r.Target,
            OpenApiMediaTypeReference r => r.Target,
            _ => value,
        };

        private sealed class Resolution
        {
            public Resolution(ReferenceStatus status, object? target)
            {
                Status = status;
                Target = target;
            }

            public ReferenceStatus Status { get; }

            public object? Target { get; }
        }
    }

    internal enum ReferenceStatus
    {
        Resolved,
        Dangling,
        Circular,
    }
}
