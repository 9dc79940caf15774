using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents;

/// <summary>Reads a document without LKE content controls: walks its paragraphs, tracks the current part, area
/// and sub-area from headings, and takes the paragraphs after a recognised question, up to the next recognised
/// outline entry, as that question's narrative.</summary>
internal sealed class NumberingReader
{
    private readonly LkeCatalog _catalog;
    private readonly OutlineMatcher _outline;
    private readonly EntryCollector _entries;
    private Part? _part;
    private Area? _area;
    private SubArea? _subArea;
    private Question? _question;
    private bool _assumedPart;

    private NumberingReader(LkeCatalog catalog)
    {
        _catalog = catalog;
        _outline = new OutlineMatcher(catalog);
        _entries = new EntryCollector(catalog);
    }

    /// <summary>The entries found, or null when nothing in the document looks like an LKE question.</summary>
    public static NarrativeDocument? Read(IEnumerable<Block> blocks, LkeCatalog catalog)
    {
        var reader = new NumberingReader(catalog);
        foreach (var block in blocks) reader.Consume(block);
        return reader._entries.Count == 0 ? null : reader._entries.Build(ReadMode.Numbering);
    }

    private void Consume(Block block)
    {
        if (TryQuestionId(block) || TryLkeNumber(block)) return;
        if (_outline.PartHeading(block) is { } part) { Enter(part, null, null); return; }
        if (_outline.AreaHeading(block, _part, _area) is { } area) { Enter(area.Part, area, null); return; }
        if (_outline.SubAreaHeading(block, _area, _part, _subArea) is { } sub) { Enter(sub.Area.Part, sub.Area, sub); return; }
        var scope = _subArea?.Questions ?? _area?.DirectQuestions ?? [];
        if (_outline.Lettered(block, scope) is var (lettered, rest)) { Start(lettered, rest, EntrySources.Numbering); return; }
        if (_outline.QuestionText(block, Nearby()) is { } q && q != _question) { Start(q, "", EntrySources.QuestionText); return; }
        if (_question is not null) _entries.AppendText(_question, block.Text);
    }

    private bool TryQuestionId(Block block)
    {
        if (_outline.QuestionId(block.Text) is not var (id, rest)) return false;
        if (_entries.Find(id) is not { } q)
        {
            _entries.Warn($"Paragraf diawali \"{id}\", tetapi tidak ada pertanyaan LKE dengan id itu; paragraf dibaca sebagai narasi.");
            return false;
        }
        Start(q, rest, EntrySources.QuestionId);
        return true;
    }

    private bool TryLkeNumber(Block block)
    {
        var part = _part ?? _catalog.Parts[0];
        if (_outline.LkeNumber(block.Text, part) is not var (q, rest)) return false;
        if (_part is null && !_assumedPart)
        {
            _assumedPart = true;
            _entries.Warn($"Penomoran seperti \"1.i.a\" muncul sebelum judul bagian (Pemenuhan/Reform); dianggap bagian {part.Name}.");
        }
        Start(q, rest, EntrySources.Numbering);
        return true;
    }

    /// <summary>Begins <paramref name="q"/>'s narrative; text after its number is narrative unless it restates the question.</summary>
    private void Start(Question q, string rest, string source)
    {
        Enter(q.Part, q.Area, q.SubArea);
        _question = q;
        _entries.BeginNarrative(q, source, _outline.ResemblesQuestion(q, rest) ? "" : rest);
    }

    private void Enter(Part part, Area? area, SubArea? subArea)
    {
        (_part, _area, _subArea, _question) = (part, area, subArea, null);
    }

    /// <summary>Questions to prefer when a line matches several texts: current sub-area, area, then part.</summary>
    private IEnumerable<Question> Nearby() =>
        (_subArea?.Questions ?? []).Concat(_area?.AllQuestions ?? []).Concat((_part?.Areas ?? []).SelectMany(a => a.AllQuestions));
}
