using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Cases.PaperFiles;

internal static class FileTagsApi
{
    public static RouteGroupBuilder MapFileTagsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases/file-tags").WithTags("Cases: paper files").RequireAuthorization(CasesPermissions.CasesRead);
        group.MapGet("/encode", Encode).WithName("EncodeFileTag").WithSummary("Encodes a GS1 company prefix and a numeric asset reference as a GIAI-96 tag")
            .WithDescription("?companyPrefix=0614141&assetReference=5678&filter=3 (filter 0 when left out). Answers the fields, the URIs and the 24 hexadecimal characters.");
        group.MapGet("/decode", Decode).WithName("DecodeFileTag").WithSummary("Decodes a GIAI-96 tag's 24 hexadecimal characters")
            .WithDescription("?tag=3474257BF40000000000162E. Another scheme, a reserved partition or an impossible company prefix is a validation problem naming it.");
        return group;
    }

    private static Results<Ok<FileTagAnswer>, ValidationProblem> Encode(string? companyPrefix, string? assetReference, string? filter, IStringLocalizer<CasesText> text) =>
        Answer(Giai96.Encode(companyPrefix, assetReference, filter), new FieldErrors(text), text);

    private static Results<Ok<FileTagAnswer>, ValidationProblem> Decode(string? tag, IStringLocalizer<CasesText> text) =>
        Answer(Giai96.Decode(tag ?? ""), new FieldErrors(text), text);

    private static Results<Ok<FileTagAnswer>, ValidationProblem> Answer(TagResult result, FieldErrors errors, IStringLocalizer text)
    {
        if (result is TagRefused refused)
        {
            errors.AddTranslated(TagProblemText.FieldOf(refused.Problem), TagProblemText.Describe(refused.Problem, text));
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var tag = ((TagEncoded)result).Tag;
        return TypedResults.Ok(new FileTagAnswer(TagDescription.Of(tag), tag.Hex));
    }
}

/// <summary>A tag's fields and URIs, as <c>pathway rfid decode</c> prints them, with the hexadecimal form a printer writes.</summary>
public sealed record FileTagAnswer(TagDescription Tag, string Hex);
