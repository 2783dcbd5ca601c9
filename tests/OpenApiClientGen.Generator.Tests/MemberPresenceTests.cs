using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Generator.Tests.Infrastructure;
using OpenApiClientGen.Runtime.Json;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// A response model read from JSON knows which members the JSON had, so a missing required value is not taken for a
/// real one (<c>0001-01-01</c>, <c>0</c>), and writing it back does not invent the member.
/// </summary>
public class MemberPresenceTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Presence", "version": "1" },
          "paths": {
            "/events": { "get": { "operationId": "events/get", "responses": { "200": { "description": "ok",
              "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Event" } } } } } } }
          },
          "components": { "schemas": {
            "Event": { "type": "object", "required": [ "created_at", "total_count" ], "properties": {
              "created_at": { "type": "string", "format": "date-time" },
              "total_count": { "type": "integer" },
              "note": { "type": "string" }
            } }
          } }
        }
        """;

    private static readonly Lazy<Assembly> Presence = new(() => GeneratedAssembly.Load("presence.json", Spec));

    private static JsonTypeInfo Event() => JsonRoundTrip.TypeInfo(Presence.Value, "PresenceJsonContext", "Event");

    [Fact]
    public void Missing_required_members_read_as_defaults_but_are_not_assigned_and_stay_missing()
    {
        var read = (JsonModel)JsonRoundTrip.Read(Event(), """{"note":"hello"}""");

        Assert.Equal(default(DateTimeOffset), JsonRoundTrip.Get(read, "CreatedAt"));
        Assert.Equal(0L, JsonRoundTrip.Get(read, "TotalCount"));
        Assert.False(read.IsAssigned("CreatedAt"));
        Assert.False(read.IsAssigned("created_at"));
        Assert.False(read.IsAssigned("TotalCount"));
        Assert.True(read.IsAssigned("Note"));
        Assert.True(read.IsAssigned("note"));
        Assert.False(read.IsAssigned("NoSuchMember"));
        JsonRoundTrip.Same("""{"note":"hello"}""", JsonRoundTrip.Write(Event(), read));
    }

    [Fact]
    public void Present_members_holding_defaults_are_assigned_and_written_back()
    {
        const string json = """{"created_at":"0001-01-01T00:00:00+00:00","total_count":0}""";
        var read = (JsonModel)JsonRoundTrip.Read(Event(), json);

        Assert.True(read.IsAssigned("CreatedAt"));
        Assert.True(read.IsAssigned("total_count"));
        Assert.False(read.IsAssigned("Note"));
        JsonRoundTrip.Same(json, JsonRoundTrip.Write(Event(), read));
    }

    [Fact]
    public void A_value_given_after_reading_is_written()
    {
        var read = (JsonModel)JsonRoundTrip.Read(Event(), """{"note":"hello"}""");
        read.GetType().GetProperty("TotalCount")!.SetValue(read, 5L);

        JsonRoundTrip.Same("""{"note":"hello","total_count":5}""", JsonRoundTrip.Write(Event(), read));
    }
}
