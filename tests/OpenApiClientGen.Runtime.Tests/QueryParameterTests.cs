using System.Globalization;
using OpenApiClientGen.Runtime.Json;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class QueryParameterTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    private enum Direction
    {
        Asc,
    }

    [Fact]
    public async Task Arrays_are_repeated_when_exploded_and_comma_joined_otherwise()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/echo");
        request.QueryParameter("labels", new[] { "bug", "help wanted" });
        request.QueryParameter("ids", new List<int> { 1, 2, 3 }, explode: false);

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("/echo?labels=bug&labels=help%20wanted&ids=1,2,3", echo.RawTarget);
    }

    [Fact]
    public async Task Nulls_empty_arrays_and_null_items_are_omitted()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/echo");
        request.QueryParameter("since", null);
        request.QueryParameter("empty", Array.Empty<string>());
        request.QueryParameter("tags", new string?[] { null, "a", null });
        request.QueryParameter("page", 2);

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("/echo?tags=a&page=2", echo.RawTarget);
    }

    [Fact]
    public async Task Names_and_values_are_encoded_per_rfc_3986()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/echo");
        request.QueryParameter("q", "repo:octo/hello is:open & 100% +1 ä");
        request.QueryParameter("a b", "=");

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("/echo?q=repo%3Aocto%2Fhello%20is%3Aopen%20%26%20100%25%20%2B1%20%C3%A4&a%20b=%3D", echo.RawTarget);
    }

    public static TheoryData<object, string> FormattedValues() => new()
    {
        { true, "true" },
        { false, "false" },
        { 1234567, "1234567" },
        { -12L, "-12" },
        { 0.1, "0.1" },
        { 1.5f, "1.5" },
        { 1234.5m, "1234.5" },
        { new DateTimeOffset(2024, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)), "2024-01-02T03%3A04%3A05Z" },
        { new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1_250_000), "2024-01-02T03%3A04%3A05.125Z" },
        { new DateOnly(2024, 12, 31), "2024-12-31" },
        { new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "0f8fad5b-d9cb-469f-a165-70867728950e" },
        { Direction.Asc, "Asc" },
        { new Visibility("all-repos"), "all-repos" },
    };

    [Theory]
    [MemberData(nameof(FormattedValues))]
    public async Task Values_are_formatted_independently_of_the_current_culture(object value, string expected)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            using ApiClientCore core = server.CreateCore();
            var request = new ApiRequest("GET", "/echo");
            request.QueryParameter("v", value);

            EchoResponse echo = await core.EchoAsync(request);

            Assert.Equal("/echo?v=" + expected, echo.RawTarget);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private readonly record struct Visibility(string Value) : IApiEnum;
}
