using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Json;

namespace OpenApiClientGen.Runtime.Tests.Json;

/// <summary>
/// Model members of an open enumeration, read and written as their raw string (<see cref="JsonModelMetadata.EnumProperty"/>
/// and <see cref="JsonModelMetadata.NullableEnumProperty"/>): the same JSON in and out as through the enumeration's
/// converter.
/// </summary>
public sealed class EnumMemberTests
{
    [Fact]
    public void Known_and_unknown_values_are_read_and_written_back_unchanged()
    {
        Repo repo = Read("""{"visibility":"private","merge":"squash"}""");

        Assert.Equal(Visibility.Private, repo.Visibility);
        Assert.Equal("squash", repo.Merge!.Value.Value);
        Assert.True(repo.IsAssigned(nameof(Repo.Visibility)));
        Assert.Equal("""{"visibility":"private","merge":"squash"}""", JsonSerializer.Serialize(repo, Resolver.Repo));
    }

    [Theory]
    [InlineData("2", "2")]
    [InlineData("true", "true")]
    [InlineData("1.50", "1.50")]
    public void A_number_or_boolean_is_read_as_its_text(string json, string expected)
    {
        Repo repo = Read($$"""{"visibility":{{json}},"merge":{{json}}}""");

        Assert.Equal(expected, repo.Visibility.Value);
        Assert.Equal(expected, repo.Merge!.Value.Value);
    }

    [Fact]
    public void Null_clears_a_nullable_member_and_is_written_back()
    {
        Repo repo = Read("""{"visibility":"public","merge":null}""");

        Assert.Null(repo.Merge);
        Assert.True(repo.IsAssigned(nameof(Repo.Merge)));
        Assert.Equal("""{"visibility":"public","merge":null}""", JsonSerializer.Serialize(repo, Resolver.Repo));
    }

    [Fact]
    public void Null_for_a_required_member_is_a_json_error_naming_the_enumeration()
    {
        var error = Assert.Throws<JsonException>(() => Read("""{"visibility":null}"""));

        Assert.Contains(nameof(Visibility), error.Message, StringComparison.Ordinal);
        Assert.Equal("$.visibility", error.Path);
    }

    [Fact]
    public void An_object_is_a_json_error_naming_the_enumeration()
    {
        var error = Assert.Throws<JsonException>(() => Read("""{"merge":{"a":1}}"""));

        Assert.Contains(nameof(Merge), error.Message, StringComparison.Ordinal);
        Assert.Contains("StartObject", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_model_leaves_out_members_the_json_did_not_have()
    {
        Repo repo = Read("{}");

        Assert.False(repo.IsAssigned(nameof(Repo.Visibility)));
        Assert.Equal("{}", JsonSerializer.Serialize(repo, Resolver.Repo));
    }

    [Fact]
    public void A_model_built_in_code_writes_what_has_a_value()
    {
        var repo = new Repo { Visibility = Visibility.Public };

        Assert.Equal("""{"visibility":"public"}""", JsonSerializer.Serialize(repo, Resolver.Repo));
    }

    [Fact]
    public void A_request_model_writes_exactly_the_assigned_members_with_explicit_nulls()
    {
        var request = new UpdateRepo { Merge = null };

        Assert.Equal("""{"merge":null}""", JsonSerializer.Serialize(request, Resolver.UpdateRepo));

        request.Visibility = "internal";
        Assert.Equal("""{"visibility":"internal","merge":null}""", JsonSerializer.Serialize(request, Resolver.UpdateRepo));
    }

    private static Repo Read(string json) => JsonSerializer.Deserialize(json, Resolver.Repo)!;

    public readonly struct Visibility(string value) : IApiEnum<Visibility>, IEquatable<Visibility>
    {
        public static Visibility Public { get; } = new("public");

        public static Visibility Private { get; } = new("private");

        public string Value => value ?? string.Empty;

        public static implicit operator Visibility(string value) => new(value);

        static Visibility IApiEnum<Visibility>.FromValue(string value) => new(value);

        public bool Equals(Visibility other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Visibility other && Equals(other);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
    }

    public readonly struct Merge(string value) : IApiEnum<Merge>
    {
        public string Value => value ?? string.Empty;

        static Merge IApiEnum<Merge>.FromValue(string value) => new(value);
    }

    /// <summary>A response model as generated: plain properties, presence recorded by the metadata.</summary>
    public sealed class Repo : JsonModel
    {
        private static readonly string[] MemberNames = ["Visibility", "visibility", "Merge", "merge"];

        public Visibility Visibility { get; set; }

        public Merge? Merge { get; set; }

        protected override int MemberIndex(string member) => IndexOfMember(MemberNames, member);
    }

    /// <summary>A request model as generated: its setters record the assignment.</summary>
    public sealed class UpdateRepo : JsonModel
    {
        private Visibility? _visibility;
        private Merge? _merge;

        public Visibility? Visibility { get => _visibility; set { _visibility = value; MarkAssigned(0); } }

        public Merge? Merge { get => _merge; set { _merge = value; MarkAssigned(1); } }
    }

    /// <summary>The metadata a generated context holds for these models; it registers no string metadata.</summary>
    private sealed class Resolver : IJsonTypeInfoResolver
    {
        private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = new Resolver() };

        public static JsonTypeInfo<Repo> Repo => (JsonTypeInfo<Repo>)Options.GetTypeInfo(typeof(Repo));

        public static JsonTypeInfo<UpdateRepo> UpdateRepo => (JsonTypeInfo<UpdateRepo>)Options.GetTypeInfo(typeof(UpdateRepo));

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            if (type == typeof(Repo))
            {
                return JsonModelMetadata.Object<Repo>(options, new[]
                {
                    JsonModelMetadata.EnumProperty<Repo, Visibility>(options, "visibility", nameof(Tests.Json.EnumMemberTests.Repo.Visibility), 0, false),
                    JsonModelMetadata.NullableEnumProperty<Repo, Merge>(options, "merge", nameof(Tests.Json.EnumMemberTests.Repo.Merge), 1, false),
                });
            }

            if (type == typeof(UpdateRepo))
            {
                return JsonModelMetadata.Object<UpdateRepo>(options, new[]
                {
                    JsonModelMetadata.NullableEnumProperty<UpdateRepo, Visibility>(options, "visibility", nameof(Tests.Json.EnumMemberTests.UpdateRepo.Visibility), 0, true),
                    JsonModelMetadata.NullableEnumProperty<UpdateRepo, Merge>(options, "merge", nameof(Tests.Json.EnumMemberTests.UpdateRepo.Merge), 1, true),
                });
            }

            return null;
        }
    }
}
