using System.Collections.Immutable;
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
            // Every JSON/YAML text, for the specs that reference other files: each spec's input carries only the texts
            // it references, so editing an unrelated file leaves its model cached.
            IncrementalValueProvider<ImmutableArray<ExternalDocument>> documents = context.AdditionalTextsProvider
                .Where(static file => SpecInputs.IsDescriptionFile(file.Path))
                .Select(static (file, cancellationToken) => new ExternalDocument(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
                .Collect();

            IncrementalValueProvider<SpecSelection> selection = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .SelectMany(static (pair, cancellationToken) => SpecInputs.Create(pair.Left, pair.Right, cancellationToken))
                .Collect()
                .Combine(documents)
                .Select(static (pair, cancellationToken) => SpecInputs.Select(pair.Left, pair.Right, cancellationToken));
            context.RegisterSourceOutput(selection.Select(static (found, _) => found.Conflicts), ReportAll);

            IncrementalValuesProvider<SpecInput> specs = selection
                .SelectMany(static (found, _) => found.Inputs.Items)
                .WithTrackingName(TrackingNames.SpecInput);

            IncrementalValuesProvider<ApiModel> models = specs
                .Select(static (input, cancellationToken) => ApiModelBuilder.Build(input, cancellationToken))
                .WithTrackingName(TrackingNames.ApiModel);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = models
                .Select(static (model, _) => model.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, ReportAll);

            IncrementalValuesProvider<GeneratedSlice> slices = models
                .SelectMany(static (model, _) => Slicer.Slice(model))
                .WithTrackingName(TrackingNames.Slices);
            context.RegisterSourceOutput(slices, static (output, slice) =>
                output.AddSource(slice.HintName, SourceText.From(SliceEmitter.Emit(slice), System.Text.Encoding.UTF8)));

            RegisterDependencyInjection(context, models);
        }

        /// <summary>
        /// <c>services.Add{Client}(…)</c> per client, only for consumers that reference Microsoft.Extensions.Http. The
        /// compilation is reduced to an equatable fact first, so user edits leave this output cached.
        /// </summary>
        private static void RegisterDependencyInjection(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ApiModel> models)
        {
            IncrementalValueProvider<HostingSupport> hosting = context.CompilationProvider
                .Select(static (compilation, _) => HostingFacts.Read(compilation))
                .WithTrackingName(TrackingNames.HostingSupport);

            IncrementalValuesProvider<ClientRegistration> registrations = models
                .Combine(hosting)
                .SelectMany(static (pair, _) => pair.Left.Client is { } client && pair.Right.HttpClientFactory
                    ? ImmutableArray.Create(new ClientRegistration(client.Namespace, client.Name, client.OptionsName, pair.Right))
                    : ImmutableArray<ClientRegistration>.Empty)
                .WithTrackingName(TrackingNames.Registrations);
            context.RegisterSourceOutput(registrations, static (output, registration) =>
                output.AddSource(registration.HintName, SourceText.From(DependencyInjectionEmitter.Emit(registration), System.Text.Encoding.UTF8)));
        }

        private static void ReportAll(SourceProductionContext output, EquatableArray<DiagnosticInfo> found)
        {
            foreach (DiagnosticInfo info in found)
            {
                output.ReportDiagnostic(ToDiagnostic(info));
            }
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

        /// <summary>What the compilation references of the hosting stack (Microsoft.Extensions.Http and friends).</summary>
        public const string HostingSupport = nameof(HostingSupport);

        /// <summary>The dependency-injection registrations, one per client.</summary>
        public const string Registrations = nameof(Registrations);
    }
}
