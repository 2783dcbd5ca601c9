using System.Text.Json;
using OpenApiClientGen.Emitting;
using OpenApiClientGen.Runtime.Json;
using Xunit;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// A generated JSON context files each type under the bucket the generator computes from the type's C# expression,
/// and finds it at run time under the bucket the runtime computes from the <see cref="Type"/>: the two must agree
/// for every kind of type a client uses, or that type's metadata is never found.
/// </summary>
public class JsonTypeKeyAgreementTests
{
    public static TheoryData<string, Type> Types => new()
    {
        { "global::OpenApiClientGen.Generator.Tests.JsonTypeKeyAgreementTests", typeof(JsonTypeKeyAgreementTests) },
        { "string", typeof(string) },
        { "long", typeof(long) },
        { "bool", typeof(bool) },
        { "double", typeof(double) },
        { "byte[]", typeof(byte[]) },
        { "global::System.Nullable<long>", typeof(long?) },
        { "global::System.Nullable<global::System.DateTimeOffset>", typeof(DateTimeOffset?) },
        { "global::System.Text.Json.JsonElement", typeof(JsonElement) },
        { "global::System.Collections.Generic.IReadOnlyList<string>", typeof(IReadOnlyList<string>) },
        { "global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<long>>", typeof(IReadOnlyList<IReadOnlyList<long>>) },
        { "global::System.Collections.Generic.IDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>", typeof(IDictionary<string, IReadOnlyList<string>>) },
        { "global::System.Collections.Generic.IReadOnlyList<global::System.Nullable<global::System.Guid>>", typeof(IReadOnlyList<Guid?>) },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void The_generator_and_the_runtime_key_and_bucket_a_type_alike(string expression, Type type)
    {
        string key = JsonTypeKey.Of(type);

        Assert.Equal(key, StableBuckets.JsonKey(expression));
        Assert.Equal(JsonTypeKey.Bucket(key, StableBuckets.JsonBuckets), StableBuckets.Of(key, StableBuckets.JsonBuckets));
    }

    [Fact]
    public void The_bucket_hash_spreads_names_and_is_the_same_on_both_sides()
    {
        string[] names = Enumerable.Range(0, 500).Select(i => $"Model{i}").ToArray();

        int[] generator = names.Select(n => StableBuckets.Of(n, StableBuckets.JsonBuckets)).ToArray();

        Assert.Equal(names.Select(n => JsonTypeKey.Bucket(n, StableBuckets.JsonBuckets)), generator);
        Assert.Equal(StableBuckets.JsonBuckets, generator.Distinct().Count());
    }
}
