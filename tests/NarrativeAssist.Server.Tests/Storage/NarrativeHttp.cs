using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Storage;

/// <summary>The narrative calls of the storage tests, through the real HTTP API.</summary>
internal static class NarrativeHttp
{
    public static string Url(Guid unitId, string questionId) => $"/api/units/{unitId}/narratives/{questionId}";

    public static Task<HttpResponseMessage> Save(this HttpClient client, Guid unitId, string questionId, string text, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Url(unitId, questionId)) { Content = JsonContent.Create(new { text }) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static string ETag(this HttpResponseMessage r) =>
        r.Headers.ETag?.Tag ?? throw new Xunit.Sdk.XunitException($"no ETag on {(int)r.StatusCode} {r.RequestMessage?.RequestUri}");

    public static async Task<(string Text, string ETag)> Current(this HttpClient client, Guid unitId, string questionId)
    {
        var r = await client.GetAsync(Url(unitId, questionId));
        r.EnsureSuccessStatusCode();
        return ((await r.Json()).GetProperty("text").GetString()!, r.ETag());
    }

    /// <summary>The narrative's history, newest first: (version, text).</summary>
    public static async Task<List<(int Version, string Text)>> History(this HttpClient client, Guid unitId, string questionId)
    {
        var r = await client.GetAsync(Url(unitId, questionId) + "/history");
        r.EnsureSuccessStatusCode();
        return (await r.Json()).EnumerateArray()
            .Select(h => (h.GetProperty("version").GetInt32(), h.GetProperty("text").GetString()!)).ToList();
    }

    /// <summary>A plausible narrative (the checker runs on every save), distinct per <paramref name="tag"/>.</summary>
    public static string Narrative(string tag) =>
        $"Kepala KPPN Contoh menetapkan rencana kerja pembangunan ZI melalui SK Nomor KEP-15/KPN.1201/2024 " +
        $"tanggal 10 Januari 2024; dibahas dalam rapat yang dihadiri seluruh pejabat, dibuktikan dengan undangan, daftar hadir dan notulen. [{tag}]";
}
