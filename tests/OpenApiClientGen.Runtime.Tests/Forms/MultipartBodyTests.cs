using System.Text.Json;

namespace OpenApiClientGen.Runtime.Tests.Forms;

/// <summary>Multipart bodies, read back with ASP.NET Core's <c>MultipartReader</c>.</summary>
public sealed class MultipartBodyTests(FormServer server) : IClassFixture<FormServer>
{
    private static readonly byte[] Bytes = Enumerable.Range(0, 3000).Select(i => (byte)(i * 13)).ToArray();

    [Fact]
    public async Task Files_text_and_json_parts_carry_their_names_types_and_content()
    {
        var request = new ApiRequest("POST", "/upload");
        request.MultipartBody(
            new UploadRequest
            {
                File = new FilePart(Bytes, "report 1.pdf", "application/pdf"),
                Purpose = "fine-tune",
                Settings = new CheckoutItem { Price = "p", Quantity = 3 },
                Labels = new[] { "one", "two" },
                Attachments = new[] { new FilePart(new MemoryStream(new byte[] { 1, 2 }), "ä.bin") },
                Day = new DateOnly(2024, 2, 29),
            },
            FormModelsResolver.Upload,
            new FormEncoding().Member("file", contentType: "image/png, application/pdf"));

        ReceivedRequest received = await server.SendAsync(request);

        Assert.StartsWith("multipart/form-data; boundary=", received.ContentType, StringComparison.Ordinal);
        Assert.NotNull(received.ContentLength);
        Assert.Equal(new[] { "file", "purpose", "settings", "labels", "labels", "attachments", "day" }, received.Parts.Select(p => p.Name));

        ReceivedPart file = received.Parts[0];
        Assert.Equal("report 1.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(Bytes, file.Content);

        Assert.Equal("fine-tune", received.Parts[1].Text);
        Assert.Null(received.Parts[1].FileName);
        Assert.Null(received.Parts[1].ContentType);

        Assert.Equal("application/json", received.Parts[2].ContentType);
        using (JsonDocument settings = JsonDocument.Parse(received.Parts[2].Content))
        {
            Assert.Equal("p", settings.RootElement.GetProperty("price").GetString());
            Assert.Equal(3, settings.RootElement.GetProperty("quantity").GetInt64());
        }

        Assert.Equal(new[] { "one", "two" }, new[] { received.Parts[3].Text, received.Parts[4].Text });

        ReceivedPart attachment = received.Parts[5];
        Assert.Equal("ä.bin", attachment.FileName);
        Assert.Equal("application/octet-stream", attachment.ContentType);
        Assert.Equal(new byte[] { 1, 2 }, attachment.Content);
        Assert.Equal("2024-02-29", received.Parts[6].Text);
    }

    [Fact]
    public async Task A_declared_json_encoding_makes_a_scalar_a_json_part_and_a_file_on_disk_is_named_after_it()
    {
        string path = Path.Combine(Path.GetTempPath(), "oacg-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(path, "on disk");
        try
        {
            var request = new ApiRequest("POST", "/upload");
            request.MultipartBody(
                new UploadRequest { File = FilePart.FromFile(path, "text/plain"), Note = "n", Purpose = null },
                FormModelsResolver.Upload,
                new FormEncoding().Member("note", contentType: "application/json"));

            ReceivedRequest received = await server.SendAsync(request);

            Assert.Equal(Path.GetFileName(path), received.Parts[0].FileName);
            Assert.Equal("text/plain", received.Parts[0].ContentType);
            Assert.Equal("on disk", received.Parts[0].Text);
            Assert.Equal(string.Empty, received.Parts.Single(p => p.Name == "purpose").Text);
            ReceivedPart note = received.Parts.Single(p => p.Name == "note");
            Assert.Equal("application/json", note.ContentType);
            Assert.Equal("\"n\"", note.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_seekable_stream_is_rewound_for_a_retry()
    {
        var request = new ApiRequest("PUT", "/fail-once/seekable");
        request.MultipartBody(new UploadRequest { File = new FilePart(new MemoryStream(Bytes), "a.bin") }, FormModelsResolver.Upload);

        await server.SendAsync(request);

        Assert.Equal(2, server.Received.Count);
        Assert.All(server.Received, r => Assert.Equal(Bytes, r.Parts.Single().Content));
    }

    [Fact]
    public async Task A_non_seekable_stream_is_streamed_without_a_length_and_never_replayed()
    {
        var request = new ApiRequest("PUT", "/fail-once/forward-only");
        request.MultipartBody(new UploadRequest { File = new FilePart(new ForwardOnlyStream(Bytes), "a.bin") }, FormModelsResolver.Upload);

        server.Received.Clear();
        using ApiClientCore core = server.CreateCore();
        await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(request));

        ReceivedRequest received = Assert.Single(server.Received);
        Assert.Null(received.ContentLength);
        Assert.Equal("chunked", received.TransferEncoding);
        Assert.Equal(Bytes, received.Parts.Single().Content);
    }

    [Fact]
    public void A_file_part_cannot_be_written_as_json()
    {
        var upload = new UploadRequest { File = new FilePart(Bytes) };

        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(upload, FormModelsResolver.Upload));
    }

    /// <summary>A stream that can only be read forward, like a network stream.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
