using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents;

/// <summary>Reads narratives from content controls tagged <c>lke:&lt;id&gt;</c> and answers from controls tagged
/// <c>lke-jawaban:&lt;id&gt;</c>, at block, run, row or cell level.</summary>
internal static class ContentControlReader
{
    /// <summary>The entries found, or null when the body has no LKE-tagged control at all.</summary>
    public static NarrativeDocument? Read(Body body, LkeCatalog catalog)
    {
        var entries = new EntryCollector(catalog);
        var tagged = 0;
        foreach (var sdt in body.Descendants<SdtElement>())
        {
            var rawTag = sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;
            if (LkeTags.Parse(rawTag) is not { } tag) continue;
            tagged++;
            if (entries.Find(tag.QuestionId) is not { } q)
            {
                entries.Warn($"Content control bertag \"{rawTag}\" tidak merujuk pertanyaan LKE yang dikenal; isinya dilewati.");
                continue;
            }
            if (tag.Kind == LkeTagKind.Narrative) entries.BeginNarrative(q, EntrySources.ContentControl, WordText.OfControl(sdt));
            else entries.SetAnswer(q, AnswerOf(sdt), EntrySources.ContentControl);
        }
        return tagged == 0 ? null : entries.Build(ReadMode.ContentControls);
    }

    /// <summary>The picked value of a dropdown/combo box (its list item's value for the displayed text),
    /// or the typed text of a plain-text control.</summary>
    private static string? AnswerOf(SdtElement sdt)
    {
        var shown = WordText.OfControl(sdt);
        if (shown.Length == 0) return null;
        var props = sdt.SdtProperties!;
        var items = props.GetFirstChild<SdtContentDropDownList>()?.Elements<ListItem>()
                    ?? props.GetFirstChild<SdtContentComboBox>()?.Elements<ListItem>()
                    ?? [];
        var picked = items.FirstOrDefault(i => string.Equals(i.DisplayText?.Value?.Trim(), shown, StringComparison.Ordinal));
        return picked?.Value?.Value ?? shown;
    }
}
