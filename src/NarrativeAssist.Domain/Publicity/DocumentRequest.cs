namespace NarrativeAssist.Domain.Publicity;

/// <summary>Where a request stands. Done = delivered; cancelled requests need nothing more.</summary>
public enum RequestStatus { New, InProgress, Delivered, Cancelled }

public static class RequestStatuses
{
    private static readonly (RequestStatus Status, string Code, string Label)[] Table =
    [
        (RequestStatus.New, "baru", "Baru"),
        (RequestStatus.InProgress, "dikerjakan", "Dikerjakan"),
        (RequestStatus.Delivered, "terkirim", "Terkirim"),
        (RequestStatus.Cancelled, "dibatalkan", "Dibatalkan"),
    ];

    public static IReadOnlyList<RequestStatus> All { get; } = Table.Select(t => t.Status).ToList();

    public static string Code(this RequestStatus status) => Table.First(t => t.Status == status).Code;

    public static string Label(this RequestStatus status) => Table.First(t => t.Status == status).Label;

    public static RequestStatus? Parse(string? text) =>
        Table.Where(t => Channels.Key(t.Code) == Channels.Key(text) || Channels.Key(t.Label) == Channels.Key(text)).Select(t => (RequestStatus?)t.Status).FirstOrDefault();

    public static bool IsOpen(this RequestStatus status) => status is RequestStatus.New or RequestStatus.InProgress;
}

/// <summary>A document the Kanwil or the head office asked for besides the LKE (seed 004: "dokumen lain yang diminta
/// oleh Kanwil dan Kantor Pusat … dipenuhi dengan baik dan tepat waktu").</summary>
public sealed record DocumentRequest(
    string Title,
    string Requester,
    DateOnly DueDate,
    string PersonInCharge,
    RequestStatus Status,
    string? Delivered = null);

public enum ReminderLevel { None, DueSoon, Overdue }

/// <summary>The reminder a request needs on <paramref name="Today"/>: open and due within
/// <see cref="RequestReminder.DueSoonDays"/> days (today included), or open past its due date.</summary>
public sealed record RequestReminder(ReminderLevel Level, int DaysLeft, string? Text)
{
    public const int DueSoonDays = 3;

    public static RequestReminder For(DocumentRequest request, DateOnly today)
    {
        var left = request.DueDate.DayNumber - today.DayNumber;
        if (!request.Status.IsOpen()) return new RequestReminder(ReminderLevel.None, left, null);
        if (left < 0) return new RequestReminder(ReminderLevel.Overdue, left, $"Terlambat {-left} hari");
        if (left > DueSoonDays) return new RequestReminder(ReminderLevel.None, left, null);
        return new RequestReminder(ReminderLevel.DueSoon, left, left switch
        {
            0 => "Jatuh tempo hari ini",
            1 => "Jatuh tempo besok",
            _ => $"Jatuh tempo {left} hari lagi",
        });
    }
}
