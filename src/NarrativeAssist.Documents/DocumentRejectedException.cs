namespace NarrativeAssist.Documents;

/// <summary>A document refused before or while reading it. <see cref="Code"/> is stable English for programs
/// (see <see cref="RejectionCodes"/>); <see cref="Exception.Message"/> is Indonesian and meant for users as is.</summary>
public sealed class DocumentRejectedException : Exception
{
    public DocumentRejectedException(string code, string message, Exception? inner = null) : base(message, inner) => Code = code;

    public string Code { get; }
}

/// <summary>The stable values of <see cref="DocumentRejectedException.Code"/>.</summary>
public static class RejectionCodes
{
    public const string EmptyFile = "empty_file";
    public const string NotAZip = "not_a_zip";
    public const string EncryptedOrLegacy = "encrypted_or_legacy";
    public const string MacroEnabled = "macro_enabled";
    public const string TooLarge = "too_large";
    public const string ZipBomb = "zip_bomb";
    public const string NotAWordDocument = "not_a_word_document";
    public const string NotAPresentation = "not_a_presentation";
    public const string NotAWorkbook = "not_a_workbook";
    /// <summary>A legacy or OpenDocument workbook (.xls, .ods) on a machine without LibreOffice to convert it.</summary>
    public const string ConverterMissing = "converter_missing";
    public const string Corrupt = "corrupt";
    public const string NoLkeContent = "no_lke_content";
    public const string RemoteContent = "remote_content";
    /// <summary>An archive entry whose path leaves its folder ("../", absolute, drive letter).</summary>
    public const string UnsafePath = "unsafe_path";
    /// <summary>An archive entry protected by a password: its content cannot be vetted.</summary>
    public const string EncryptedEntry = "encrypted_entry";
}
