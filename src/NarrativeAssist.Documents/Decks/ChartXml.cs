using System.Globalization;
using System.Xml.Linq;
using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The c:chartSpace of a native line or clustered column chart. Categories are string references and
/// values number references into <see cref="ChartWorkbook"/>'s cells, each with its cache (what PowerPoint and
/// LibreOffice draw before anyone edits the data). Colors are scheme colors, so the chart follows the template.</summary>
internal static class ChartXml
{
    private const int CategoryAxis = 50_010, ValueAxis = 50_020;
    private const int MaxLabelledPoints = 16;

    public static XElement Build(ChartSpec spec, string workbookRelationshipId)
    {
        var format = string.IsNullOrWhiteSpace(spec.NumberFormat) ? "General" : spec.NumberFormat;
        var labels = spec.Categories.Count * spec.Series.Count <= MaxLabelledPoints;
        var line = spec.Type == ChartType.Line;
        var series = spec.Series.Select((s, i) => Series(spec, s, i, format, line, labels));
        XElement group = line
            ? new XElement(C + "lineChart", Val("grouping", "standard"), Val("varyColors", 0), series,
                Val("marker", 1), Val("axId", CategoryAxis), Val("axId", ValueAxis))
            : new XElement(C + "barChart", Val("barDir", "col"), Val("grouping", "clustered"), Val("varyColors", 0), series,
                Val("gapWidth", 80), Val("axId", CategoryAxis), Val("axId", ValueAxis));

        return new XElement(C + "chartSpace",
            new XAttribute(XNamespace.Xmlns + "c", C), new XAttribute(XNamespace.Xmlns + "a", A), new XAttribute(XNamespace.Xmlns + "r", R),
            Val("date1904", 0), Val("lang", Lang), Val("roundedCorners", 0),
            new XElement(C + "chart",
                new XElement(C + "title", new XElement(C + "tx", new XElement(C + "rich", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"),
                        Paragraph(spec.Title, new XElement(A + "pPr", Def(2000, bold: true)), RunProps(2000, bold: true)))),
                    Val("overlay", 0)),
                Val("autoTitleDeleted", 0),
                new XElement(C + "plotArea", new XElement(C + "layout"), group,
                    new XElement(C + "catAx", Val("axId", CategoryAxis), Scaling(), Val("delete", 0), Val("axPos", "b"),
                        Val("majorTickMark", "none"), Val("minorTickMark", "none"), Val("tickLblPos", "nextTo"),
                        new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", 12700), SolidFill(Scheme("tx1", Alpha(50_000))))),
                        TextProps(1600), Val("crossAx", ValueAxis), Val("crosses", "autoZero"), Val("auto", 1), Val("lblAlgn", "ctr"),
                        Val("lblOffset", 100), Val("noMultiLvlLbl", 0)),
                    new XElement(C + "valAx", Val("axId", ValueAxis), Scaling(), Val("delete", 0), Val("axPos", "l"),
                        new XElement(C + "majorGridlines", new XElement(C + "spPr",
                            new XElement(A + "ln", new XAttribute("w", 9525), SolidFill(Scheme("tx1", Alpha(25_000)))))),
                        new XElement(C + "numFmt", new XAttribute("formatCode", format), new XAttribute("sourceLinked", 0)),
                        Val("majorTickMark", "none"), Val("minorTickMark", "none"), Val("tickLblPos", "nextTo"),
                        new XElement(C + "spPr", new XElement(A + "ln", new XElement(A + "noFill"))),
                        TextProps(1400), Val("crossAx", CategoryAxis), Val("crosses", "autoZero"), Val("crossBetween", "between"))),
                new XElement(C + "legend", Val("legendPos", "b"), Val("overlay", 0), TextProps(1600)),
                Val("plotVisOnly", 1), Val("dispBlanksAs", "gap")),
            new XElement(C + "spPr", new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))),
            TextProps(1600),
            new XElement(C + "externalData", new XAttribute(R + "id", workbookRelationshipId), Val("autoUpdate", 0)));
    }

    private static XElement Series(ChartSpec spec, ChartSeries s, int i, string format, bool line, bool labels)
    {
        var color = Scheme($"accent{i % 6 + 1}");
        var rows = spec.Categories.Count;
        return new XElement(C + "ser", Val("idx", i), Val("order", i),
            new XElement(C + "tx", new XElement(C + "strRef", new XElement(C + "f", ChartWorkbook.Range(i + 1, 1, 1)),
                new XElement(C + "strCache", Val("ptCount", 1), Point(0, Clean(s.Name))))),
            line
                ? new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", 44_450), new XAttribute("cap", "rnd"), SolidFill(color),
                    new XElement(A + "round")))
                : new XElement(C + "spPr", SolidFill(color)),
            line ? new XElement(C + "marker", Val("symbol", "circle"), Val("size", 8),
                    new XElement(C + "spPr", SolidFill(new XElement(color)), new XElement(A + "ln", SolidFill(new XElement(color)))))
                 : Val("invertIfNegative", 0),
            labels && (!line || i == 0) ? DataLabels(format, line) : null, // one labelled line: a target line needs no labels
            new XElement(C + "cat", new XElement(C + "strRef", new XElement(C + "f", ChartWorkbook.Range(0, 2, rows + 1)),
                new XElement(C + "strCache", Val("ptCount", rows), spec.Categories.Select((c, k) => Point(k, Clean(c)))))),
            new XElement(C + "val", new XElement(C + "numRef", new XElement(C + "f", ChartWorkbook.Range(i + 1, 2, rows + 1)),
                new XElement(C + "numCache", new XElement(C + "formatCode", format), Val("ptCount", rows),
                    Enumerable.Range(0, rows).Select(k => ChartWorkbook.Value(s, k) is { } v
                        ? Point(k, v.ToString("R", CultureInfo.InvariantCulture)) : null)))),
            line ? Val("smooth", 0) : null);
    }

    private static XElement DataLabels(string format, bool line) =>
        new(C + "dLbls",
            new XElement(C + "numFmt", new XAttribute("formatCode", format), new XAttribute("sourceLinked", 0)),
            new XElement(C + "spPr", new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))),
            TextProps(1400, bold: true),
            Val("dLblPos", line ? "t" : "outEnd"),
            Val("showLegendKey", 0), Val("showVal", 1), Val("showCatName", 0), Val("showSerName", 0),
            Val("showPercent", 0), Val("showBubbleSize", 0));

    private static XElement Point(int index, string value) =>
        new(C + "pt", new XAttribute("idx", index), new XElement(C + "v", value));

    private static XElement Val(string name, object value) => new(C + name, new XAttribute("val", value));

    private static XElement Scaling() => new(C + "scaling", Val("orientation", "minMax"));

    private static XElement Alpha(int value) => new(A + "alpha", new XAttribute("val", value));

    private static XElement Def(int size, bool bold = false) =>
        new(A + "defRPr", new XAttribute("sz", size), bold ? new XAttribute("b", 1) : null, SolidFill(Scheme("tx1")));

    private static XElement TextProps(int size, bool bold = false) =>
        new(C + "txPr", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"),
            new XElement(A + "p", new XElement(A + "pPr", Def(size, bold)), new XElement(A + "endParaRPr", new XAttribute("lang", Lang))));
}
