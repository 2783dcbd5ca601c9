namespace OpenApiClientGen.Model
{
    /// <summary>
    /// What the consumer's compilation references of the Microsoft.Extensions hosting stack, read once per compilation.
    /// Dependency-injection registrations are generated only when <see cref="HttpClientFactory"/> holds (Microsoft.Extensions.Http
    /// 8 or later), so projects without it compile nothing extra.
    /// </summary>
    internal sealed record HostingSupport(bool HttpClientFactory, bool Configuration, bool KeyedServices)
    {
        public static readonly HostingSupport None = new HostingSupport(false, false, false);
    }

    /// <summary>The names a client's registration needs, and what the consumer can compile; one generated file.</summary>
    internal sealed record ClientRegistration(string Namespace, string ClientName, string OptionsName, HostingSupport Hosting)
    {
        public string HintName => Namespace + "." + ClientName + ".DependencyInjection.g.cs";
    }
}
