using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace NarrativeAssist.Documents;

/// <summary>What the Open XML SDK and System.IO.Packaging throw for a package that passed <see cref="PackageGuard"/> but
/// cannot be read: bad XML, a bad package, bad zip data, and a relationship to a part that is not in the package
/// (InvalidOperationException "Specified part does not exist", found by the fuzz test). Every reader turns these into
/// the same Indonesian "corrupt file" refusal.</summary>
internal static class UnreadablePackage
{
    public static bool Is(Exception e) => e is XmlException or OpenXmlPackageException or InvalidDataException or IOException
        or FormatException or KeyNotFoundException or InvalidOperationException;
}
