using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Documents.Tests.Support;
using static NarrativeAssist.Documents.Tests.Support.Docx;

namespace NarrativeAssist.Documents.Tests;

public class ContentControlReadingTests
{
    [Fact]
    public void Untouched_skeleton_reads_as_empty_narratives_without_answers()
    {
        var doc = Read(Skeleton("MP"));

        doc.Mode.Should().Be(ReadMode.ContentControls);
        doc.Entries.Select(e => e.QuestionId).Should().Equal(Catalog.QuestionsOfArea("MP").Select(q => q.Id));
        doc.Entries.Should().OnlyContain(e => e.Text == "" && e.Answer == null && e.Source == EntrySources.ContentControl);
        doc.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Filled_skeleton_reads_back_texts_and_answers()
    {
        var filled = Edit(Skeleton("MP"), body =>
        {
            WriteNarrative(body, "P.MP.1.a",
                "Tim Kerja ZI dibentuk dengan SK Kepala Balai Nomor 12/2024 tanggal 8 Januari 2024.",
                "Bukti dukung: SK, undangan, daftar hadir dan notulen.");
            PickAnswer(body, "P.MP.1.a", "Ya");
            WriteNarrative(body, "P.MP.1.b", "Anggota dipilih melalui rapat seleksi yang mewakili seluruh seksi.");
            PickAnswer(body, "P.MP.1.b", "B");
            TypeAnswer(body, "R.MP.1.a", "85 %");
            TypeAnswer(body, "R.MP.1.b", "92,5");
        });

        var doc = Read(filled);

        doc.Mode.Should().Be(ReadMode.ContentControls);
        doc.Warnings.Should().BeEmpty();
        doc.Find("P.MP.1.a").Should().Be(new NarrativeEntry("P.MP.1.a",
            "Tim Kerja ZI dibentuk dengan SK Kepala Balai Nomor 12/2024 tanggal 8 Januari 2024.\nBukti dukung: SK, undangan, daftar hadir dan notulen.",
            "Ya", EntrySources.ContentControl));
        doc.Find("P.MP.1.b")!.Answer.Should().Be("B");
        doc.Find("P.MP.1.b")!.Text.Should().Be("Anggota dipilih melalui rapat seleksi yang mewakili seluruh seksi.");
        doc.Find("R.MP.1.a")!.Answer.Should().Be("85");
        doc.Find("R.MP.1.b")!.Answer.Should().Be("92,5");
        doc.Find("P.MP.2.a").Should().Be(new NarrativeEntry("P.MP.2.a", "", null, EntrySources.ContentControl));
    }

    [Fact]
    public void Leading_answer_line_is_parsed_and_removed_from_the_narrative()
    {
        var filled = Edit(Skeleton("MP"), body =>
            WriteNarrative(body, "P.MP.1.b", "Jawaban: B", "Sebagian anggota dipilih melalui rapat seksi."));

        var entry = Read(filled).Find("P.MP.1.b")!;

        entry.Answer.Should().Be("B");
        entry.Text.Should().Be("Sebagian anggota dipilih melalui rapat seksi.");
    }

    [Fact]
    public void Answer_control_wins_over_a_leading_answer_line()
    {
        var filled = Edit(Skeleton("MP"), body =>
        {
            WriteNarrative(body, "P.MP.1.b", "Jawaban: C", "Narasi.");
            PickAnswer(body, "P.MP.1.b", "A");
        });

        Read(filled).Find("P.MP.1.b").Should().Be(new NarrativeEntry("P.MP.1.b", "Narasi.", "A", EntrySources.ContentControl));
    }

    [Theory]
    [InlineData("P.MP.1.a", "ya", "Ya")]
    [InlineData("P.MP.1.a", "YA", "Ya")]
    [InlineData("P.MP.1.a", "tidak", "Tidak")]
    [InlineData("P.MP.1.b", "a", "A")]
    [InlineData("P.MP.1.b", "A: seluruh unsur terwakili", "A")]
    [InlineData("P.MP.1.b", "b. sebagian", "B")]
    [InlineData("P.MP.1.b", "Jika tidak di seleksi.", "C")]
    [InlineData("R.MP.1.a", "80 persen", "80")]
    [InlineData("H.1.a", "3.61", "3,61")]
    public void Typed_answers_are_normalised(string id, string typed, string expected)
    {
        var docx = WithBody(P("Jawaban: ", null), RunControlParagraph(LkeTags.Answer(id), typed));

        var doc = Read(docx);

        doc.Find(id)!.Answer.Should().Be(expected);
        doc.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Unrecognised_answer_is_kept_as_written_with_a_warning()
    {
        var doc = Read(WithBody(RunControlParagraph("lke-jawaban:P.MP.1.b", "mungkin")));

        doc.Find("P.MP.1.b")!.Answer.Should().Be("mungkin");
        doc.Warnings.Should().ContainSingle().Which.Should().Contain("P.MP.1.b").And.Contain("A, B, C");
    }

    [Fact]
    public void Table_inside_a_narrative_control_reads_as_rows_of_cells()
    {
        var docx = WithBody(BlockControl("lke:P.MP.3.a",
            P("Pemantauan dilakukan setiap triwulan:"),
            Table(["Triwulan", "Tanggal", "Hasil"], ["I", "28 Maret 2024", "12 rencana aksi selesai"]),
            P("Laporan monev ditandatangani Kepala Balai.")));

        Read(docx).Find("P.MP.3.a")!.Text.Should().Be(
            "Pemantauan dilakukan setiap triwulan:\nTriwulan | Tanggal | Hasil\nI | 28 Maret 2024 | 12 rencana aksi selesai\nLaporan monev ditandatangani Kepala Balai.");
    }

    [Fact]
    public void Lists_and_line_breaks_keep_one_line_each()
    {
        var numbered = P("Rapat pembentukan tim");
        numbered.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
        var docx = WithBody(BlockControl("lke:P.MP.1.a",
            numbered,
            new Paragraph(new Run(new Text("SK Nomor 12"), new Break(), new Text("tanggal 8 Januari 2024"))),
            P("   "),
            new Paragraph(new DeletedRun(new Run(new DeletedText("teks yang dihapus"))), new Run(new Text("teks akhir")))));

        Read(docx).Find("P.MP.1.a")!.Text.Should().Be("Rapat pembentukan tim\nSK Nomor 12\ntanggal 8 Januari 2024\nteks akhir");
    }

    [Fact]
    public void Run_and_cell_level_controls_are_read()
    {
        var cellControl = new SdtCell(new SdtProperties(new Tag { Val = "lke:P.TL.1.a" }),
            new SdtContentCell(new TableCell(P("SOP kegiatan utama ditetapkan dengan SK Nomor 7/2024."))));
        var docx = WithBody(
            new Paragraph(new Run(new Text("Narasi: ")), RunControl("lke:P.MP.2.a", "Rencana kerja ZI ditetapkan 15 Januari 2024.")),
            new Table(new TableRow(new TableCell(P("P.TL.1.a")), cellControl)));

        var doc = Read(docx);

        doc.Entries.Select(e => (e.QuestionId, e.Text)).Should().Equal(
            ("P.MP.2.a", "Rencana kerja ZI ditetapkan 15 Januari 2024."),
            ("P.TL.1.a", "SOP kegiatan utama ditetapkan dengan SK Nomor 7/2024."));
    }

    [Fact]
    public void Placeholder_flag_makes_a_control_empty_even_with_text()
    {
        var control = BlockControl("lke:P.MP.1.a", P("Klik di sini untuk menulis."));
        control.SdtProperties!.Append(new ShowingPlaceholder());

        Read(WithBody(control)).Find("P.MP.1.a")!.Text.Should().BeEmpty();
    }

    [Fact]
    public void Skeleton_placeholder_texts_count_as_empty_even_when_the_flag_was_lost()
    {
        var docx = WithBody(
            BlockControl("lke:P.MP.1.a", P(SkeletonWriter.NarrativePlaceholder)),
            new Paragraph(RunControl("lke-jawaban:P.MP.1.a", "Pilih jawaban")),
            new Paragraph(RunControl("lke-jawaban:R.MP.1.a", "isi persen 0–100")));

        var doc = Read(docx);

        doc.Entries.Should().Equal(
            new NarrativeEntry("P.MP.1.a", "", null, EntrySources.ContentControl),
            new NarrativeEntry("R.MP.1.a", "", null, EntrySources.ContentControl));
        doc.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Unknown_question_tag_is_skipped_with_a_warning()
    {
        var doc = Read(WithBody(
            BlockControl("lke:P.MP.9.z", P("Narasi untuk pertanyaan yang tidak ada.")),
            BlockControl("lke:P.MP.1.a", P("Tim dibentuk."))));

        doc.Entries.Should().ContainSingle().Which.QuestionId.Should().Be("P.MP.1.a");
        doc.Warnings.Should().ContainSingle().Which.Should().Contain("lke:P.MP.9.z").And.Contain("dilewati");
    }

    [Fact]
    public void Same_question_tagged_twice_is_merged_with_a_warning()
    {
        var doc = Read(WithBody(
            BlockControl("lke:P.MP.1.a", P("Bagian pertama.")),
            P("Teks lain di antaranya."),
            BlockControl("LKE:p.mp.1.a", P("Jawaban: ya"), P("Bagian kedua."))));

        doc.Entries.Should().Equal(new NarrativeEntry("P.MP.1.a", "Bagian pertama.\nBagian kedua.", "Ya", EntrySources.ContentControl));
        doc.Warnings.Should().ContainSingle().Which.Should().Contain("P.MP.1.a").And.Contain("digabung");
    }

    [Fact]
    public void Untagged_controls_and_text_around_tagged_ones_are_ignored()
    {
        var doc = Read(WithBody(
            P("Kata pengantar yang tidak dinilai."),
            BlockControl("judul-dokumen", P("Narasi Balai")),
            BlockControl("lke:P.MP.1.a", P("Tim dibentuk."))));

        doc.Entries.Should().Equal(new NarrativeEntry("P.MP.1.a", "Tim dibentuk.", null, EntrySources.ContentControl));
    }

    private static Paragraph RunControlParagraph(string tag, string text) => new(RunControl(tag, text));
}
