namespace NarrativeAssist.Server.Api;

/// <summary>Describes a file download in the OpenAPI document: the media type with a binary body.</summary>
public static class FileResponses
{
    /// <summary><see cref="Stream"/> is what the OpenAPI generator writes as <c>{type: string, format: binary}</c>.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, contentType);
}
