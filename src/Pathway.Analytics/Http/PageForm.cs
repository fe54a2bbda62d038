using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Http;

/// <summary>
/// A page's download buttons post the page's own form here: it must be a form and carry a valid
/// antiforgery token (the endpoints disable the automatic check so they can answer in words).
/// </summary>
internal static class PageForm
{
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(
        HttpContext http, IAntiforgery antiforgery, IStringLocalizer<AnalyticsText> text, string notAFormKey, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return (null, TypedResults.Problem(title: text[notAFormKey], statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return (null, TypedResults.Problem(title: text["The form has expired. Open the page again."], statusCode: StatusCodes.Status400BadRequest));
        }

        return (await http.Request.ReadFormAsync(cancellationToken), null);
    }
}
