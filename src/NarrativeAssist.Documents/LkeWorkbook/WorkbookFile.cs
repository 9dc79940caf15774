using NarrativeAssist.Domain.Workbook;

namespace NarrativeAssist.Documents.LkeWorkbook;

/// <summary>An LKE workbook file of any usual format: .xlsx read directly; .xls and .ods (recognised by their first
/// bytes, whatever the name says) converted to .xlsx through <see cref="SpreadsheetConverter"/> first.</summary>
public static class WorkbookFile
{
    private static ReadOnlySpan<byte> CompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> OdsMime => "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"u8;

    /// <param name="converter">null: .xls and .ods are refused with the advice to save as .xlsx.</param>
    public static WorkbookGrid Read(byte[] file, string fileName, SpreadsheetConverter? converter, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        if (file.Length == 0) throw Rejections.Workbook.EmptyFile();
        if (file.Length > limits.MaxFileBytes) throw Rejections.Workbook.TooLarge(limits);
        var legacy = LegacyExtension(file, fileName);
        if (legacy is null) return WorkbookReader.Read(file, limits);
        if (converter is null) throw SpreadsheetConverter.Missing(legacy);
        return WorkbookReader.Read(converter.ToXlsx(file, legacy), limits);
    }

    /// <summary>".xls", ".ods" or ".fods" when the file is one of those; null for an Office Open XML package.</summary>
    private static string? LegacyExtension(byte[] file, string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var head = file.AsSpan();
        if (head.StartsWith(CompoundFile)) return ".xls"; // also an encrypted .xlsx: LibreOffice then fails with a clear message
        if (head.Length > 30 + OdsMime.Length && head[30..].StartsWith(OdsMime)) return ".ods";
        if (ext == ".fods" && head.IndexOf("office:document"u8) >= 0) return ".fods";
        return null;
    }
}
