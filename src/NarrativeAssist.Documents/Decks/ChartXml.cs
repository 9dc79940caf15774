using System.Globalization;
using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The c:chartSpace of a native line or clustered column chart. Categories are string references and
/// values number references into <see cref="ChartWorkbook"/>'s cells, each with its cache (what PowerPoint and
/// LibreOffice draw before anyone edits the data). Colors are scheme colors, so the chart follows the template — except
/// an indicator's realisation, green when it meets its target and red when it does not, beside a dashed grey target
/// line. Column charts start their value axis at zero (a bar's length is its value); number formats carry the unit.</summary>
internal static class ChartXml
{
    private const int CategoryAxis = 50_010, ValueAxis = 50_020;
    private const int MaxLabelledPoints = 16;

    public static XmlOut Write(XmlOut x, ChartSpec spec, string workbookRelationshipId)
    {
        var format = string.IsNullOrWhiteSpace(spec.NumberFormat) ? "General" : spec.NumberFormat;
        var labels = spec.Categories.Count * spec.Series.Count <= MaxLabelledPoints;
        var line = spec.Type == ChartType.Line;

        x.Document().Start("c:chartSpace").Attr("xmlns:c", C.NamespaceName).Attr("xmlns:a", A.NamespaceName).Attr("xmlns:r", R.NamespaceName)
            .Val("date1904", 0).Val("lang", Lang).Val("roundedCorners", 0)
            .Start("c:chart")
                .Start("c:title").Start("c:tx").Start("c:rich").Empty("a:bodyPr").Empty("a:lstStyle")
                    .Paragraph(new Para(spec.Title, new ParaStyle(Defaults: new RunStyle(2000, Bold: true, Color: "tx1")), new RunStyle(2000, Bold: true)))
                .End().End().Val("overlay", 0).End()
                .Val("autoTitleDeleted", 0)
                .Start("c:plotArea").Empty("c:layout");
        if (line) x.Start("c:lineChart").Val("grouping", "standard").Val("varyColors", 0);
        else x.Start("c:barChart").Val("barDir", "col").Val("grouping", "clustered").Val("varyColors", 0);
        for (var i = 0; i < spec.Series.Count; i++) Series(x, spec, spec.Series[i], i, format, line, labels);
        if (line) x.Val("marker", 1); else x.Val("gapWidth", 80);
        x.Val("axId", CategoryAxis).Val("axId", ValueAxis).End();

        x.Start("c:catAx").Val("axId", CategoryAxis).Scaling().Val("delete", 0).Val("axPos", "b")
                .Val("majorTickMark", "none").Val("minorTickMark", "none").Val("tickLblPos", "nextTo")
                .Start("c:spPr").Start("a:ln").Attr("w", 12700).SchemeFill("tx1", alpha: 50_000).End().End()
                .TextProps(1600).Val("crossAx", ValueAxis).Val("crosses", "autoZero").Val("auto", 1).Val("lblAlgn", "ctr")
                .Val("lblOffset", 100).Val("noMultiLvlLbl", 0)
            .End()
            .Start("c:valAx").Val("axId", ValueAxis).Scaling(fromZero: !line || spec.AxisFromZero).Val("delete", 0).Val("axPos", "l")
                .Start("c:majorGridlines").Start("c:spPr").Start("a:ln").Attr("w", 9525).SchemeFill("tx1", alpha: 25_000).End().End().End()
                .NumberFormat(format)
                .Val("majorTickMark", "none").Val("minorTickMark", "none").Val("tickLblPos", "nextTo")
                .Start("c:spPr").Start("a:ln").NoFill().End().End()
                .TextProps(1400).Val("crossAx", CategoryAxis).Val("crosses", "autoZero").Val("crossBetween", "between")
            .End()
            .End() // plotArea
            .Start("c:legend").Val("legendPos", "b").Val("overlay", 0).TextProps(1600).End()
            .Val("plotVisOnly", 1).Val("dispBlanksAs", "gap")
            .End() // chart
            .Start("c:spPr").NoFill().Start("a:ln").NoFill().End().End()
            .TextProps(1600)
            .Start("c:externalData").Attr("r:id", workbookRelationshipId).Val("autoUpdate", 0).End()
            .End();
        return x;
    }

    /// <summary>Met / missed target: colour-blind-safe green and red that read on light and dark backgrounds.</summary>
    private const string MetColor = "2E7D32", MissedColor = "C62828", TargetColor = "7F7F7F";

    private static void Series(XmlOut x, ChartSpec spec, ChartSeries s, int i, string format, bool line, bool labels)
    {
        var color = $"accent{i % 6 + 1}";
        var rgb = s.IsTarget ? TargetColor : spec.TargetMet switch { true => MetColor, false => MissedColor, _ => null };
        var rows = spec.Categories.Count;
        x.Start("c:ser").Val("idx", i).Val("order", i)
            .Start("c:tx").Start("c:strRef").Leaf("c:f", ChartWorkbook.Range(i + 1, 1, 1))
                .Start("c:strCache").Val("ptCount", 1).Point(0, Clean(s.Name)).End()
            .End().End();
        if (line && s.IsTarget)
            x.Start("c:spPr").Start("a:ln").Attr("w", 28_575).Attr("cap", "rnd").Fill(color, rgb).Empty("a:prstDash", "val", "dash").Empty("a:round").End().End()
                .Start("c:marker").Val("symbol", "none").End();
        else if (line)
            x.Start("c:spPr").Start("a:ln").Attr("w", 44_450).Attr("cap", "rnd").Fill(color, rgb).Empty("a:round").End().End()
                .Start("c:marker").Val("symbol", "circle").Val("size", 8)
                    .Start("c:spPr").Fill(color, rgb).Start("a:ln").Fill(color, rgb).End().End()
                .End();
        else x.Start("c:spPr").Fill(color, rgb).End().Val("invertIfNegative", 0);
        if (labels && !s.IsTarget && (!line || i == 0)) DataLabels(x, format, line); // one labelled line: a target line needs no labels
        x.Start("c:cat").Start("c:strRef").Leaf("c:f", ChartWorkbook.Range(0, 2, rows + 1))
            .Start("c:strCache").Val("ptCount", rows);
        for (var k = 0; k < rows; k++) x.Point(k, Clean(spec.Categories[k]));
        x.End().End().End()
            .Start("c:val").Start("c:numRef").Leaf("c:f", ChartWorkbook.Range(i + 1, 2, rows + 1))
            .Start("c:numCache").Leaf("c:formatCode", format).Val("ptCount", rows);
        for (var k = 0; k < rows; k++)
            if (ChartWorkbook.Value(s, k) is { } v) x.Point(k, v.ToString("R", CultureInfo.InvariantCulture));
        x.End().End().End();
        if (line) x.Val("smooth", 0);
        x.End();
    }

    private static void DataLabels(XmlOut x, string format, bool line) =>
        x.Start("c:dLbls")
            .NumberFormat(format)
            .Start("c:spPr").NoFill().Start("a:ln").NoFill().End().End()
            .TextProps(1400, bold: true)
            .Val("dLblPos", line ? "t" : "outEnd")
            .Val("showLegendKey", 0).Val("showVal", 1).Val("showCatName", 0).Val("showSerName", 0)
            .Val("showPercent", 0).Val("showBubbleSize", 0)
            .End();

    private static XmlOut Point(this XmlOut x, int index, string value) => x.Start("c:pt").Attr("idx", index).Leaf("c:v", value).End();

    private static XmlOut Val(this XmlOut x, string name, string value) => x.Empty("c:" + name, "val", value);

    private static XmlOut Val(this XmlOut x, string name, long value) => x.Empty("c:" + name, "val", value);

    private static XmlOut Scaling(this XmlOut x, bool fromZero = false)
    {
        x.Start("c:scaling").Val("orientation", "minMax");
        if (fromZero) x.Empty("c:min", "val", 0);
        return x.End();
    }

    /// <summary>A fixed colour when given, else the scheme colour.</summary>
    private static XmlOut Fill(this XmlOut x, string scheme, string? rgb) =>
        rgb is null ? x.SchemeFill(scheme) : x.Start("a:solidFill").Empty("a:srgbClr", "val", rgb).End();

    private static XmlOut NumberFormat(this XmlOut x, string format) => x.Start("c:numFmt").Attr("formatCode", format).Attr("sourceLinked", 0).End();

    private static XmlOut TextProps(this XmlOut x, int size, bool bold = false) =>
        x.Start("c:txPr").Empty("a:bodyPr").Empty("a:lstStyle")
            .Start("a:p").ParaProps(new ParaStyle(Defaults: new RunStyle(size, Bold: bold, Color: "tx1"))).RunProps("a:endParaRPr", default).End()
            .End();
}
