using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Telemetry;

/// <summary>The "OpenApiClientGen" Meter: the call duration histogram and the rate-limit gauge.</summary>
public sealed class MetricsTests : IClassFixture<ScriptedServer>, IDisposable
{
    private readonly ScriptedServer _server;
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, string? Unit, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    public MetricsTests(ScriptedServer server)
    {
        _server = server;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "OpenApiClientGen")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task Each_call_records_its_duration_in_seconds_with_operation_status_and_error_type()
    {
        _server.Map("/ok", EchoHandler.Respond);
        _server.MapResponse("/refused", 403, "{}");
        string ok = "ok-" + Guid.NewGuid().ToString("N");
        string refused = "refused-" + Guid.NewGuid().ToString("N");
        using ApiClientCore core = _server.CreateCore();

        await core.EchoAsync(new ApiRequest("GET", "/ok") { OperationId = ok });
        await Assert.ThrowsAsync<ApiForbiddenException>(() => core.SendAsync(new ApiRequest("DELETE", "/refused") { OperationId = refused }, CancellationToken.None));

        var success = Assert.Single(Durations(ok));
        Assert.Equal("s", success.Unit);
        Assert.InRange(success.Value, 0, 30);
        Assert.Equal("GET", success.Tags["http.request.method"]);
        Assert.Equal(200, success.Tags["http.response.status_code"]);
        Assert.Equal("ApiClient", success.Tags["openapiclientgen.client"]);
        Assert.False(success.Tags.ContainsKey("error.type"));

        var failure = Assert.Single(Durations(refused));
        Assert.Equal("DELETE", failure.Tags["http.request.method"]);
        Assert.Equal(403, failure.Tags["http.response.status_code"]);
        Assert.Equal("403", failure.Tags["error.type"]);
    }

    [Fact]
    public async Task The_rate_limit_gauge_reports_what_the_latest_response_left_per_client()
    {
        _server.MapResponse("/limited", 200, "{}", headers: [("X-RateLimit-Limit", "5000"), ("X-RateLimit-Remaining", "4321"), ("X-RateLimit-Resource", "metrics-test")]);
        using var core = new ApiClientCore(new MetricsTestClientOptions(), _server.BaseUri.AbsoluteUri);

        await core.SendAsync(new ApiRequest("GET", "/limited"), CancellationToken.None);
        _listener.RecordObservableInstruments();

        var remaining = Assert.Single(_measurements, m => m.Instrument == "openapiclientgen.client.rate_limit.remaining"
            && Equals(m.Tags.GetValueOrDefault("openapiclientgen.client"), "MetricsTestClient"));
        Assert.Equal(4321, remaining.Value);
        Assert.Equal("metrics-test", remaining.Tags["openapiclientgen.rate_limit.resource"]);

        // A disposed client is no longer observed.
        core.Dispose();
        _measurements.Clear();
        _listener.RecordObservableInstruments();
        Assert.DoesNotContain(_measurements, m => Equals(m.Tags.GetValueOrDefault("openapiclientgen.client"), "MetricsTestClient"));
    }

    private IEnumerable<(string Instrument, string? Unit, double Value, Dictionary<string, object?> Tags)> Durations(string operation) =>
        _measurements.Where(m => m.Instrument == "openapiclientgen.client.operation.duration" && Equals(m.Tags.GetValueOrDefault("openapiclientgen.operation"), operation));

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, instrument.Unit, value, copy));
    }

    private sealed class MetricsTestClientOptions : ApiClientOptions;
}
