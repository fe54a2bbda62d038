using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Web.Hosting;

/// <summary>
/// A request the endpoint could not read (malformed JSON, a value of the wrong type) answered as a
/// validation problem in the caller's language, like the API's other errors; the framework's own
/// answer is an English "Bad Request".
/// </summary>
internal static class UnreadableRequestProblem
{
    public static void Customize(ProblemDetailsContext context)
    {
        if (context.Exception is not BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad)
        {
            return;
        }

        // The exception handler runs outside the localization middleware's culture scope; the chosen culture is kept on the request.
        if (context.HttpContext.Features.Get<IRequestCultureFeature>() is { } chosen)
        {
            CultureInfo.CurrentCulture = chosen.RequestCulture.Culture;
            CultureInfo.CurrentUICulture = chosen.RequestCulture.UICulture;
        }

        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        var json = bad.InnerException is JsonException;
        context.ProblemDetails.Title = text["The request could not be read."];
        context.ProblemDetails.Detail = null;
        context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [json ? "body" : "request"] = [json ? text["This is not valid JSON, or a value has the wrong type."] : text["A value in the request has the wrong form."]],
        };
    }
}
