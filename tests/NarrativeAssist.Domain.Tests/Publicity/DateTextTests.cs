using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Domain.Tests.Publicity;

public class DateTextTests
{
    [Theory]
    [InlineData("2024-05-17", "2024-05-17")]
    [InlineData("2024-05-17 09:30", "2024-05-17")]
    [InlineData("2024-05-16T20:15:00Z", "2024-05-17")] // 03:15 WIB the next day
    [InlineData("17/05/2024 09:30", "2024-05-17")]
    [InlineData("17-05-24", "2024-05-17")]
    [InlineData("Jumat, 17 Mei 2024", "2024-05-17")]
    [InlineData("17 Agt 2024", "2024-08-17")]
    [InlineData("May 17, 2024", "2024-05-17")]
    public void Dates_as_people_and_exports_write_them(string text, string expected) =>
        DateText.Read(text).Should().Be(DateOnly.Parse(expected));

    [Fact]
    public void The_order_decides_between_day_and_month()
    {
        DateText.Read("05/06/2024", NumericDateOrder.DayFirst).Should().Be(new DateOnly(2024, 6, 5));
        DateText.Read("05/06/2024", NumericDateOrder.MonthFirst).Should().Be(new DateOnly(2024, 5, 6));
        DateText.OrderEvidence("13/05/2024").Should().Be(NumericDateOrder.DayFirst);
        DateText.OrderEvidence("05/13/2024").Should().Be(NumericDateOrder.MonthFirst);
        DateText.OrderEvidence("05/06/2024").Should().BeNull();
    }

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("kemarin")]
    [InlineData("Lifetime")]
    public void Impossible_or_missing_dates_are_null(string text) => DateText.Read(text).Should().BeNull();
}
