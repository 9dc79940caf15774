namespace NarrativeAssist.Documents;

/// <summary>Which Office package an upload must be; decides the accepted content types and the wording of refusals.</summary>
public enum PackageKind
{
    /// <summary>A Word document (.docx, .dotx): LKE narratives.</summary>
    Word,
    /// <summary>A PowerPoint presentation (.pptx, .potx, .ppsx): a deck template.</summary>
    Presentation,
    /// <summary>An Excel workbook (.xlsx, .xltx): an LKE workbook.</summary>
    Workbook,
}
