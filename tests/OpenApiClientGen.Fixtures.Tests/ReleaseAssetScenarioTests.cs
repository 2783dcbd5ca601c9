using GitHub;
using OpenApiClientGen.Fixtures.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Fixtures.Tests;

/// <summary>
/// Recorded GitHub scenarios — release assets: uploads through the description's uploads server and through a release's upload_url.
/// <see cref="Scenario"/> tells how a recording is replayed and checked.
/// </summary>
[Collection(FixturesServerCollection.Name)]
public sealed class ReleaseAssetScenarioTests(FixturesServer server)
{
    private const string Org = Scenario.Org;

    [Fact]
    public async Task Release_assets()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "release-assets");
        await scenario.RunAsync(async github =>
        {
            Release release = await github.Repos.GetReleaseByTagAsync(Org, "release-assets", "v1.0.0");
            Assert.Equal(1000L, release.Id);

            // The description sends this operation to https://uploads.github.com (mapped to the replay's address).
            ReleaseAsset asset = await github.Repos.UploadReleaseAssetAsync(
                Org, "release-assets", release.Id, "test-upload.txt", "test", HelloWorld(), PlainText());
            Assert.Equal("test-upload.txt", asset.Name);
            Assert.Equal("test", asset.Label);

            IReadOnlyList<ReleaseAsset> assets = await github.Repos.ListReleaseAssetsAsync(Org, "release-assets", release.Id);
            Assert.Equal(asset.Id, Assert.Single(assets).Id);

            ReleaseAsset fetched = await github.Repos.GetReleaseAssetAsync(Org, "release-assets", asset.Id);
            Assert.Equal("test", fetched.Label);

            ReleaseAsset updated = await github.Repos.UpdateReleaseAssetAsync(
                Org, "release-assets", asset.Id, new ReposUpdateReleaseAssetRequest { Name = "new-filename.txt", Label = "new label" });
            Assert.Equal("new-filename.txt", updated.Name);
            Assert.Equal("new label", updated.Label);

            await github.Repos.DeleteReleaseAssetAsync(Org, "release-assets", asset.Id);
        });
    }

    [Fact]
    public async Task Release_assets_conflict()
    {
        const string Repo = "release-assets-conflict";
        await using Scenario scenario = await Scenario.LoadAsync(server, Repo);
        await scenario.RunAsync(async github =>
        {
            Release release = await github.Repos.GetReleaseByTagAsync(Org, Repo, "v1.0.0");

            // Hypermedia: the release's upload_url, an RFC 6570 template ending in {?name,label}.
            ApiValidationException conflict = await Assert.ThrowsAsync<ApiValidationException>(() =>
                github.Core.SendAsync(UploadTo(release.UploadUrl), GitHubJsonContext.Default.ReleaseAsset));
            ApiValidationError error = Assert.Single(conflict.Errors);
            Assert.Equal("ReleaseAsset", error.Resource);
            Assert.Equal("already_exists", error.Code);
            Assert.Equal("name", error.Field);

            ReleaseAsset existing = Assert.Single(await github.Repos.ListReleaseAssetsAsync(Org, Repo, release.Id));
            await github.Repos.DeleteReleaseAssetAsync(Org, Repo, existing.Id);

            ReleaseAsset asset = await github.Core.SendAsync(UploadTo(release.UploadUrl), GitHubJsonContext.Default.ReleaseAsset);
            Assert.Equal(1001L, asset.Id);
            Assert.Equal(("test-upload.txt", "test"), (asset.Name, asset.Label));
        });
    }

    private static ApiRequest UploadTo(string uploadUrl)
    {
        ApiRequest upload = ApiRequest.ForUriTemplate("POST", uploadUrl);
        upload.QueryParameter("name", "test-upload.txt");
        upload.QueryParameter("label", "test");
        upload.BytesBody("Hello, world!\n"u8.ToArray(), "text/plain");
        return upload;
    }

    private static MemoryStream HelloWorld() => new("Hello, world!\n"u8.ToArray());

    // The recording uploaded text/plain; the generated method sends the description's application/octet-stream
    // unless a call says otherwise.
    private static RequestOptions PlainText()
    {
        var options = new RequestOptions();
        options.Headers["Content-Type"] = "text/plain";
        return options;
    }
}
