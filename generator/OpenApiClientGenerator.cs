using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenApiClientGen.Diagnostics;
using OpenApiClientGen.Emitting;
using OpenApiClientGen.Model;

namespace OpenApiClientGen
{
    /// <summary>
    /// Generates a typed client for every OpenAPI description added as an <c>AdditionalFiles</c> item.
    /// Pipeline: spec text + options → code model (read and mapped once per text change) → one slice per file → C#.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class OpenApiClientGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<SpecInput> specs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => SpecInputs.Create(pair.Left, pair.Right, cancellationToken))
                .Where(static input => input is not null)
                .Select(static (input, _) => input!)
                .WithTrackingName(TrackingNames.SpecInput);

            IncrementalValuesProvider<ApiModel> models = specs
                .Select(static (input, cancellationToken) => ApiModelBuilder.Build(input, cancellationToken))
                .WithTrackingName(TrackingNames.ApiModel);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = models
                .Select(static (model, _) => model.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (output, found) =>
            {
                foreach (DiagnosticInfo info in found)
                {
                    output.ReportDiagnostic(ToDiagnostic(info));
                }
            });

            IncrementalValuesProvider<GeneratedSlice> slices = models
                .SelectMany(static (model, _) => Slicer.Slice(model))
                .WithTrackingName(TrackingNames.Slices);
            context.RegisterSourceOutput(slices, static (output, slice) =>
                output.AddSource(slice.HintName, SourceText.From(SliceEmitter.Emit(slice), System.Text.Encoding.UTF8)));
        }

        private static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            DiagnosticDescriptor descriptor = DiagnosticDescriptors.Find(info.Id) ?? DiagnosticDescriptors.GeneratorFailure;
            Location location = Location.None;
            if (info.Location is { } at)
            {
                var start = new LinePosition(at.Line, at.Column);
                location = Location.Create(at.FilePath, new TextSpan(at.Start, at.Length), new LinePositionSpan(start, new LinePosition(at.Line, at.Column + at.Length)));
            }

            object[] arguments = new object[info.Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = info.Arguments[i];
            }

            return Diagnostic.Create(descriptor, location, arguments);
        }
    }

    /// <summary>Step names tests use to check what the incremental pipeline cached.</summary>
    public static class TrackingNames
    {
        /// <summary>The spec text and options.</summary>
        public const string SpecInput = nameof(SpecInput);

        /// <summary>The code model.</summary>
        public const string ApiModel = nameof(ApiModel);

        /// <summary>The diagnostics.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>The per-file slices.</summary>
        public const string Slices = nameof(Slices);
    }
}
