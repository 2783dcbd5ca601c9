using OpenApiClientGen.Mapping;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>
    /// Emits <c>services.Add{Client}(…)</c>: the client as a transient typed client on an HttpClient from
    /// IHttpClientFactory (which owns the handler's lifetime), options from code or configuration, keyed registrations
    /// for several credentials, and one layer of retries when the handler chain already retries.
    /// </summary>
    internal static class DependencyInjectionEmitter
    {
        private const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection.";
        private const string Builder = DependencyInjection + "IHttpClientBuilder";
        private const string Services = DependencyInjection + "IServiceCollection";
        private const string ServiceProvider = "global::System.IServiceProvider";
        private const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
        private const string Options = "global::Microsoft.Extensions.Options.";
        private const string Chain = Names.Runtime + "DependencyInjection.HandlerChainRetries";
        private const string Credentials = "global::System.Func<" + ServiceProvider + ", " + Names.Runtime + "ApiCredentials?>?";

        public static string Emit(ClientRegistration registration)
        {
            string name = registration.ClientName;
            string client = Names.Qualified(registration.Namespace, name);
            string options = Names.Qualified(registration.Namespace, registration.OptionsName);
            string method = $"Add{name}";
            string configure = $"global::System.Action<{options}>?";
            var w = new SourceWriter().Header();
            w.Open($"namespace {registration.Namespace}");
            w.Lines($$"""
                /// <summary>
                /// Registers <see cref="{{name}}"/> with dependency injection: a transient client on an HttpClient from
                /// IHttpClientFactory, which owns the handler's lifetime (the client borrows the HttpClient and never disposes it).
                /// </summary>
                """);
            w.Open($"public static partial class {name}ServiceCollectionExtensions");

            Documentation(w, $"""Registers <see cref="{name}"/> (transient) on the HttpClient named <c>{name}</c>.""", named: false, configured: false);
            w.Lines($$"""
                public static {{Builder}} {{method}}(this {{Services}} services, {{configure}} configure = null, {{Credentials}} credentials = null)
                {
                    global::System.ArgumentNullException.ThrowIfNull(services);
                    var chain = new {{Chain}}();
                    string optionsName = {{Options}}Options.DefaultName;
                    {{Builder}} builder = {{DependencyInjection}}HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{{client}}, {{client}}>(
                        services, (httpClient, provider) => Create(provider, httpClient, optionsName, chain, credentials));
                    return Register(builder, optionsName, chain, configure);
                }
                """);

            if (registration.Hosting.Configuration)
            {
                w.Line();
                Documentation(w, $"""Registers <see cref="{name}"/> (transient) with options read from <paramref name="configuration"/>.""", named: false, configured: true);
                w.Lines($$"""
                    public static {{Builder}} {{method}}(this {{Services}} services, {{Configuration}} configuration, {{configure}} configure = null, {{Credentials}} credentials = null) =>
                        {{method}}(services, Bound(configuration, configure), credentials);
                    """);
            }

            if (registration.Hosting.KeyedServices)
            {
                w.Line();
                Documentation(w, $"""Registers <see cref="{name}"/> as a keyed service (<c>[FromKeyedServices(name)]</c>) on the HttpClient named <c>{name}:</c><paramref name="name"/>, with options named <paramref name="name"/>.""", named: true, configured: false);
                w.Lines($$"""
                    public static {{Builder}} {{method}}(this {{Services}} services, string name, {{configure}} configure = null, {{Credentials}} credentials = null)
                    {
                        global::System.ArgumentNullException.ThrowIfNull(services);
                        global::System.ArgumentException.ThrowIfNullOrEmpty(name);
                        var chain = new {{Chain}}();
                        {{Builder}} builder = {{DependencyInjection}}HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, {{CSharpNames.Literal(name + ":")}} + name);
                        string httpClientName = builder.Name;
                        {{DependencyInjection}}ServiceCollectionServiceExtensions.AddKeyedTransient<{{client}}>(services, name, (provider, _) => Create(
                            provider, {{DependencyInjection}}ServiceProviderServiceExtensions.GetRequiredService<global::System.Net.Http.IHttpClientFactory>(provider).CreateClient(httpClientName), name, chain, credentials));
                        return Register(builder, name, chain, configure);
                    }
                    """);
                if (registration.Hosting.Configuration)
                {
                    w.Line();
                    Documentation(w, $"""Registers <see cref="{name}"/> as a keyed service with options named <paramref name="name"/> read from <paramref name="configuration"/>.""", named: true, configured: true);
                    w.Lines($$"""
                        public static {{Builder}} {{method}}(this {{Services}} services, string name, {{Configuration}} configuration, {{configure}} configure = null, {{Credentials}} credentials = null) =>
                            {{method}}(services, name, Bound(configuration, configure), credentials);
                        """);
                }
            }

            EmitHelpers(w, registration, client, options, configure);
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void Documentation(SourceWriter w, string summary, bool named, bool configured)
        {
            w.Lines($"""
                /// <summary>{summary}</summary>
                /// <param name="services">The service collection.</param>
                """);
            if (named)
            {
                w.Line("""/// <param name="name">The service key, also naming the options and (prefixed) the HttpClient.</param>""");
            }

            if (configured)
            {
                w.Line("""/// <param name="configuration">The client's section (<c>BaseAddress</c>, <c>UserAgent</c>, <c>Timeout</c>, <c>Retry:MaxAttempts</c>, …), read without reflection each time a client is created.</param>""");
            }

            string afterConfiguration = configured ? ", after the configuration" : string.Empty;
            w.Lines($"""
                /// <param name="configure">Sets the options of each client created{afterConfiguration}.</param>
                /// <param name="credentials">Gives each client created its credentials from the services (an <c>IAccessTokenProvider</c>, a secret store); null keeps the configured ones.</param>
                /// <returns>The HttpClient's builder, to chain <c>AddStandardResilienceHandler()</c>, <c>AddHttpMessageHandler&lt;T&gt;()</c> or <c>ConfigurePrimaryHttpMessageHandler(…)</c>.</returns>
                """);
        }

        private static void EmitHelpers(SourceWriter w, ClientRegistration registration, string client, string options, string configure)
        {
            if (registration.Hosting.Configuration)
            {
                w.Line();
                w.Lines($$"""
                    private static global::System.Action<{{options}}> Bound({{Configuration}} configuration, {{configure}} configure)
                    {
                        global::System.ArgumentNullException.ThrowIfNull(configuration);
                        return options =>
                        {
                            {{Names.Runtime}}DependencyInjection.ApiClientSettings.Apply(options, global::Microsoft.Extensions.Configuration.ConfigurationExtensions.AsEnumerable(configuration, makePathsRelative: true));
                            configure?.Invoke(options);
                        };
                    }
                    """);
            }

            string clientId = CSharpNames.Literal(registration.Namespace + "." + registration.ClientName);
            w.Line();
            w.Lines($$"""
                private static {{Builder}} Register({{Builder}} builder, string optionsName, {{Chain}} chain, {{configure}} configure)
                {
                    {{Options}}OptionsBuilder<{{options}}> registered = {{DependencyInjection}}OptionsServiceCollectionExtensions.AddOptions<{{options}}>(builder.Services, optionsName);
                    if (configure is not null)
                    {
                        registered.Configure(configure);
                    }

                    // The client follows redirects (re-sending credentials to the same origin only) and keeps cookies per client itself.
                    {{DependencyInjection}}HttpClientBuilderExtensions.ConfigurePrimaryHttpMessageHandler(builder, (handler, _) => {{Names.Runtime}}DependencyInjection.FactoryClientOptions.ConfigurePrimaryHandler(handler));

                    // Post-configured, so it runs after every handler added by calls chained on the builder (AddStandardResilienceHandler()).
                    {{DependencyInjection}}OptionsServiceCollectionExtensions.PostConfigure<global::Microsoft.Extensions.Http.HttpClientFactoryOptions>(builder.Services, builder.Name,
                        factory => factory.HttpMessageHandlerBuilderActions.Add(handlerBuilder => chain.Observe(handlerBuilder.AdditionalHandlers)));
                    return builder;
                }

                private static {{client}} Create({{ServiceProvider}} provider, global::System.Net.Http.HttpClient httpClient, string optionsName, {{Chain}} chain, {{Credentials}} credentials)
                {
                    // A fresh options object per client (IOptionsFactory, not the cached monitor value): each one borrows its own HttpClient.
                    {{options}} options = {{DependencyInjection}}ServiceProviderServiceExtensions.GetRequiredService<{{Options}}IOptionsFactory<{{options}}>>(provider).Create(optionsName);
                    {{Names.Runtime}}DependencyInjection.FactoryClientOptions.Complete(options, httpClient, chain, provider, {{clientId}}, credentials);
                    return new {{client}}(options);
                }
                """);
        }
    }
}
