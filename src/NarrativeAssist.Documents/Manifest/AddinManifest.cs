using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NarrativeAssist.Documents.Manifest;

/// <summary>Which Office applications a manifest targets.</summary>
[Flags]
public enum AddinHosts
{
    Word = 1,
    PowerPoint = 2,
    WordAndPowerPoint = Word | PowerPoint,
}

/// <summary>The Office add-in manifest (XML, "add-in only" format, not the unified JSON one: the perpetual Office
/// that most government offices run only reads XML) for one server. The CLI (<c>narrativeassist manifest</c>),
/// the committed <c>manifest/manifest.dev.xml</c> and the tests all use this one generator.
/// Element order follows the official schemas: OfficeAppManifestV1_1 (base part) and
/// TaskPaneAppVersionOverridesV1_0 + OfficeAppBasicTypesV1_0 (VersionOverrides; a TaskPaneApp supports only V1_0).</summary>
public static class AddinManifest
{
    public const string OfficeAppNs = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";
    public const string BasicTypesNs = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public const string OverridesNs = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    /// <summary>Never change: Office identifies the add-in (and its cached settings) by this id.</summary>
    public static readonly Guid Id = Guid.Parse("75f6f81b-0903-4e92-a373-05784fea0820");
    public const string Version = "1.0.0.0";
    public const string ProviderName = "NarrativeAssist";
    public const string DefaultLocale = "id-ID";
    public const string DevBaseUrl = "https://localhost:5081";

    public const string WordPanePath = "/word/taskpane.html";
    public const string PowerPointPanePath = "/powerpoint/taskpane.html";
    public static readonly int[] RibbonIconSizes = [16, 32, 80];
    public static readonly int[] IconSizes = [16, 32, 64, 80];
    public static string IconPath(int size) => $"/icons/icon-{size}.png";

    private static readonly XNamespace O = OfficeAppNs, Xsi = XsiNs, Bt = BasicTypesNs, Ov = OverridesNs;

    /// <summary>Checks a base URL given by a person: absolute, https (http only for localhost/127.0.0.1, where
    /// Office on the same machine accepts it for development), no query or fragment. Returns the normalised base
    /// (scheme://host[:port][/path] without a trailing slash) or an Indonesian error.</summary>
    public static bool TryParseBaseUrl(string? text, out string baseUrl, out string error)
    {
        baseUrl = ""; error = "";
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || string.IsNullOrEmpty(uri.Host))
        {
            error = $"Alamat dasar \"{text}\" bukan URL yang valid; contoh: https://zi.example.go.id";
            return false;
        }
        var local = uri.IsLoopback || uri.Host is "localhost" or "127.0.0.1";
        if (uri.Scheme != Uri.UriSchemeHttps && !local)
        {
            error = $"Alamat dasar \"{text}\" harus memakai https://. Office hanya memuat add-in dari server HTTPS; "
                + "http:// hanya diterima untuk localhost atau 127.0.0.1 saat pengembangan.";
            return false;
        }
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            error = $"Alamat dasar \"{text}\" tidak boleh berisi nama pengguna, query (?…) atau fragmen (#…).";
            return false;
        }
        baseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return true;
    }

    /// <summary>The manifest for a server at <paramref name="baseUrl"/> (validated with <see cref="TryParseBaseUrl"/>),
    /// as UTF-8 XML text with a declaration and two-space indentation, "\n" line ends. Both hosts by default; a
    /// single-host manifest also declares that host's minimum requirement set in its base part.</summary>
    public static string Generate(string baseUrl, AddinHosts hosts = AddinHosts.WordAndPowerPoint)
    {
        if (!TryParseBaseUrl(baseUrl, out var b, out var error)) throw new ArgumentException(error, nameof(baseUrl));
        if (hosts is not (AddinHosts.Word or AddinHosts.PowerPoint or AddinHosts.WordAndPowerPoint))
            throw new ArgumentOutOfRangeException(nameof(hosts));
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), Build(b, hosts));
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, settings)) doc.Save(w);
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    /// <summary>Every URL a manifest names: URL-valued attributes (DefaultValue/Value of IconUrl,
    /// HighResolutionIconUrl, SupportUrl, SourceLocation, bt:Image, bt:Url and their overrides) and AppDomain texts.</summary>
    public static IReadOnlyList<string> UrlsIn(XDocument manifest)
    {
        var urlElements = new HashSet<XName>
        {
            O + "IconUrl", O + "HighResolutionIconUrl", O + "SupportUrl", O + "SourceLocation", Bt + "Image", Bt + "Url",
        };
        var urls = new List<string>();
        foreach (var e in manifest.Descendants())
        {
            if (e.Name == O + "AppDomain") urls.Add(e.Value.Trim());
            var owner = e.Name == O + "Override" || e.Name == Bt + "Override" ? e.Parent! : e;
            if (!urlElements.Contains(owner.Name) || owner.Attribute("resid") is not null) continue;
            foreach (var a in e.Attributes().Where(a => a.Name.LocalName is "DefaultValue" or "Value")) urls.Add(a.Value);
        }
        return urls;
    }

    private static XElement Build(string b, AddinHosts hosts)
    {
        var word = hosts.HasFlag(AddinHosts.Word);
        var powerPoint = hosts.HasFlag(AddinHosts.PowerPoint);
        return new XElement(O + "OfficeApp",
            new XAttribute("xmlns", OfficeAppNs),
            new XAttribute(XNamespace.Xmlns + "xsi", XsiNs),
            new XAttribute(XNamespace.Xmlns + "bt", BasicTypesNs),
            new XAttribute(Xsi + "type", "TaskPaneApp"),
            new XElement(O + "Id", Id.ToString()),
            new XElement(O + "Version", Version),
            new XElement(O + "ProviderName", ProviderName),
            new XElement(O + "DefaultLocale", DefaultLocale),
            Localised("DisplayName", Text.DisplayName),
            Localised("Description", Text.Description),
            new XElement(O + "IconUrl", new XAttribute("DefaultValue", b + IconPath(32))),
            new XElement(O + "HighResolutionIconUrl", new XAttribute("DefaultValue", b + IconPath(64))),
            new XElement(O + "SupportUrl", new XAttribute("DefaultValue", b + "/")),
            new XElement(O + "AppDomains", new XElement(O + "AppDomain", b)),
            new XElement(O + "Hosts",
                word ? new XElement(O + "Host", new XAttribute("Name", "Document")) : null,
                powerPoint ? new XElement(O + "Host", new XAttribute("Name", "Presentation")) : null),
            // Office refuses to load an add-in in any host that lacks a set listed in the base <Requirements>, so a
            // two-host manifest cannot list WordApi (it would hide the add-in in PowerPoint) nor PowerPointApi (hidden
            // in Word): each pane checks its host's set at run time. A single-host manifest declares its minimum.
            word && powerPoint
                ? new XComment(" Tanpa <Requirements> di bagian dasar: satu set khusus host (WordApi / PowerPointApi) akan "
                    + "menyembunyikan add-in di host lain. Panel memeriksa WordApi 1.1 (komentar: 1.4) dan PowerPointApi 1.1 "
                    + "(sisip slide: 1.2) saat berjalan. ")
                : new XElement(O + "Requirements",
                    new XElement(O + "Sets", new XAttribute("DefaultMinVersion", "1.1"),
                        new XElement(O + "Set", new XAttribute("Name", word ? "WordApi" : "PowerPointApi"), new XAttribute("MinVersion", "1.1")))),
            new XElement(O + "DefaultSettings", new XElement(O + "SourceLocation", new XAttribute("DefaultValue", b + (word ? WordPanePath : PowerPointPanePath)))),
            new XElement(O + "Permissions", "ReadWriteDocument"),
            VersionOverrides(b, word, powerPoint));
    }

    private static XElement Localised(string name, (string Id, string En) text) =>
        new(O + name, new XAttribute("DefaultValue", text.Id),
            new XElement(O + "Override", new XAttribute("Locale", "en-US"), new XAttribute("Value", text.En)));

    /// <summary>Resource ids (at most 32 characters, OfficeAppBasicTypes' ReferenceId).</summary>
    public static class Res
    {
        public const string Icon16 = "NA.Icon.16", Icon32 = "NA.Icon.32", Icon80 = "NA.Icon.80";
        public const string WordPaneUrl = "NA.Word.Taskpane.Url", PowerPointPaneUrl = "NA.PowerPoint.Taskpane.Url", LearnMoreUrl = "NA.LearnMore.Url";
        public const string GroupLabel = "NA.Group.Label", ButtonLabel = "NA.Button.Label", ButtonTip = "NA.Button.Tip";
        public const string GetStartedTitle = "NA.GetStarted.Title";
        public const string WordButtonDesc = "NA.Word.Button.Desc", PowerPointButtonDesc = "NA.PowerPoint.Button.Desc";
        public const string GetStartedDesc = "NA.GetStarted.Desc";
    }

    private static XElement VersionOverrides(string b, bool word, bool powerPoint)
    {
        return new XElement(Ov + "VersionOverrides",
            new XAttribute("xmlns", OverridesNs),
            new XAttribute(Xsi + "type", "VersionOverridesV1_0"),
            new XElement(Ov + "Hosts",
                word ? Host("Document", "NA.Word", Res.WordPaneUrl, Res.WordButtonDesc) : null,
                powerPoint ? Host("Presentation", "NA.PowerPoint", Res.PowerPointPaneUrl, Res.PowerPointButtonDesc) : null),
            new XElement(Ov + "Resources",
                new XElement(Bt + "Images",
                    Image(Res.Icon16, b + IconPath(16)), Image(Res.Icon32, b + IconPath(32)), Image(Res.Icon80, b + IconPath(80))),
                new XElement(Bt + "Urls",
                    word ? Url(Res.WordPaneUrl, b + WordPanePath) : null,
                    powerPoint ? Url(Res.PowerPointPaneUrl, b + PowerPointPanePath) : null,
                    Url(Res.LearnMoreUrl, b + "/")),
                new XElement(Bt + "ShortStrings",
                    String(Res.GroupLabel, Text.GroupLabel),
                    String(Res.ButtonLabel, Text.ButtonLabel),
                    String(Res.ButtonTip, Text.ButtonTip),
                    String(Res.GetStartedTitle, Text.GetStartedTitle)),
                new XElement(Bt + "LongStrings",
                    word ? String(Res.WordButtonDesc, Text.WordButtonDesc) : null,
                    powerPoint ? String(Res.PowerPointButtonDesc, Text.PowerPointButtonDesc) : null,
                    String(Res.GetStartedDesc, Text.GetStartedDesc))));
    }

    /// <summary>A host with one button in its own group on the Home tab, opening that host's pane.</summary>
    private static XElement Host(string type, string prefix, string paneUrlRes, string buttonDescRes) =>
        new(Ov + "Host", new XAttribute(Xsi + "type", type),
            new XElement(Ov + "DesktopFormFactor",
                new XElement(Ov + "GetStarted",
                    new XElement(Ov + "Title", new XAttribute("resid", Res.GetStartedTitle)),
                    new XElement(Ov + "Description", new XAttribute("resid", Res.GetStartedDesc)),
                    new XElement(Ov + "LearnMoreUrl", new XAttribute("resid", Res.LearnMoreUrl))),
                new XElement(Ov + "ExtensionPoint", new XAttribute(Xsi + "type", "PrimaryCommandSurface"),
                    new XElement(Ov + "OfficeTab", new XAttribute("id", "TabHome"),
                        new XElement(Ov + "Group", new XAttribute("id", prefix + ".Group"),
                            new XElement(Ov + "Label", new XAttribute("resid", Res.GroupLabel)),
                            Icons(),
                            new XElement(Ov + "Control", new XAttribute(Xsi + "type", "Button"), new XAttribute("id", prefix + ".OpenPane"),
                                new XElement(Ov + "Label", new XAttribute("resid", Res.ButtonLabel)),
                                new XElement(Ov + "Supertip",
                                    new XElement(Ov + "Title", new XAttribute("resid", Res.ButtonTip)),
                                    new XElement(Ov + "Description", new XAttribute("resid", buttonDescRes))),
                                Icons(),
                                new XElement(Ov + "Action", new XAttribute(Xsi + "type", "ShowTaskpane"),
                                    new XElement(Ov + "TaskpaneId", prefix + ".Pane"),
                                    new XElement(Ov + "SourceLocation", new XAttribute("resid", paneUrlRes)))))))));

    private static XElement Icons() =>
        new(Ov + "Icon",
            new XElement(Bt + "Image", new XAttribute("size", 16), new XAttribute("resid", Res.Icon16)),
            new XElement(Bt + "Image", new XAttribute("size", 32), new XAttribute("resid", Res.Icon32)),
            new XElement(Bt + "Image", new XAttribute("size", 80), new XAttribute("resid", Res.Icon80)));

    private static XElement Image(string id, string url) => new(Bt + "Image", new XAttribute("id", id), new XAttribute("DefaultValue", url));
    private static XElement Url(string id, string url) => new(Bt + "Url", new XAttribute("id", id), new XAttribute("DefaultValue", url));

    private static XElement String(string id, (string Id, string En) text) =>
        new(Bt + "String", new XAttribute("id", id), new XAttribute("DefaultValue", text.Id),
            new XElement(Bt + "Override", new XAttribute("Locale", "en-US"), new XAttribute("Value", text.En)));

    /// <summary>Every visible text: Indonesian (default locale) and English (en-US override).
    /// Short strings ≤ 125 characters, long strings ≤ 250 (the schema's limits; the tests check them).</summary>
    public static class Text
    {
        public static readonly (string Id, string En) DisplayName = ("Asisten Narasi ZI", "NarrativeAssist (ZI narratives)");
        public static readonly (string Id, string En) Description = (
            "Periksa narasi LKE Zona Integritas di samping dokumen: checklist tiap pertanyaan, cakupan per area, temuan dengan saran, dan contoh narasi.",
            "Check Integrity Zone (LKE) narratives beside the document: each question's checklist, coverage per area, findings with suggestions and narrative templates.");
        public static readonly (string Id, string En) GroupLabel = ("Narasi ZI", "ZI narratives");
        public static readonly (string Id, string En) ButtonLabel = ("Asisten Narasi", "NarrativeAssist");
        public static readonly (string Id, string En) ButtonTip = ("Buka panel Asisten Narasi ZI", "Open the NarrativeAssist pane");
        public static readonly (string Id, string En) GetStartedTitle = ("Asisten Narasi ZI siap dipakai", "NarrativeAssist is ready");
        public static readonly (string Id, string En) WordButtonDesc = (
            "Buka panel untuk memeriksa narasi LKE, melihat checklist pertanyaan di posisi kursor, dan menyisipkan kerangka atau contoh narasi.",
            "Open the pane to check LKE narratives, see the checklist of the question at the cursor, and insert skeletons or narrative templates.");
        public static readonly (string Id, string En) PowerPointButtonDesc = (
            "Buka panel untuk menyusun slide paparan Zona Integritas dari narasi unit.",
            "Open the pane to build Integrity Zone presentation slides from the unit's narratives.");
        public static readonly (string Id, string En) GetStartedDesc = (
            "Klik tombol Asisten Narasi di tab Beranda untuk membuka panel.",
            "Click the NarrativeAssist button on the Home tab to open the pane.");
    }
}
