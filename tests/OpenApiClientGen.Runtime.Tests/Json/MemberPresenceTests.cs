using OpenApiClientGen.Runtime.Json;

namespace OpenApiClientGen.Runtime.Tests.Json;

/// <summary>The record of assigned members holds for every member index: the first 64 (a field) and beyond (an array).</summary>
public sealed class MemberPresenceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(97)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(191)]
    [InlineData(192)]
    [InlineData(300)]
    public void A_member_is_assigned_alone(int member)
    {
        var model = new WideModel();
        Assert.False(model.IsAssigned(member));

        model.Assign(member);

        for (int other = 0; other < 320; other++)
        {
            Assert.Equal(other == member, model.IsAssigned(other));
        }
    }

    [Fact]
    public void Members_of_every_range_are_kept_together()
    {
        var model = new WideModel();
        int[] members = [1, 64, 100, 130, 250];
        foreach (int member in members)
        {
            model.Assign(member);
        }

        for (int member = 0; member < 320; member++)
        {
            Assert.Equal(members.Contains(member), model.IsAssigned(member));
        }
    }

    private sealed class WideModel : JsonModel
    {
        public void Assign(int member) => MarkAssigned(member);
    }
}
