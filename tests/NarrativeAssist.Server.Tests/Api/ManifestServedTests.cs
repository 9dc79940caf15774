using System.Net;
using System.Xml.Linq;
using NarrativeAssist.Documents.Manifest;

namespace NarrativeAssist.Server.Tests.Api;

/// <summary>Every URL of the add-in manifest that points at this server is served. The manifest is generated for the
/// test client's own base address, so the paths checked are exactly those Office will request.</summary>
[Collection("api")]
public class ManifestServedTests(SharedServer s)
{
    /// <summary>Manifest URLs not served yet (none: both the Word and the PowerPoint panes are served).</summary>
    private static readonly string[] Pending = [];

    private static (HttpClient Client, IReadOnlyList<string> Urls, string Base) ManifestFor(HttpClient client)
    {
        // The in-memory test server answers on http://localhost, which the generator accepts as a development base.
        var baseUrl = client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        var urls = AddinManifest.UrlsIn(XDocument.Parse(AddinManifest.Generate(baseUrl)));
        return (client, urls, baseUrl);
    }

    [Fact]
    public async Task Icons_and_the_Word_pane_named_in_the_manifest_are_served_with_200()
    {
        var (client, urls, baseUrl) = ManifestFor(s.Factory.CreateClient());
        var paths = urls.Select(u => u[baseUrl.Length..]).Select(p => p.Length == 0 ? "/" : p).Distinct().ToList();
        paths.Should().Contain(AddinManifest.WordPanePath).And.Contain(AddinManifest.IconPath(16)).And.Contain(AddinManifest.IconPath(80));

        var failures = new List<string>();
        foreach (var path in paths.Except(Pending))
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{path} → {(int)response.StatusCode}");
            else if (path.EndsWith(".png") && response.Content.Headers.ContentType?.MediaType != "image/png") failures.Add($"{path} is not image/png");
            else if (path.EndsWith(".html") && response.Content.Headers.ContentType?.MediaType != "text/html") failures.Add($"{path} is not text/html");
        }
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_manifest_icon_is_a_png_of_its_size()
    {
        var client = s.Factory.CreateClient();
        foreach (var size in AddinManifest.IconSizes)
        {
            var bytes = await client.GetByteArrayAsync(AddinManifest.IconPath(size));
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(size);
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).Should().Be(size);
        }
    }
}
