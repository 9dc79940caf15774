namespace NarrativeAssist.Documents.Decks;

/// <summary>What a layout is for — "title" (cover), "secHead", "obj" (title and content), "twoObj", "titleOnly",
/// "picTx", "blank" or "other" — from its declared type where that is one of PowerPoint's and agrees with its
/// placeholders, else from the placeholders' geometry and names. Templates made by hand leave layouts untyped ("cust",
/// eleven of the university template's thirteen) or type them loosely (LibreOffice writes its title slide as "tx"), so
/// the type alone sends content onto cover layouts.</summary>
internal static class LayoutRoles
{
    private static readonly Dictionary<string, string> Typed = new()
    {
        ["title"] = "title", ["secHead"] = "secHead", ["obj"] = "obj", ["tx"] = "obj", ["objOnly"] = "obj",
        ["twoObj"] = "twoObj", ["twoColTx"] = "twoObj", ["twoTxTwoObj"] = "twoObj", ["titleOnly"] = "titleOnly",
        ["picTx"] = "picTx", ["blank"] = "blank",
    };

    private static readonly string[] SectionNames = ["section", "bagian", "divider", "pemisah"];
    private static readonly string[] CoverNames = ["title slide", "slide judul", "judul slide", "cover", "sampul", "opening", "pembuka"];

    public static string Classify(LayoutInfo layout)
    {
        var geometry = ByGeometry(layout);
        if (!Typed.TryGetValue(layout.Type, out var typed)) return geometry;
        // A declared type stands unless the placeholders contradict it: content types need a content box, a cover has no
        // large content box.
        return typed switch
        {
            "obj" or "twoObj" when geometry is "title" or "titleOnly" or "blank" or "secHead" => geometry,
            "title" when geometry is "obj" or "twoObj" => geometry,
            _ => typed,
        };
    }

    private static string ByGeometry(LayoutInfo layout)
    {
        var slide = layout.Slide;
        var slideArea = (double)Math.Max(1, slide.Area);
        var title = layout.Title;
        var content = layout.Content.Where(p => p.Box is not null).ToList();
        var large = content.Where(p => p.Box!.Value.Area / slideArea >= 0.18).ToList();
        var name = layout.Name;
        if (title is null) return content.Count == 0 && layout.Subtitle is null ? "blank" : "other";
        if (layout.Picture is { Box: { } pic } && pic.Area / slideArea >= 0.12) return "picTx";
        if (title.Type == "ctrTitle" || (layout.Subtitle is not null && large.Count == 0)) return "title";
        if (large.Count >= 2 && SideBySide(large[0].Box!.Value, large[1].Box!.Value)) return "twoObj";
        if (large.Count >= 1)
        {
            // A large body under a title that sits low on the slide is still a cover (a banner with a long subtitle).
            var titleBox = title.Box;
            var titleLow = titleBox is { } t && t.Y + t.Cy / 2 > slide.Cy * 0.45 && large.All(c => c.Box!.Value.Y < t.Y);
            return titleLow ? "title" : "obj";
        }
        if (content.Count > 0 || layout.Subtitle is not null)
            return Has(name, SectionNames) ? "secHead" : Has(name, CoverNames) || Low(title, slide) ? "title" : "secHead";
        return Has(name, SectionNames) ? "secHead" : Has(name, CoverNames) ? "title" : "titleOnly";
    }

    private static bool Low(PlaceholderInfo title, Rect slide) => title.Box is { } t && t.Y + t.Cy / 2 > slide.Cy * 0.3;

    private static bool SideBySide(Rect a, Rect b) =>
        (a.Right <= b.X + b.Cx / 10 || b.Right <= a.X + a.Cx / 10) && Math.Min(a.Bottom, b.Bottom) > Math.Max(a.Y, b.Y);

    private static bool Has(string name, string[] words) => words.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
