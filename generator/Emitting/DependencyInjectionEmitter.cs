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
            string client = Names.Qualified(registration.Namespace, registration.ClientName);
            string options = Names.Qualified(registration.Namespace, registration.OptionsName);
            string method = "Add" + registration.ClientName;
            string configure = "global::System.Action<" + options + ">?";
            var w = new SourceWriter().Header();
            w.Open("namespace " + registration.Namespace);
            w.Line("/// <summary>");
            w.Line("/// Registers <see cref=\"" + registration.ClientName + "\"/> with dependency injection: a transient client on an HttpClient from");
            w.Line("/// IHttpClientFactory, which owns the handler's lifetime (the client borrows the HttpClient and never disposes it).");
            w.Line("/// </summary>");
            w.Open("public static partial class " + registration.ClientName + "ServiceCollectionExtensions");

            Documentation(w, "Registers <see cref=\"" + registration.ClientName + "\"/> (transient) on the HttpClient named <c>" + registration.ClientName + "</c>.", named: false, configured: false);
            w.Line("public static " + Builder + " " + method + "(this " + Services + " services, " + configure + " configure = null, " + Credentials + " credentials = null)");
            w.Line("{");
            w.Line("    global::System.ArgumentNullException.ThrowIfNull(services);");
            w.Line("    var chain = new " + Chain + "();");
            w.Line("    string optionsName = " + Options + "Options.DefaultName;");
            w.Line("    " + Builder + " builder = " + DependencyInjection + "HttpClientFactoryServiceCollectionExtensions.AddHttpClient<" + client + ", " + client + ">(");
            w.Line("        services, (httpClient, provider) => Create(provider, httpClient, optionsName, chain, credentials));");
            w.Line("    return Register(builder, optionsName, chain, configure);");
            w.Line("}");

            if (registration.Hosting.Configuration)
            {
                w.Line();
                Documentation(w, "Registers <see cref=\"" + registration.ClientName + "\"/> (transient) with options read from <paramref name=\"configuration\"/>.", named: false, configured: true);
                w.Line("public static " + Builder + " " + method + "(this " + Services + " services, " + Configuration + " configuration, " + configure + " configure = null, " + Credentials + " credentials = null) =>");
                w.Line("    " + method + "(services, Bound(configuration, configure), credentials);");
            }

            if (registration.Hosting.KeyedServices)
            {
                w.Line();
                Documentation(w, "Registers <see cref=\"" + registration.ClientName + "\"/> as a keyed service (<c>[FromKeyedServices(name)]</c>) on the HttpClient named <c>" + registration.ClientName + ":</c><paramref name=\"name\"/>, with options named <paramref name=\"name\"/>.", named: true, configured: false);
                w.Line("public static " + Builder + " " + method + "(this " + Services + " services, string name, " + configure + " configure = null, " + Credentials + " credentials = null)");
                w.Line("{");
                w.Line("    global::System.ArgumentNullException.ThrowIfNull(services);");
                w.Line("    global::System.ArgumentException.ThrowIfNullOrEmpty(name);");
                w.Line("    var chain = new " + Chain + "();");
                w.Line("    " + Builder + " builder = " + DependencyInjection + "HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, " + CSharpNames.Literal(registration.ClientName + ":") + " + name);");
                w.Line("    string httpClientName = builder.Name;");
                w.Line("    " + DependencyInjection + "ServiceCollectionServiceExtensions.AddKeyedTransient<" + client + ">(services, name, (provider, _) => Create(");
                w.Line("        provider, " + DependencyInjection + "ServiceProviderServiceExtensions.GetRequiredService<global::System.Net.Http.IHttpClientFactory>(provider).CreateClient(httpClientName), name, chain, credentials));");
                w.Line("    return Register(builder, name, chain, configure);");
                w.Line("}");
                if (registration.Hosting.Configuration)
                {
                    w.Line();
                    Documentation(w, "Registers <see cref=\"" + registration.ClientName + "\"/> as a keyed service with options named <paramref name=\"name\"/> read from <paramref name=\"configuration\"/>.", named: true, configured: true);
                    w.Line("public static " + Builder + " " + method + "(this " + Services + " services, string name, " + Configuration + " configuration, " + configure + " configure = null, " + Credentials + " credentials = null) =>");
                    w.Line("    " + method + "(services, name, Bound(configuration, configure), credentials);");
                }
            }

            EmitHelpers(w, registration, client, options, configure);
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void Documentation(SourceWriter w, string summary, bool named, bool configured)
        {
            w.Line("/// <summary>" + summary + "</summary>");
            w.Line("/// <param name=\"services\">The service collection.</param>");
            if (named)
            {
                w.Line("/// <param name=\"name\">The service key, also naming the options and (prefixed) the HttpClient.</param>");
            }

            if (configured)
            {
                w.Line("/// <param name=\"configuration\">The client's section (<c>BaseAddress</c>, <c>UserAgent</c>, <c>Timeout</c>, <c>Retry:MaxAttempts</c>, …), read without reflection each time a client is created.</param>");
            }

            w.Line("/// <param name=\"configure\">Sets the options of each client created" + (configured ? ", after the configuration" : string.Empty) + ".</param>");
            w.Line("/// <param name=\"credentials\">Gives each client created its credentials from the services (an <c>IAccessTokenProvider</c>, a secret store); null keeps the configured ones.</param>");
            w.Line("/// <returns>The HttpClient's builder, to chain <c>AddStandardResilienceHandler()</c>, <c>AddHttpMessageHandler&lt;T&gt;()</c> or <c>ConfigurePrimaryHttpMessageHandler(…)</c>.</returns>");
        }

        private static void EmitHelpers(SourceWriter w, ClientRegistration registration, string client, string options, string configure)
        {
            if (registration.Hosting.Configuration)
            {
                w.Line();
                w.Line("private static global::System.Action<" + options + "> Bound(" + Configuration + " configuration, " + configure + " configure)");
                w.Line("{");
                w.Line("    global::System.ArgumentNullException.ThrowIfNull(configuration);");
                w.Line("    return options =>");
                w.Line("    {");
                w.Line("        " + Names.Runtime + "DependencyInjection.ApiClientSettings.Apply(options, global::Microsoft.Extensions.Configuration.ConfigurationExtensions.AsEnumerable(configuration, makePathsRelative: true));");
                w.Line("        configure?.Invoke(options);");
                w.Line("    };");
                w.Line("}");
            }

            w.Line();
            w.Line("private static " + Builder + " Register(" + Builder + " builder, string optionsName, " + Chain + " chain, " + configure + " configure)");
            w.Line("{");
            w.Line("    " + Options + "OptionsBuilder<" + options + "> registered = " + DependencyInjection + "OptionsServiceCollectionExtensions.AddOptions<" + options + ">(builder.Services, optionsName);");
            w.Line("    if (configure is not null)");
            w.Line("    {");
            w.Line("        registered.Configure(configure);");
            w.Line("    }");
            w.Line();
            w.Line("    // The client follows redirects (re-sending credentials to the same origin only) and keeps cookies per client itself.");
            w.Line("    " + DependencyInjection + "HttpClientBuilderExtensions.ConfigurePrimaryHttpMessageHandler(builder, (handler, _) => " + Names.Runtime + "DependencyInjection.FactoryClientOptions.ConfigurePrimaryHandler(handler));");
            w.Line();
            w.Line("    // Post-configured, so it runs after every handler added by calls chained on the builder (AddStandardResilienceHandler()).");
            w.Line("    " + DependencyInjection + "OptionsServiceCollectionExtensions.PostConfigure<global::Microsoft.Extensions.Http.HttpClientFactoryOptions>(builder.Services, builder.Name,");
            w.Line("        factory => factory.HttpMessageHandlerBuilderActions.Add(handlerBuilder => chain.Observe(handlerBuilder.AdditionalHandlers)));");
            w.Line("    return builder;");
            w.Line("}");
            w.Line();
            w.Line("private static " + client + " Create(" + ServiceProvider + " provider, global::System.Net.Http.HttpClient httpClient, string optionsName, " + Chain + " chain, " + Credentials + " credentials)");
            w.Line("{");
            w.Line("    // A fresh options object per client (IOptionsFactory, not the cached monitor value): each one borrows its own HttpClient.");
            w.Line("    " + options + " options = " + DependencyInjection + "ServiceProviderServiceExtensions.GetRequiredService<" + Options + "IOptionsFactory<" + options + ">>(provider).Create(optionsName);");
            w.Line("    " + Names.Runtime + "DependencyInjection.FactoryClientOptions.Complete(options, httpClient, chain, provider, " + CSharpNames.Literal(registration.Namespace + "." + registration.ClientName) + ", credentials);");
            w.Line("    return new " + client + "(options);");
            w.Line("}");
        }
    }
}
