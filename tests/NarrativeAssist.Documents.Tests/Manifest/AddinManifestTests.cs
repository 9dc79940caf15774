using System.Text;
using System.Xml;
using System.Xml.Linq;
using NarrativeAssist.Documents.Manifest;

namespace NarrativeAssist.Documents.Tests.Manifest;

/// <summary>No XSD for the XML add-in manifest is available offline, so these tests check by hand what the official
/// schemas (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0, OfficeAppBasicTypesV1_0) require: every
/// element Office needs, in the schema's order and counts, resource ids that resolve, length limits, and URLs.</summary>
public class AddinManifestTests
{
    private const string Base = "https://zi.example.go.id";
    private static readonly XNamespace O = AddinManifest.OfficeAppNs, Xsi = AddinManifest.XsiNs, Bt = AddinManifest.BasicTypesNs, Ov = AddinManifest.OverridesNs;

    private static XDocument Load(string xml)
    {
        // Strict parse: well-formed, no DTD.
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static XDocument Generated(string baseUrl = Base, AddinHosts hosts = AddinHosts.WordAndPowerPoint) =>
        Load(AddinManifest.Generate(baseUrl, hosts));

    private static string[] Children(XElement e) => e.Elements().Select(c => c.Name.LocalName).ToArray();

    private static string? XsiType(XElement e) => e.Attribute(Xsi + "type")?.Value;

    [Fact]
    public void Output_is_well_formed_utf8_xml_with_a_declaration()
    {
        var xml = AddinManifest.Generate(Base);
        xml.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<OfficeApp ");
        xml.Should().NotContain("\r").And.EndWith("</OfficeApp>\n");
        Load(xml).Root!.Name.Should().Be(O + "OfficeApp");
        // Round-trips through UTF-8 (Indonesian text only, but the encoding must be honest).
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(xml)).Should().Be(xml);
    }

    [Fact]
    public void Base_manifest_has_every_required_element_in_schema_order()
    {
        var root = Generated().Root!;
        XsiType(root).Should().Be("TaskPaneApp");
        // OfficeApp sequence (Id, AlternateId?, Version, ProviderName, DefaultLocale, DisplayName, Description, IconUrl?,
        // HighResolutionIconUrl?, SupportUrl?, AppDomains?, Hosts?) then TaskPaneApp's (Requirements?, DefaultSettings,
        // Permissions, Dictionary?, VersionOverrides?). Exactly once each, in that order.
        Children(root).Should().Equal(
            "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
            "SupportUrl", "AppDomains", "Hosts", "DefaultSettings", "Permissions", "VersionOverrides");
        root.Elements().Where(e => e.Name.LocalName != "VersionOverrides").Should().OnlyContain(e => e.Name.Namespace == O);

        Guid.TryParse(root.Element(O + "Id")!.Value, out var id).Should().BeTrue();
        id.Should().Be(AddinManifest.Id).And.NotBe(Guid.Empty);
        root.Element(O + "Version")!.Value.Should().MatchRegex(@"^\d{1,5}(\.\d{1,5}){0,3}$").And.Be("1.0.0.0");
        root.Element(O + "ProviderName")!.Value.Should().Be("NarrativeAssist");
        root.Element(O + "DefaultLocale")!.Value.Should().Be("id-ID");
        root.Element(O + "Permissions")!.Value.Should().Be("ReadWriteDocument");
        root.Element(O + "Hosts")!.Elements(O + "Host").Select(h => h.Attribute("Name")!.Value).Should().Equal("Document", "Presentation");
        root.Element(O + "DefaultSettings")!.Elements().Select(e => e.Name.LocalName).Should().Equal("SourceLocation");
        root.Element(O + "DefaultSettings")!.Element(O + "SourceLocation")!.Attribute("DefaultValue")!.Value.Should().Be(Base + "/word/taskpane.html");
        root.Element(O + "AppDomains")!.Elements(O + "AppDomain").Select(e => e.Value).Should().Equal(Base);
    }

    [Fact]
    public void Display_name_and_description_are_Indonesian_with_an_en_US_override_within_limits()
    {
        var root = Generated().Root!;
        foreach (var (name, max) in new[] { ("DisplayName", 125), ("Description", 250) })
        {
            var e = root.Element(O + name)!;
            e.Attribute("DefaultValue")!.Value.Should().NotBeNullOrWhiteSpace().And.Match(v => v.Length <= max);
            var overrides = e.Elements(O + "Override").ToList();
            overrides.Should().ContainSingle().Which.Attribute("Locale")!.Value.Should().Be("en-US");
            overrides[0].Attribute("Value")!.Value.Should().NotBe(e.Attribute("DefaultValue")!.Value).And.Match(v => v.Length <= max);
        }
        root.Element(O + "DisplayName")!.Attribute("DefaultValue")!.Value.Should().Be("Asisten Narasi ZI");
        root.Element(O + "Description")!.Attribute("DefaultValue")!.Value.Should().Contain("narasi").And.Contain("Zona Integritas");
    }

    [Fact]
    public void Base_requirements_name_no_host_specific_set_that_would_hide_the_add_in_in_the_other_host()
    {
        // A set in the base <Requirements> must be supported by every host the add-in lists: WordApi would hide the add-in
        // in PowerPoint and PowerPointApi in Word. The panes check WordApi 1.1 / PowerPointApi 1.1 (and 1.4 / 1.2) at run time.
        var doc = Generated();
        var sets = doc.Descendants().Where(e => e.Name.LocalName == "Set").Select(e => e.Attribute("Name")!.Value).ToList();
        sets.Should().NotContain(s => s.StartsWith("WordApi") || s.StartsWith("PowerPointApi"));
        doc.DescendantNodes().OfType<XComment>().Should().Contain(c => c.Value.Contains("WordApi 1.1") && c.Value.Contains("PowerPointApi 1.1"));
    }

    [Theory]
    [InlineData(AddinHosts.Word, "Document", "WordApi", "/word/taskpane.html")]
    [InlineData(AddinHosts.PowerPoint, "Presentation", "PowerPointApi", "/powerpoint/taskpane.html")]
    public void Single_host_manifest_declares_its_minimum_requirement_set(AddinHosts hosts, string host, string set, string panePath)
    {
        var root = Generated(hosts: hosts).Root!;
        Children(root).Should().Equal(
            "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
            "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides");
        root.Element(O + "Hosts")!.Elements(O + "Host").Select(h => h.Attribute("Name")!.Value).Should().Equal(host);
        var requirements = root.Element(O + "Requirements")!;
        Children(requirements).Should().Equal("Sets");
        var sets = requirements.Element(O + "Sets")!;
        sets.Attribute("DefaultMinVersion")!.Value.Should().Be("1.1");
        sets.Elements(O + "Set").Should().ContainSingle().Which.Attributes().Select(a => $"{a.Name.LocalName}={a.Value}")
            .Should().Equal("Name=" + set, "MinVersion=1.1");
        root.Element(O + "DefaultSettings")!.Element(O + "SourceLocation")!.Attribute("DefaultValue")!.Value.Should().Be(Base + panePath);
        var vo = root.Element(Ov + "VersionOverrides")!;
        vo.Element(Ov + "Hosts")!.Elements().Select(XsiType).Should().Equal(host);
        AddinManifest.UrlsIn(root.Document!).Where(u => u.EndsWith("taskpane.html")).Distinct().Should().Equal(Base + panePath);
    }

    [Fact]
    public void Version_overrides_are_v1_0_for_a_task_pane_app_with_hosts_then_resources()
    {
        var vo = Generated().Root!.Element(Ov + "VersionOverrides")!;
        XsiType(vo).Should().Be("VersionOverridesV1_0");
        // VersionOverridesV1_0 sequence: Description?, Requirements?, Hosts?, Resources?, WebApplicationInfo?, EquivalentAddins?
        Children(vo).Should().Equal("Hosts", "Resources");
        vo.Elements().Should().OnlyContain(e => e.Name.Namespace == Ov);
        vo.Element(Ov + "Hosts")!.Elements().Should().OnlyContain(e => e.Name == Ov + "Host");
        vo.Element(Ov + "Hosts")!.Elements().Select(XsiType).Should().Equal("Document", "Presentation");
        var resources = vo.Element(Ov + "Resources")!;
        Children(resources).Should().Equal("Images", "Urls", "ShortStrings", "LongStrings");
        resources.Elements().Should().OnlyContain(e => e.Name.Namespace == Bt);
    }

    [Theory]
    [InlineData("Document", "/word/taskpane.html", "NA.Word")]
    [InlineData("Presentation", "/powerpoint/taskpane.html", "NA.PowerPoint")]
    public void Each_host_has_a_Home_tab_button_that_opens_its_own_pane(string host, string panePath, string prefix)
    {
        var doc = Generated();
        var h = doc.Root!.Element(Ov + "VersionOverrides")!.Element(Ov + "Hosts")!.Elements(Ov + "Host").Single(e => XsiType(e) == host);
        Children(h).Should().Equal("DesktopFormFactor");
        var form = h.Element(Ov + "DesktopFormFactor")!;
        // FormFactor sequence: GetStarted?, FunctionFile?, ExtensionPoint+
        Children(form).Should().Equal("GetStarted", "ExtensionPoint");
        Children(form.Element(Ov + "GetStarted")!).Should().Equal("Title", "Description", "LearnMoreUrl");
        var point = form.Element(Ov + "ExtensionPoint")!;
        XsiType(point).Should().Be("PrimaryCommandSurface");
        Children(point).Should().Equal("OfficeTab");
        var tab = point.Element(Ov + "OfficeTab")!;
        tab.Attribute("id")!.Value.Should().Be("TabHome");
        Children(tab).Should().Equal("Group");
        var group = tab.Element(Ov + "Group")!;
        group.Attribute("id")!.Value.Should().Be(prefix + ".Group");
        Children(group).Should().Equal("Label", "Icon", "Control");
        var control = group.Element(Ov + "Control")!;
        XsiType(control).Should().Be("Button");
        control.Attribute("id")!.Value.Should().Be(prefix + ".OpenPane");
        Children(control).Should().Equal("Label", "Supertip", "Icon", "Action");
        Children(control.Element(Ov + "Supertip")!).Should().Equal("Title", "Description");
        foreach (var icon in new[] { group.Element(Ov + "Icon")!, control.Element(Ov + "Icon")! })
        {
            icon.Elements().Should().OnlyContain(e => e.Name == Bt + "Image");
            icon.Elements().Select(e => int.Parse(e.Attribute("size")!.Value)).Should().Equal(16, 32, 80);
        }
        var action = control.Element(Ov + "Action")!;
        XsiType(action).Should().Be("ShowTaskpane");
        Children(action).Should().Equal("TaskpaneId", "SourceLocation");
        action.Element(Ov + "TaskpaneId")!.Value.Should().Be(prefix + ".Pane");
        var resid = action.Element(Ov + "SourceLocation")!.Attribute("resid")!.Value;
        Resource(doc, "Urls", resid).Attribute("DefaultValue")!.Value.Should().Be(Base + panePath);
    }

    [Theory]
    [InlineData(AddinHosts.WordAndPowerPoint)]
    [InlineData(AddinHosts.Word)]
    [InlineData(AddinHosts.PowerPoint)]
    public void Every_resource_reference_resolves_to_the_right_kind_and_every_resource_is_used(AddinHosts hosts)
    {
        var doc = Generated(hosts: hosts);
        var resources = doc.Root!.Element(Ov + "VersionOverrides")!.Element(Ov + "Resources")!;
        var all = resources.Elements().SelectMany(c => c.Elements()).ToList();
        all.Select(r => r.Attribute("id")!.Value).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.Length >= 1 && id.Length <= 32);

        var references = doc.Descendants().Where(e => e.Attribute("resid") is not null).ToList();
        references.Should().NotBeEmpty();
        foreach (var r in references)
        {
            var kind = r.Name.LocalName switch
            {
                "Image" => "Images",
                "SourceLocation" or "LearnMoreUrl" => "Urls",
                "Label" or "Title" => "ShortStrings",
                "Description" => "LongStrings",
                var other => throw new Xunit.Sdk.XunitException($"unexpected resource reference <{other}>"),
            };
            resources.Element(Bt + kind)!.Elements().Select(e => e.Attribute("id")!.Value)
                .Should().Contain(r.Attribute("resid")!.Value, $"<{r.Name.LocalName} resid> must name a {kind} resource");
        }
        var used = references.Select(r => r.Attribute("resid")!.Value).ToHashSet();
        all.Select(r => r.Attribute("id")!.Value).Should().OnlyContain(id => used.Contains(id), "an unused resource is dead weight");
    }

    [Fact]
    public void Strings_respect_the_schema_lengths_and_each_has_an_en_US_override()
    {
        var resources = Generated().Root!.Element(Ov + "VersionOverrides")!.Element(Ov + "Resources")!;
        foreach (var (kind, max) in new[] { ("ShortStrings", 125), ("LongStrings", 250) })
            foreach (var s in resources.Element(Bt + kind)!.Elements(Bt + "String"))
            {
                s.Attribute("DefaultValue")!.Value.Length.Should().BeInRange(1, max);
                var o = s.Elements(Bt + "Override").Should().ContainSingle().Subject;
                o.Attribute("Locale")!.Value.Should().Be("en-US");
                o.Attribute("Value")!.Value.Length.Should().BeInRange(1, max);
            }
        resources.Element(Bt + "ShortStrings")!.Elements().Single(e => e.Attribute("id")!.Value == AddinManifest.Res.ButtonLabel)
            .Attribute("DefaultValue")!.Value.Should().Be("Asisten Narasi");
    }

    [Fact]
    public void Images_are_the_served_pngs_in_16_32_and_80_px()
    {
        var images = Generated().Root!.Element(Ov + "VersionOverrides")!.Element(Ov + "Resources")!.Element(Bt + "Images")!.Elements().ToList();
        images.Select(e => e.Attribute("DefaultValue")!.Value).Should().Equal(
            Base + "/icons/icon-16.png", Base + "/icons/icon-32.png", Base + "/icons/icon-80.png");
        var root = Generated().Root!;
        root.Element(O + "IconUrl")!.Attribute("DefaultValue")!.Value.Should().Be(Base + "/icons/icon-32.png");
        root.Element(O + "HighResolutionIconUrl")!.Attribute("DefaultValue")!.Value.Should().Be(Base + "/icons/icon-64.png");
    }

    [Theory]
    [InlineData("https://zi.example.go.id", "https://zi.example.go.id")]
    [InlineData("https://zi.example.go.id/", "https://zi.example.go.id")]
    [InlineData("https://zi.example.go.id:8443/narasi/", "https://zi.example.go.id:8443/narasi")]
    [InlineData("https://localhost:5081", "https://localhost:5081")]
    public void Every_url_starts_with_the_base_url_and_is_https(string given, string normalised)
    {
        var doc = Load(AddinManifest.Generate(given));
        var urls = AddinManifest.UrlsIn(doc);
        urls.Should().HaveCountGreaterThan(8);
        urls.Should().OnlyContain(u => u == normalised || u.StartsWith(normalised + "/"));
        urls.Should().OnlyContain(u => Uri.IsWellFormedUriString(u, UriKind.Absolute) && u.StartsWith("https://"));
        urls.Should().Contain(normalised + "/word/taskpane.html").And.Contain(normalised + "/powerpoint/taskpane.html");
        // No URL anywhere in the text that UrlsIn missed.
        var xml = doc.ToString();
        var mentioned = System.Text.RegularExpressions.Regex.Matches(xml, "https?://[^\"<\\s]+").Select(m => m.Value)
            .Where(u => !u.StartsWith("http://schemas.microsoft.com/") && !u.StartsWith("http://www.w3.org/"));
        mentioned.Should().OnlyContain(u => urls.Contains(u));
    }

    [Fact]
    public void Http_is_accepted_only_for_localhost()
    {
        AddinManifest.TryParseBaseUrl("http://localhost:5080", out var local, out _).Should().BeTrue();
        local.Should().Be("http://localhost:5080");
        AddinManifest.TryParseBaseUrl("http://127.0.0.1:5080/", out var loop, out _).Should().BeTrue();
        loop.Should().Be("http://127.0.0.1:5080");

        AddinManifest.TryParseBaseUrl("http://zi.example.go.id", out _, out var error).Should().BeFalse();
        error.Should().Contain("harus memakai https://");
        foreach (var bad in new[] { "", "zi.example.go.id", "ftp://zi.example.go.id", "https://zi.example.go.id/?a=1", "https://u:p@zi.example.go.id" })
            AddinManifest.TryParseBaseUrl(bad, out _, out var e).Should().BeFalse(bad);
        FluentActions.Invoking(() => AddinManifest.Generate("http://zi.example.go.id")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Committed_dev_manifest_is_exactly_the_generator_output_for_localhost_5081()
    {
        var path = Path.Combine(RepoRoot(), "manifest", "manifest.dev.xml");
        File.Exists(path).Should().BeTrue($"{path} must be committed");
        File.ReadAllText(path).Should().Be(AddinManifest.Generate(AddinManifest.DevBaseUrl),
            "regenerate it with: dotnet run --project src/NarrativeAssist.Cli -- manifest --base-url https://localhost:5081 -o manifest/manifest.dev.xml");
    }

    [Fact]
    public void Icons_in_wwwroot_are_real_pngs_of_the_declared_sizes()
    {
        foreach (var size in AddinManifest.IconSizes)
        {
            var path = Path.Combine(RepoRoot(), "src", "NarrativeAssist.Server", "wwwroot", AddinManifest.IconPath(size).TrimStart('/'));
            var bytes = File.ReadAllBytes(path);
            bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            Encoding.ASCII.GetString(bytes, 12, 4).Should().Be("IHDR");
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(size);
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).Should().Be(size);
            bytes.Length.Should().BeLessThan(100 * 1024, "Office's limit for an image resource");
        }
    }

    private static XElement Resource(XDocument doc, string kind, string id) =>
        doc.Root!.Element(Ov + "VersionOverrides")!.Element(Ov + "Resources")!.Element(Bt + kind)!.Elements()
            .Single(e => e.Attribute("id")!.Value == id);

    private static string RepoRoot() => NarrativeAssist.Tests.RepoRoot.Path;
}
