using System.Globalization;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;

namespace Pathway.Portal.Procedures;

/// <summary>A procedure's steps as an editor sends them, with the version of the item they read.</summary>
public sealed record ProcedureStepsRequest(int? Version, IReadOnlyList<ProcedureStepRequest>? Steps);

/// <summary>One step's facts; its title and what to do are the matching "## " section of the body.</summary>
public sealed record ProcedureStepRequest(
    string? Key, decimal? CostAmount, string? CostCurrency, string? PlaceName, string? Address, double? Latitude, double? Longitude,
    string? OpeningHours, string? OnlineUrl, IReadOnlyList<string>? Needs, IReadOnlyList<string>? Produces, IReadOnlyList<string>? After);

/// <summary>
/// Checks an editor's steps field by field ("steps[2].after"): keys, costs with an ISO 4217
/// currency, places and coordinates, web addresses, and the graph itself: a step comes after
/// steps listed before it only, so the graph can never loop. The documents are checked against
/// the tenant's Document items by <see cref="ProcedureDesk"/>.
/// </summary>
public static class ProcedureRequests
{
    public const decimal MaxCost = 1_000_000m;

    // Every currency some culture of this machine uses: the ISO 4217 codes in circulation.
    private static readonly HashSet<string> Currencies = [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return ""; } })
        .Where(c => c.Length == 3)];

    public static IReadOnlyList<StepInput>? Check(IReadOnlyList<ProcedureStepRequest>? steps, FieldErrors errors)
    {
        if (steps is null || steps.Count is 0 or > ProcedureStep.MaxSteps)
        {
            errors.Add("steps", "A procedure has 1 to {0} steps.", ProcedureStep.MaxSteps);
            return null;
        }

        var inputs = new List<StepInput>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var field = $"steps[{i.ToString(CultureInfo.InvariantCulture)}].";
            var key = step.Key?.Trim() ?? "";
            if (key.Length is 0 or > ProcedureStep.MaxKeyLength || !ContentRequests.IsSlug(key))
            {
                errors.Add(field + "key", "A step's key is 1 to {0} lower-case letters, digits and hyphens, such as book-visit.", ProcedureStep.MaxKeyLength);
            }
            else if (!keys.Add(key))
            {
                errors.Add(field + "key", "Two steps have this key.");
            }

            var after = Words(step.After);
            if (after.Any(k => !keys.Contains(k) || k == key))
            {
                errors.Add(field + "after", "A step comes after steps listed before it only.");
            }

            var currency = step.CostCurrency?.Trim().ToUpperInvariant();
            if (step.CostAmount is { } amount && (amount < 0 || amount > MaxCost || decimal.Round(amount, 2) != amount))
            {
                errors.Add(field + "costAmount", "The cost is an amount from 0 to {0} with at most two decimals.", MaxCost);
            }
            else if (step.CostAmount is not null && (currency is null || !Currencies.Contains(currency)))
            {
                errors.Add(field + "costCurrency", "Give the currency's ISO 4217 code, such as PLN.");
            }

            var place = step.PlaceName?.Trim() ?? "";
            var address = step.Address?.Trim() ?? "";
            var hours = step.OpeningHours?.Trim() ?? "";
            if (place.Length > Events.EventDetails.MaxPlaceLength || address.Length > Events.EventDetails.MaxAddressLength || hours.Length > 200)
            {
                errors.Add(field + "address", "The place's name, address and opening hours are up to {0}, {1} and {2} characters.",
                    Events.EventDetails.MaxPlaceLength, Events.EventDetails.MaxAddressLength, 200);
            }

            if (!PlaceChecks.AreCoordinates(step.Latitude, step.Longitude))
            {
                errors.Add(field + "latitude", PlaceChecks.CoordinatesMessage);
            }

            var online = PlaceChecks.OnlineUrl(step.OnlineUrl);
            if (online is not null && !PlaceChecks.IsWebAddress(online))
            {
                errors.Add(field + "onlineUrl", PlaceChecks.OnlineUrlMessage);
            }

            var needs = Words(step.Needs);
            var produces = Words(step.Produces);
            if (needs.Concat(produces).Any(d => !ContentRequests.IsSlug(d) || d.Length > ContentItem.MaxSlugLength)
                || string.Join(' ', needs).Length > ProcedureStep.MaxListLength || string.Join(' ', produces).Length > ProcedureStep.MaxListLength)
            {
                errors.Add(field + "needs", "Name documents by their addresses, such as residence-card.");
            }

            inputs.Add(new StepInput(key, step.CostAmount, step.CostAmount is null ? null : currency, place, address, step.Latitude, step.Longitude, hours, online, needs, produces, after));
        }

        return errors.Any ? null : inputs;
    }

    private static List<string> Words(IReadOnlyList<string>? words) =>
        [.. (words ?? []).Select(w => w?.Trim() ?? "").Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];
}

/// <summary>A step as checked, ready to be saved.</summary>
public sealed record StepInput(
    string Key, decimal? CostAmount, string? CostCurrency, string PlaceName, string Address, double? Latitude, double? Longitude,
    string OpeningHours, string? OnlineUrl, IReadOnlyList<string> Needs, IReadOnlyList<string> Produces, IReadOnlyList<string> After);
