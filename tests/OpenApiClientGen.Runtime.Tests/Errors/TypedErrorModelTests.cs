using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Errors;

public sealed class TypedErrorModelTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string BasicErrorJson = """{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}""";
    private const string FaultJson = """{"code":"overloaded","retry_in":30}""";

    [Fact]
    public async Task The_model_declared_for_the_status_is_deserialized_into_Error()
    {
        server.MapResponse("/exact", 404, BasicErrorJson);
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/exact");
        request.ErrorModel(404, ErrorModelContext.Default.BasicError);
        request.ErrorModel(503, ErrorModelContext.Default.ServiceFault);

        ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(() => core.SendAsync(request, CancellationToken.None));

        BasicError model = Assert.IsType<BasicError>(error.Error);
        Assert.Equal("Not Found", model.Message);
        Assert.Equal("https://docs.github.com/rest", model.DocumentationUrl);
        Assert.True(error.TryGetError(out BasicError? typed));
        Assert.Same(model, typed);
        Assert.False(error.TryGetError(out ServiceFault? _));
        Assert.Equal(BasicErrorJson, error.Body);
    }

    [Theory]
    [InlineData(503, typeof(ServiceFault))] // exact status beats the range and default
    [InlineData(500, typeof(BasicError))]   // 5XX range beats default
    [InlineData(409, typeof(ServiceFault))] // only default matches
    public async Task An_exact_status_wins_over_its_range_and_a_range_over_default(int status, Type expected)
    {
        string body = expected == typeof(ServiceFault) ? FaultJson : BasicErrorJson;
        server.MapResponse("/precedence", status, body);
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/precedence");
        request.ErrorModel(503, ErrorModelContext.Default.ServiceFault);
        request.ErrorModelRange(5, ErrorModelContext.Default.BasicError);
        request.ErrorModel(0, ErrorModelContext.Default.ServiceFault);

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => core.SendForTextAsync(request, CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.IsType(expected, error.Error);
    }

    [Fact]
    public async Task A_status_without_a_declared_model_leaves_Error_null()
    {
        server.MapResponse("/undeclared", 400, BasicErrorJson);
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/undeclared");
        request.ErrorModel(404, ErrorModelContext.Default.BasicError);
        request.ErrorModelRange(5, ErrorModelContext.Default.BasicError);

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => core.SendAsync(request, CancellationToken.None));

        Assert.Null(error.Error);
        Assert.False(error.TryGetError(out BasicError? _));
    }

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>", "text/html")]
    [InlineData("""{"code":"overloaded","retry_in":"soon"}""", "application/json")]
    [InlineData("""{"code":"over""", "application/json")]
    [InlineData("", "application/json")]
    public async Task A_body_that_does_not_fit_the_model_leaves_Error_null_and_keeps_the_exception(string body, string contentType)
    {
        server.MapResponse("/unfit", 502, body, contentType);
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/unfit");
        request.ErrorModel(502, ErrorModelContext.Default.ServiceFault);

        ApiServerException error = await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(request, ErrorModelContext.Default.BasicError, CancellationToken.None));

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Equal(body, error.Body ?? "");
    }

    [Fact]
    public async Task Typed_errors_reach_stream_responses_and_validation_exceptions()
    {
        server.MapResponse("/stream-error", 422, """{"message":"Validation Failed","documentation_url":"https://docs.github.com/rest/issues"}""");
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("POST", "/stream-error");
        request.ErrorModelRange(4, ErrorModelContext.Default.BasicError);

        ApiValidationException error = await Assert.ThrowsAsync<ApiValidationException>(() => core.SendForStreamAsync(request, CancellationToken.None));

        Assert.Equal("Validation Failed", Assert.IsType<BasicError>(error.Error).Message);
        Assert.Equal("https://docs.github.com/rest/issues", error.DocumentationUrl);
    }

    [Fact]
    public void Statuses_outside_the_HTTP_range_are_rejected()
    {
        var request = new ApiRequest("GET", "/x");

        Assert.Throws<ArgumentOutOfRangeException>(() => request.ErrorModel(99, ErrorModelContext.Default.BasicError));
        Assert.Throws<ArgumentOutOfRangeException>(() => request.ErrorModel(600, ErrorModelContext.Default.BasicError));
        Assert.Throws<ArgumentOutOfRangeException>(() => request.ErrorModelRange(0, ErrorModelContext.Default.BasicError));
        Assert.Throws<ArgumentOutOfRangeException>(() => request.ErrorModelRange(6, ErrorModelContext.Default.BasicError));
        Assert.Throws<ArgumentNullException>(() => request.ErrorModel<BasicError>(404, null!));
    }
}
