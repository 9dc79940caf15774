using NarrativeAssist.Domain.Evidence;

namespace NarrativeAssist.Domain.Tests.Evidence;

public class PathListingTests
{
    [Fact]
    public void Dir_s_b_output_keeps_files_and_drops_folders_empty_ones_included()
    {
        const string listing = "D:\\ZI\\AREA I\r\nD:\\ZI\\AREA I\\i. Penyusunan Tim Kerja\r\n" +
            "D:\\ZI\\AREA I\\i. Penyusunan Tim Kerja\\1.i.a SK TIM.pdf\r\nD:\\ZI\\AREA I\\ii. Rencana\r\n\r\n" +
            "D:\\ZI\\AREA I\\i. Penyusunan Tim Kerja\\Scan\r\nD:\\ZI\\AREA I\\i. Penyusunan Tim Kerja\\Scan\\undangan.JPG\r\n";
        PathListing.Parse(listing).Select(f => f.Path).Should().Equal(
            "ZI/AREA I/i. Penyusunan Tim Kerja/1.i.a SK TIM.pdf", "ZI/AREA I/i. Penyusunan Tim Kerja/Scan/undangan.JPG");
        PathListing.Parse(listing).Should().OnlyContain(f => f.Condition == FileCondition.NotInspected && f.Size == null);
    }

    [Fact]
    public void Find_output_with_dot_root_and_unc_paths_are_read()
    {
        PathListing.Parse(".\n./AREA I\n./AREA I/1.i.a SK.pdf\n").Select(f => f.Path).Should().Equal("AREA I/1.i.a SK.pdf");
        PathListing.Parse(@"\\server\bersama\ZI\AREA I\1.i.a SK.pdf").Single().Path.Should().Be("ZI/AREA I/1.i.a SK.pdf");
    }

    [Fact]
    public void A_listing_too_long_is_refused_in_indonesian()
    {
        var act = () => PathListing.Parse(new string('x', PathListing.MaxLineLength + 1));
        act.Should().Throw<ArgumentException>().WithMessage("Baris daftar terlalu panjang*");
    }
}
