using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A forward-only XML writer into a pooled UTF-8 buffer, for the parts a render writes (slides, notes,
/// charts, relationships). Why not LINQ to XML or XmlWriter: building a tree per part and serializing it was most of
/// a deck's rendering time; this writes the bytes straight away, with no namespace bookkeeping (the qualified names
/// carry their prefixes, declared on the root as ordinary attributes). The output is byte for byte what XmlWriter
/// writes (declaration, <c>" />"</c> for empty elements, the same escaping), so parts look as they always did.
/// Callers pass text through <see cref="Dml.Clean"/>: characters XML cannot carry are not checked here.
/// <para>The small methods called thousands of times per deck are compiled optimized at once
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>, here and in <see cref="ByteBuffer"/>): a server renders decks
/// now and then, so with tiered compilation they would run as unoptimized tier-0 code for many renders (measured:
/// the 30 renders after 10 warm-ups took ~17 ms each instead of ~11; the steady state, ~4–5 ms, is unchanged).</para></summary>
internal sealed class XmlOut : IDisposable
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>";
    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&<>\"\t\n\r");

    private readonly ByteBuffer _buffer = new();
    private readonly Stack<string> _open = new();
    private bool _startOpen; // "<name attr=…" written, ">" not yet

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.Written;

    public XmlOut Clear()
    {
        _buffer.Clear();
        _open.Clear();
        _startOpen = false;
        return this;
    }

    /// <summary>Starts a part: the XML declaration every part carries.</summary>
    public XmlOut Document() => Clear().Write(Declaration);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Start(string name)
    {
        CloseStart();
        Write('<').Write(name);
        _open.Push(name);
        _startOpen = true;
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Attr(string name, string? value)
    {
        if (value is null) return this;
        Write(' ').Write(name).Write("=\"");
        Escaped(value, AttributeSpecial);
        return Write('"');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Attr(string name, long value) => Attr(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes the attribute only when there is a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Attr(string name, long? value) => value is { } v ? Attr(name, v) : this;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Text(string text)
    {
        CloseStart();
        Escaped(text, TextSpecial);
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut End()
    {
        var name = _open.Pop();
        if (_startOpen)
        {
            _startOpen = false;
            return Write(" />");
        }
        return Write("</").Write(name).Write('>');
    }

    /// <summary>An element without content: <c>&lt;name /&gt;</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Empty(string name) => Start(name).End();

    /// <summary>An element with one attribute and no content, the commonest shape in DrawingML (<c>&lt;c:idx val="0" /&gt;</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Empty(string name, string attribute, string value) => Start(name).Attr(attribute, value).End();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Empty(string name, string attribute, long value) => Start(name).Attr(attribute, value).End();

    /// <summary>An element holding only text: <c>&lt;c:v&gt;12&lt;/c:v&gt;</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Leaf(string name, string text) => Start(name).Text(text).End();

    /// <summary>Serialized XML written as it is (a fragment prepared once, e.g. a learned list style).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlOut Raw(string xml)
    {
        CloseStart();
        return Write(xml);
    }

    /// <summary>A LINQ to XML element (template data) whose names use the prefixes this writer's roots declare
    /// (<see cref="Dml.Prefixes"/>); anything else is serialized with its own namespace declarations.</summary>
    public XmlOut Element(XElement element)
    {
        if (!Dml.Prefixes.ContainsKey(element.Name.Namespace) || element.Attributes().Any(a => a.IsNamespaceDeclaration || !Known(a.Name)))
            return Raw(element.ToString(SaveOptions.DisableFormatting));
        Start(Qualified(element.Name));
        foreach (var a in element.Attributes()) Attr(Qualified(a.Name), a.Value);
        foreach (var node in element.Nodes())
        {
            if (node is XElement child) Element(child);
            else if (node is XText text) Text(text.Value);
        }
        return End();
    }

    /// <summary>What <paramref name="write"/> writes, as a string (fragments prepared once per template).</summary>
    public static string Serialize(Action<XmlOut> write)
    {
        using var x = new XmlOut();
        write(x);
        return Encoding.UTF8.GetString(x.Written);
    }

    public void Dispose() => _buffer.Dispose();

    private static bool Known(XName name) => name.Namespace == XNamespace.None || Dml.Prefixes.ContainsKey(name.Namespace);

    private static string Qualified(XName name) =>
        name.Namespace == XNamespace.None ? name.LocalName : $"{Dml.Prefixes[name.Namespace]}:{name.LocalName}";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CloseStart()
    {
        if (!_startOpen) return;
        _startOpen = false;
        Write('>');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Escaped(string value, SearchValues<char> special)
    {
        var rest = value.AsSpan();
        for (int i; (i = rest.IndexOfAny(special)) >= 0; rest = rest[(i + 1)..])
        {
            Write(rest[..i]);
            Write(rest[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                _ => "&#xD;",
            });
        }
        Write(rest);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private XmlOut Write(char c)
    {
        if (c >= 0x80) return Write([c]);
        _buffer.WriteByte((byte)c);
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private XmlOut Write(string s) => Write(s.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private XmlOut Write(ReadOnlySpan<char> s)
    {
        _buffer.Advance(Encoding.UTF8.GetBytes(s, _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(s.Length))));
        return this;
    }
}
