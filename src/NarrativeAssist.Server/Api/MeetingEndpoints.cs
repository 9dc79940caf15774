using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Documents.Reports;
using NarrativeAssist.Domain.Publicity;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Publicity;

namespace NarrativeAssist.Server.Api;

/// <summary>The weekly meeting's summary (issue 18): this week against last week, what slipped, open requests and
/// the publicity rhythm.</summary>
public sealed record MeetingJson(string UnitName, string Week, DateOnly Monday, DateOnly Today, MeetingFigures ThisWeek, MeetingFigures? LastWeek,
    IReadOnlyList<string> Slipped, IReadOnlyList<MeetingRequest> Requests, IReadOnlyList<string> Publicity);

public static class MeetingEndpoints
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapMeetingEndpoints(this RouteGroupBuilder unit)
    {
        var meeting = unit.MapGroup("/meeting").WithTags("Rapat mingguan");
        meeting.MapGet("/", Summary).RequireUnit(UnitPermission.Read).WithSummary("Ringkasan rapat mingguan");
        meeting.MapGet("/export", Export).RequireUnit(UnitPermission.Read).WithSummary("Ringkasan rapat mingguan sebagai .docx untuk notulen")
            .Produces<byte[]>(StatusCodes.Status200OK, DocxType);
    }

    public static async Task<Ok<MeetingJson>> Summary(UnitContext unit, MeetingService meetings, CancellationToken cancel)
    {
        var m = await meetings.SummaryAsync(unit.UnitId, cancel);
        return TypedResults.Ok(new MeetingJson(m.UnitName, m.Week, m.Monday, m.Today, m.ThisWeek, m.LastWeek, m.Slipped, m.Requests, m.Publicity));
    }

    public static async Task<FileContentHttpResult> Export(UnitContext unit, MeetingService meetings, CancellationToken cancel)
    {
        var m = await meetings.SummaryAsync(unit.UnitId, cancel);
        return TypedResults.File(MeetingMinutesWriter.Write(m), DocxType, $"rapat-mingguan-{m.Week}.docx");
    }
}
