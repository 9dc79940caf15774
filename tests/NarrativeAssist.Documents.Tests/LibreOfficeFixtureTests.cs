using NarrativeAssist.Documents.Tests.Support;

namespace NarrativeAssist.Documents.Tests;

/// <summary>A narrative document saved by LibreOffice Writer (see Fixtures/README.md), not by our own writer:
/// real headings, bold question lines, a table, and no content controls.</summary>
public class LibreOfficeFixtureTests
{
    private static readonly NarrativeDocument Doc = ReadFixture();

    private static NarrativeDocument ReadFixture()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "libreoffice-narasi.docx"));
        return NarrativeReader.Read(file, Docx.Catalog);
    }

    [Fact]
    public void Finds_every_question_across_two_areas_and_three_parts_in_document_order()
    {
        Doc.Mode.Should().Be(ReadMode.Numbering);
        Doc.Entries.Select(e => (e.QuestionId, e.Source)).Should().Equal(
            ("P.MP.1.a", EntrySources.Numbering),
            ("P.MP.1.b", EntrySources.Numbering),
            ("P.MP.2.a", EntrySources.Numbering),
            ("P.PW.1.a", EntrySources.Numbering),
            ("P.PW.1.b", EntrySources.QuestionText),
            ("R.MP.1.a", EntrySources.Numbering),
            ("H.1.a", EntrySources.QuestionText));
        Doc.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Reads_narrative_texts_with_the_answer_line_removed()
    {
        Doc.Find("P.MP.1.a").Should().Be(new NarrativeEntry("P.MP.1.a",
            "Tim Kerja Pembangunan Zona Integritas dibentuk dengan SK Kepala Balai Nomor 12/BLP/I/2024 tanggal 8 Januari 2024.\n" +
            "Bukti dukung: SK Tim Kerja, undangan, daftar hadir dan notulen rapat pembentukan tim tanggal 5 Januari 2024.",
            "Ya", EntrySources.Numbering));
        Doc.Find("P.PW.1.b")!.Text.Should().Be("Unit Pengendalian Gratifikasi menerima 3 laporan penolakan gratifikasi pada 2024.");
        Doc.Find("H.1.a")!.Text.Should().Be("Indeks persepsi antikorupsi 2024 sebesar 3,61, naik dari 3,48 pada 2023.");
    }

    [Fact]
    public void Reads_answers_of_choice_and_numeric_items()
    {
        Doc.Entries.Select(e => e.Answer).Should().Equal("Ya", "A", null, null, null, "80", null);
    }

    [Fact]
    public void Reads_the_table_inside_a_narrative()
    {
        Doc.Find("P.MP.1.b")!.Text.Should().Be(
            "Anggota tim dipilih melalui rapat seleksi yang mewakili seluruh seksi:\nTanggal | Kegiatan\n3 Januari 2024 | Rapat seleksi anggota tim");
    }
}

/// <summary>Our own skeleton, filled and then saved by LibreOffice Writer, which drops the content-control tags.</summary>
public class LibreOfficeSavedSkeletonTests
{
    private static readonly NarrativeDocument Doc = ReadFixture();

    private static NarrativeDocument ReadFixture()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "libreoffice-kerangka-terisi.docx"));
        return NarrativeReader.Read(file, Docx.Catalog);
    }

    [Fact]
    public void Falls_back_to_the_skeleton_headings_and_finds_every_question_of_the_area()
    {
        Doc.Mode.Should().Be(ReadMode.Numbering);
        Doc.Entries.Select(e => e.QuestionId).Should().Equal(Docx.Catalog.QuestionsOfArea("MP").Select(q => q.Id));
        Doc.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Reads_filled_narratives_and_answers_and_leaves_placeholders_out()
    {
        Doc.Find("P.MP.1.a").Should().Be(new NarrativeEntry("P.MP.1.a",
            "Tim Kerja Pembangunan ZI dibentuk dengan SK Kepala Balai Nomor 12/BLP/I/2024 tanggal 8 Januari 2024.\n" +
            "Bukti dukung: SK, undangan, daftar hadir dan notulen rapat 5 Januari 2024.", "Ya", EntrySources.Numbering));
        Doc.Find("P.MP.1.b")!.Answer.Should().Be("B");
        Doc.Find("R.MP.1.a").Should().Be(new NarrativeEntry("R.MP.1.a",
            "Sepuluh agen perubahan menghasilkan delapan perubahan konkret pada 2024.", "80", EntrySources.Numbering));
        Doc.Entries.Where(e => e.QuestionId is not ("P.MP.1.a" or "P.MP.1.b" or "R.MP.1.a"))
            .Should().OnlyContain(e => e.Text == "" && e.Answer == null);
    }
}
