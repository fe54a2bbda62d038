using System.Globalization;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Tenancy;

namespace Pathway.Portal.Settings;

/// <summary>An office's portal settings as an editor changes them, already checked: no name means "Pathway".</summary>
public sealed record SettingsChange(string? DisplayName, string BrandColour, IReadOnlySet<string> SwitchedOff);

/// <summary>The checks of a settings change, the same for the page and the API, each naming its field.</summary>
public static class SettingsRules
{
    public static SettingsChange? Check(string? displayName, string? brandColour, IEnumerable<string?>? switchedOff, IReadOnlyCollection<FeatureSwitch> known, FieldErrors errors)
    {
        var name = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        if (name is not null && name.Length > Tenant.MaxDisplayNameLength)
        {
            errors.Add("displayName", "The name is up to {0} characters; this one has {1}.", Tenant.MaxDisplayNameLength, name.Length);
        }
        else if (name is not null && name.Any(char.IsControl))
        {
            errors.Add("displayName", "The name is one line of text.");
        }

        var colour = brandColour?.Trim();
        if (!BrandColours.IsHexColour(colour))
        {
            errors.Add("brandColour", "A colour is a hash and six hexadecimal digits, such as {0}.", Tenant.DefaultBrandColour);
        }
        else if (BrandColours.ContrastWithWhite(colour!) is var contrast && contrast < BrandColours.MinimumContrast)
        {
            errors.Add("brandColour", "White text on {0} has a contrast of {1}:1; at least {2}:1 is needed for it to be read easily. Choose a darker colour.",
                colour!, BrandColours.Shown(contrast), BrandColours.Shown(BrandColours.MinimumContrast));
        }

        var off = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var feature in (switchedOff ?? []).Select(f => f?.Trim()).Where(f => !string.IsNullOrEmpty(f)))
        {
            if (known.Any(k => k.Name == feature))
            {
                off.Add(feature!);
            }
            else
            {
                errors.Add("switchedOff", "There is no feature named {0}.", feature!);
            }
        }

        return errors.Any ? null : new SettingsChange(name, colour!.ToLowerInvariant(), off);
    }
}
