using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("OpenApiClientGen.Generator.Tests")]
