using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents;

/// <summary>Reads the LKE narratives of a Word document: from tagged content controls when there are any,
/// otherwise from the LKE numbering and question texts in its paragraphs. The package is vetted by
/// <see cref="PackageGuard"/> first; anything unreadable ends in a <see cref="DocumentRejectedException"/>.</summary>
public static class NarrativeReader
{
    public static NarrativeDocument Read(Stream docx, LkeCatalog catalog, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        return Parse(PackageGuard.ReadChecked(docx, limits), catalog, limits);
    }

    /// <summary>As <see cref="Read"/>, reading the upload asynchronously (request bodies forbid synchronous reads).</summary>
    public static async Task<NarrativeDocument> ReadAsync(Stream docx, LkeCatalog catalog, DocumentLimits? limits = null,
        CancellationToken cancel = default)
    {
        limits ??= DocumentLimits.Default;
        var bytes = await PackageGuard.ReadCheckedAsync(docx, limits, cancel).ConfigureAwait(false);
        return Parse(bytes, catalog, limits);
    }

    /// <summary>Vets and reads a package already in memory; <paramref name="cancel"/> stops the work at its next read
    /// of the package (the server's parse budget).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was set before the document was read.</exception>
    public static NarrativeDocument Read(byte[] package, LkeCatalog catalog, DocumentLimits? limits, CancellationToken cancel)
    {
        limits ??= DocumentLimits.Default;
        PackageGuard.Inspect(package, PackageKind.Word, limits, cancel);
        return Parse(package, catalog, limits, cancel);
    }

    private static NarrativeDocument Parse(byte[] package, LkeCatalog catalog, DocumentLimits limits, CancellationToken cancel = default)
    {
        var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxCharactersInPart };
        try
        {
            using var doc = WordprocessingDocument.Open(CancellableReadStream.Over(package, cancel), false, settings);
            var main = doc.MainDocumentPart ?? throw Rejections.Word.Corrupt();
            var body = main.Document?.Body ?? throw Rejections.Word.Corrupt();
            var fromControls = ContentControlReader.Read(body, catalog);
            if (fromControls is { Entries.Count: > 0 }) return fromControls;
            var fromNumbering = NumberingReader.Read(DocumentBlocks.Of(main), catalog) ?? throw Rejections.NoLkeContent();
            // Warnings about unknown tags still matter when the fallback found the narratives.
            return fromControls is null ? fromNumbering
                : fromNumbering with { Warnings = [.. fromControls.Warnings, .. fromNumbering.Warnings] };
        }
        catch (Exception e) when (UnreadablePackage.Is(e))
        {
            throw Rejections.Word.Corrupt(e);
        }
    }
}
