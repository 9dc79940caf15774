using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Documents.LkeWorkbook;

/// <summary>The narratives and answers as a Word document for the Word pane: the whole-LKE skeleton (tagged content
/// controls lke:&lt;id&gt; and lke-jawaban:&lt;id&gt;) filled the way Word fills it when a user types or picks.</summary>
public static class NarrativeWordExport
{
    public static void Write(Stream output, LkeCatalog catalog, IEnumerable<NarrativeInput> narratives)
    {
        using var buffer = new MemoryStream();
        SkeletonWriter.Write(buffer, catalog, areaCode: null);
        NarrativeFiller.Fill(buffer, narratives.Where(n => !string.IsNullOrEmpty(n.Text) || n.Answer is not null)
            .Select(n => n with { Text = string.IsNullOrEmpty(n.Text) ? null : n.Text }));
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
