using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents;

/// <summary>Builds the tagged content controls of the skeleton. Each starts out showing placeholder text
/// (w:showingPlcHdr), which the reader treats as empty and Word replaces as soon as the user types or picks.</summary>
internal sealed class SkeletonControls
{
    private const int MaxOptionLength = 90;
    private int _nextId = 100_001; // deterministic w:id values keep the output reproducible

    /// <summary>Run-level answer control: a dropdown of the options (value = code), or plain text for numeric items.</summary>
    public SdtRun Answer(Question q)
    {
        var props = Properties($"Jawaban {q.Id}", LkeTags.Answer(q.Id));
        string placeholder;
        if (q.AnswerType.Numeric is { } scale)
        {
            props.Append(new SdtContentText());
            placeholder = Placeholders.NumericHint(scale);
        }
        else
        {
            props.Append(new SdtContentDropDownList(q.Options.Select(o => new ListItem { DisplayText = Display(o), Value = o.Code })));
            placeholder = Placeholders.Answer;
        }
        return new SdtRun(props, new SdtContentRun(PlaceholderRun(placeholder)));
    }

    /// <summary>Block-level rich-text control for the narrative itself.</summary>
    public SdtBlock Narrative(Question q, string placeholder) => new(
        Properties($"Narasi {q.Id}", LkeTags.Narrative(q.Id)),
        new SdtContentBlock(new Paragraph(PlaceholderRun(placeholder))));

    // Schema order within w:sdtPr: alias, tag, id, showingPlcHdr, then the control type.
    private SdtProperties Properties(string alias, string tag) => new(
        new SdtAlias { Val = alias }, new Tag { Val = tag }, new SdtId { Val = _nextId++ }, new ShowingPlaceholder());

    private static Run PlaceholderRun(string text) =>
        new(new RunProperties(new RunStyle { Val = SkeletonStyles.Placeholder }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>"A — Jika dengan prosedur …", shortened; just the code when the explanation adds nothing.</summary>
    private static string Display(AnswerOption o)
    {
        var explanation = o.Penjelasan.Trim();
        if (explanation.Length == 0 || explanation.TrimEnd('.').Equals(o.Code, StringComparison.OrdinalIgnoreCase)) return o.Code;
        var display = $"{o.Code} — {explanation}";
        return display.Length <= MaxOptionLength ? display : display[..(MaxOptionLength - 1)].TrimEnd() + "…";
    }
}
