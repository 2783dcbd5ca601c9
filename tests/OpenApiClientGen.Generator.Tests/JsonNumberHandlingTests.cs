using System.Reflection;
using System.Text.Json;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// Members the description types as <c>number</c> or <c>integer</c> read numbers a server sends as JSON strings
/// (<c>"percentile": "0.16001e0"</c> in GitHub's examples); they are written as plain numbers.
/// </summary>
public class JsonNumberHandlingTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Numbers", "version": "1" },
          "paths": {
            "/stats": { "get": { "operationId": "stats/get", "responses": { "200": { "description": "ok",
              "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Stats" } } } } } } }
          },
          "components": { "schemas": {
            "Stats": { "type": "object", "required": [ "percentile", "count" ], "properties": {
              "percentile": { "type": "number" },
              "count": { "type": "integer", "format": "int64" },
              "small": { "type": "integer", "format": "int32", "nullable": true },
              "price": { "type": "number", "format": "decimal" },
              "samples": { "type": "array", "items": { "type": "integer" } },
              "label": { "type": "string" }
            } }
          } }
        }
        """;

    private static readonly Lazy<Assembly> Numbers = new(() => GeneratedAssembly.Load("numbers.json", Spec));

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo Stats()
    {
        string context = Numbers.Value.GetTypes().Single(t => t.Name.EndsWith("JsonContext", StringComparison.Ordinal)).Name;
        return JsonRoundTrip.TypeInfo(Numbers.Value, context, "Stats");
    }

    [Fact]
    public void Numbers_given_as_strings_are_read_and_written_as_numbers()
    {
        const string json = """{"percentile":"0.16001e0","count":"42","small":"-7","price":"19.99","samples":["1",2,"3"],"label":"7"}""";

        object stats = JsonRoundTrip.Read(Stats(), json);

        Assert.Equal(0.16001, JsonRoundTrip.Get(stats, "Percentile"));
        Assert.Equal(42L, JsonRoundTrip.Get(stats, "Count"));
        Assert.Equal(-7, JsonRoundTrip.Get(stats, "Small"));
        Assert.Equal(19.99m, JsonRoundTrip.Get(stats, "Price"));
        Assert.Equal([1L, 2L, 3L], (IEnumerable<long>)JsonRoundTrip.Get(stats, "Samples")!);
        Assert.Equal("7", JsonRoundTrip.Get(stats, "Label"));
        JsonRoundTrip.Same(
            """{"percentile":0.16001,"count":42,"small":-7,"price":19.99,"samples":[1,2,3],"label":"7"}""",
            JsonRoundTrip.Write(Stats(), stats));
    }

    [Fact]
    public void Plain_numbers_still_read_and_a_string_member_does_not_take_a_number()
    {
        object stats = JsonRoundTrip.Read(Stats(), """{"percentile":0.5,"count":3}""");
        Assert.Equal(0.5, JsonRoundTrip.Get(stats, "Percentile"));
        Assert.Equal(3L, JsonRoundTrip.Get(stats, "Count"));

        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(Stats(), """{"label":7}"""));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(Stats(), """{"count":"many"}"""));
    }
}
