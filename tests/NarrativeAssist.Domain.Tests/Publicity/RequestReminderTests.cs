using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Domain.Tests.Publicity;

public class RequestReminderTests
{
    private static readonly DateOnly Today = new(2024, 6, 10);

    private static DocumentRequest Due(int days, RequestStatus status = RequestStatus.New) =>
        new("Matriks TL LHE", "Kanwil DJPb Kalsel", Today.AddDays(days), "Rina", status);

    [Theory]
    [InlineData(-2, ReminderLevel.Overdue, "Terlambat 2 hari")]
    [InlineData(0, ReminderLevel.DueSoon, "Jatuh tempo hari ini")]
    [InlineData(1, ReminderLevel.DueSoon, "Jatuh tempo besok")]
    [InlineData(3, ReminderLevel.DueSoon, "Jatuh tempo 3 hari lagi")]
    [InlineData(4, ReminderLevel.None, null)]
    public void Open_requests_are_reminded_three_days_ahead_and_when_late(int days, ReminderLevel level, string? text)
    {
        var reminder = RequestReminder.For(Due(days), Today);
        reminder.Level.Should().Be(level);
        reminder.Text.Should().Be(text);
        reminder.DaysLeft.Should().Be(days);
    }

    [Theory]
    [InlineData(RequestStatus.Delivered)]
    [InlineData(RequestStatus.Cancelled)]
    public void Delivered_or_cancelled_requests_need_no_reminder(RequestStatus status) =>
        RequestReminder.For(Due(-5, status), Today).Level.Should().Be(ReminderLevel.None);

    [Fact]
    public void Status_codes_and_labels_read_back() =>
        RequestStatuses.All.Should().OnlyContain(s => RequestStatuses.Parse(s.Code()) == s && RequestStatuses.Parse(s.Label()) == s);
}
