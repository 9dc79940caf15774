using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Library;

/// <summary>A server of its own for the library tests (they publish, feature and hide entries), with the sample unit.</summary>
public sealed class LibraryServer : NarrativeAssist.Server.Tests.Api.SharedServer;

internal static class LibraryHttp
{
    public static async Task SaveNarrative(this HttpClient client, Guid unitId, string questionId, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unitId}/narratives/{questionId}") { Content = JsonContent.Create(new { text }) };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        var r = await client.SendAsync(request);
        r.IsSuccessStatusCode.Should().BeTrue(await r.Content.ReadAsStringAsync());
    }

    /// <summary>Draft → confirm with the reviewed hash; returns the published entry id.</summary>
    public static async Task<string> Publish(this HttpClient client, object draftRequest)
    {
        var draft = await (await client.PostAsJsonAsync("/api/library/drafts", draftRequest)).Json();
        var id = draft.GetProperty("id").GetString()!;
        var ok = await client.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = draft.GetProperty("reviewHash").GetString() });
        ok.IsSuccessStatusCode.Should().BeTrue(await ok.Content.ReadAsStringAsync());
        return id;
    }

    public static async Task<List<string>> Ids(this HttpClient client, string query)
    {
        var r = await (await client.GetAsync("/api/library" + query)).Json();
        return r.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    /// <summary>All text of every XML part of a package (slides, notes, charts, properties).</summary>
    public static string AllXmlText(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        var sb = new StringBuilder();
        foreach (var e in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(e.Open());
            sb.Append(reader.ReadToEnd());
        }
        return sb.ToString();
    }

    public static ByteArrayContent Zip(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }
}
