using System.Text.Json.Serialization;

namespace Pathway.Portal.Services;

/// <summary>What a service helps with; readers filter by it and the authority looks for gaps in it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceCategory>))]
public enum ServiceCategory
{
    LegalAdvice,
    Health,
    MentalHealth,
    Language,
    Housing,
    Work,
    Education,
    ChildrenAndFamily,
    SocialSupport,
    Other,
}

/// <summary>
/// Who serves a person, where it matters to them (a doctor, a counsellor): a woman who survived
/// violence may only go where a woman will see her.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<StaffGender>))]
public enum StaffGender
{
    NotStated,
    Women,
    Men,
    WomenAndMen,
}

/// <summary>The groups a service is meant for, by key; a service for everyone names none.</summary>
public static class TargetGroups
{
    public static IReadOnlyList<string> All { get; } =
    [
        "women", "children", "families", "unaccompanied-minors", "older-people", "disabled-people", "lgbtqi", "survivors-of-violence", "survivors-of-trafficking",
    ];
}

/// <summary>
/// The facts of a service of the directory: what it helps with, in which languages, who serves,
/// for whom, where and when. Its name and description are the content item's (kind Service),
/// translated and published like any other item; a service is listed once it has facts and a
/// published text.
/// </summary>
public sealed class ServiceDetails
{
    public const int MaxDistrictLength = 100;
    public const int MaxHoursLength = 200;
    public const int MaxPhoneLength = 40;
    public const int MaxEmailLength = 200;
    public const int MaxListLength = 300;

    public Guid ItemId { get; init; }
    public Guid TenantId { get; init; }
    public ServiceCategory Category { get; set; }

    /// <summary>The languages spoken there, as language codes between spaces (" pl uk ru "): any language, not only the portal's.</summary>
    public string Languages { get; set; } = "";

    public StaffGender StaffGender { get; set; }

    /// <summary>The <see cref="Services.TargetGroups"/> keys between spaces; empty when it is for everyone.</summary>
    public string TargetGroups { get; set; } = "";

    /// <summary>The district of the city or region it is in: the authority's view of gaps is by district.</summary>
    public string District { get; set; } = "";

    public string PlaceName { get; set; } = "";
    public string Address { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>In the OpenStreetMap opening_hours syntax ("Mo-Fr 09:00-17:00"), shown as written.</summary>
    public string OpeningHours { get; set; } = "";

    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public bool Free { get; set; }

    public IReadOnlyList<string> LanguageCodes => Content.SpacedList.Codes(Languages);

    public IReadOnlyList<string> GroupKeys => Content.SpacedList.Codes(TargetGroups);

    /// <summary>Whether a woman, or a man, can be served by someone of their own gender here.</summary>
    public bool Serves(StaffGender wanted) => wanted switch
    {
        StaffGender.Women => StaffGender is StaffGender.Women or StaffGender.WomenAndMen,
        StaffGender.Men => StaffGender is StaffGender.Men or StaffGender.WomenAndMen,
        _ => true,
    };
}
