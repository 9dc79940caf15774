using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NarrativeAssist.Documents;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Documents.Tests;

public class NarrativeFillerTests
{
    [Fact]
    public void Filled_skeleton_reads_back_and_stays_valid()
    {
        using var stream = new MemoryStream();
        SkeletonWriter.Write(stream, BuiltInData.Catalog, "MP");
        var missing = NarrativeFiller.Fill(stream, [
            new NarrativeInput("P.MP.1.a", "Tim dibentuk dengan SK Nomor KEP-1/2024.\nAnggota 24 orang.", "Ya"),
            new NarrativeInput("P.MP.1.b", "Dipilih melalui seleksi.", "B"),
            new NarrativeInput("R.MP.1.a", "Sepuluh agen membuat delapan perubahan.", "80"),
            new NarrativeInput("P.PP.1.a", "Bukan area MP.", "A"),
        ]);
        missing.Should().Equal("P.PP.1.a");

        stream.Position = 0;
        using (var doc = WordprocessingDocument.Open(stream, false))
            new OpenXmlValidator().Validate(doc).Should().BeEmpty();
        stream.Position = 0;
        var read = NarrativeReader.Read(stream, BuiltInData.Catalog);
        read.Find("P.MP.1.a")!.Text.Should().Be("Tim dibentuk dengan SK Nomor KEP-1/2024.\nAnggota 24 orang.");
        read.Find("P.MP.1.a")!.Answer.Should().Be("Ya");
        read.Find("P.MP.1.b")!.Answer.Should().Be("B");
        read.Find("R.MP.1.a")!.Answer.Should().Be("80");
        read.Find("P.MP.2.a")!.Text.Should().BeEmpty();
        read.Warnings.Should().BeEmpty();
    }
}
