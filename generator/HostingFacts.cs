using Microsoft.CodeAnalysis;
using OpenApiClientGen.Model;

namespace OpenApiClientGen
{
    /// <summary>Reads from the compilation, up front, the only facts the pipeline takes from it: which hosting APIs it references.</summary>
    internal static class HostingFacts
    {
        private const string HttpClientFactoryExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
        // New in Microsoft.Extensions.Http 8, with the ConfigurePrimaryHttpMessageHandler((handler, services) => …) the registration uses.
        private const string HttpClientFactory8 = "Microsoft.Extensions.Http.Logging.IHttpClientLogger";
        private const string Configuration = "Microsoft.Extensions.Configuration.IConfiguration";

        // Keyed services came with Microsoft.Extensions.DependencyInjection.Abstractions 8.
        private const string KeyedServices = "Microsoft.Extensions.DependencyInjection.FromKeyedServicesAttribute";

        public static HostingSupport Read(Compilation compilation)
        {
            if (compilation.GetTypeByMetadataName(HttpClientFactoryExtensions) is null || compilation.GetTypeByMetadataName(HttpClientFactory8) is null)
            {
                return HostingSupport.None;
            }

            return new HostingSupport(
                HttpClientFactory: true,
                Configuration: compilation.GetTypeByMetadataName(Configuration) is not null,
                KeyedServices: compilation.GetTypeByMetadataName(KeyedServices) is not null);
        }
    }
}
