namespace OpenApiClientGen.Runtime.Tests.Forms;

/// <summary>Form bodies, read back with ASP.NET Core's <c>ReadFormAsync</c>.</summary>
public sealed class FormBodyTests(FormServer server) : IClassFixture<FormServer>
{
    private static CheckoutRequest Checkout() => new()
    {
        Customer = "cus 1&2=ü",
        Tags = new[] { "a", "b,c" },
        Paid = false,
        Due = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
        Amount = 12.5,
        Metadata = new Dictionary<string, string> { ["order id"] = "42", ["note"] = "x" },
        Items = new[] { new CheckoutItem { Price = "price_1", Quantity = 2 }, new CheckoutItem { Price = "price_2" } },
        Created = 1714979289,
    };

    [Fact]
    public async Task Members_are_encoded_in_their_declared_styles_and_only_assigned_ones_are_sent()
    {
        var request = new ApiRequest("POST", "/checkout");
        request.FormBody(Checkout(), FormModelsResolver.Checkout, new FormEncoding()
            .Member("metadata", FormStyle.DeepObject)
            .Member("items", FormStyle.DeepObject));

        ReceivedRequest received = await server.SendAsync(request);

        Assert.Equal("application/x-www-form-urlencoded", received.ContentType);
        Assert.NotNull(received.ContentLength);
        Assert.Null(received.TransferEncoding);
        var form = received.Form;
        Assert.Equal(new[] { "cus 1&2=ü" }, form["customer"]);
        Assert.Equal(new[] { "a", "b,c" }, form["tags"]);
        Assert.Equal(new[] { "false" }, form["paid"]);
        Assert.Equal(new[] { "2024-05-06T07:08:09+00:00" }, form["due"]);
        Assert.Equal(new[] { "12.5" }, form["amount"]);
        Assert.Equal(new[] { "42" }, form["metadata[order id]"]);
        Assert.Equal(new[] { "x" }, form["metadata[note]"]);
        Assert.Equal(new[] { "price_1" }, form["items[0][price]"]);
        Assert.Equal(new[] { "2" }, form["items[0][quantity]"]);
        Assert.Equal(new[] { "price_2" }, form["items[1][price]"]);
        Assert.Equal(new[] { "1714979289" }, form["created"]);
        Assert.False(form.ContainsKey("items[1][quantity]"));
        Assert.False(form.ContainsKey("description"));
        Assert.Equal(11, form.Count);
    }

    [Fact]
    public async Task Unexploded_and_delimited_arrays_are_joined_and_explicit_nulls_are_empty()
    {
        var request = new ApiRequest("POST", "/checkout");
        request.FormBody(new CheckoutRequest { Tags = new[] { "a", "b" }, Description = null, Metadata = new Dictionary<string, string> { ["k"] = "v" } }, FormModelsResolver.Checkout, new FormEncoding()
            .Member("tags", FormStyle.PipeDelimited, explode: false)
            .Member("metadata", explode: true));

        ReceivedRequest received = await server.SendAsync(request);

        Assert.Equal(new[] { "a|b" }, received.Form["tags"]);
        Assert.Equal(new[] { string.Empty }, received.Form["description"]);

        // An exploded form-style object: its members are pairs of their own.
        Assert.Equal(new[] { "v" }, received.Form["k"]);
        Assert.Equal(3, received.Form.Count);
    }

    [Fact]
    public async Task A_form_body_is_resent_intact_on_a_retry()
    {
        var request = new ApiRequest("PUT", "/fail-once/form");
        request.FormBody(new CheckoutRequest { Customer = "c", Tags = new[] { "x", "y" } }, FormModelsResolver.Checkout, new FormEncoding().Member("tags", explode: false));

        await server.SendAsync(request);

        Assert.Equal(2, server.Received.Count);
        Assert.All(server.Received, r => Assert.Equal(new[] { "x,y" }, r.Form["tags"]));
        Assert.All(server.Received, r => Assert.Equal(new[] { "c" }, r.Form["customer"]));
    }
}
