using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>Deserializes and serializes through a generated <c>…JsonContext</c> loaded by reflection.</summary>
internal static class JsonRoundTrip
{
    public static JsonTypeInfo TypeInfo(Assembly assembly, string context, string property)
    {
        Type type = assembly.GetTypes().Single(t => t.Name == context);
        object instance = type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return (JsonTypeInfo)type.GetProperty(property)!.GetValue(instance)!;
    }

    public static object Read(JsonTypeInfo info, string json) => JsonSerializer.Deserialize(json, info)!;

    public static string Write(JsonTypeInfo info, object value) => JsonSerializer.Serialize(value, info);

    /// <summary>Asserts two JSON texts hold the same value (member order aside).</summary>
    public static void Same(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), "expected " + expected + "\nactual   " + actual);

    /// <summary>A property's value, through any number of names: <c>Get(pet, "Owner", "Name")</c>.</summary>
    public static object? Get(object? value, params string[] path)
    {
        foreach (string name in path)
        {
            value = value!.GetType().GetProperty(name)!.GetValue(value);
        }

        return value;
    }

    /// <summary>Calls a generated union's accessor (<c>AsCat()</c>).</summary>
    public static object? As(object union, string accessor) => union.GetType().GetMethod(accessor, Type.EmptyTypes)!.Invoke(union, null);
}
