namespace Pathway.Portal.Services;

/// <summary>The English names of categories, target groups and staff, shown on the pages and the keys of their translations (tools/ui_strings.py lists them as dynamic keys).</summary>
public static class ServiceNames
{
    public static string Of(ServiceCategory category) => category switch
    {
        ServiceCategory.LegalAdvice => "Legal advice",
        ServiceCategory.Health => "Health care",
        ServiceCategory.MentalHealth => "Psychological support",
        ServiceCategory.Language => "Language courses",
        ServiceCategory.Housing => "Housing",
        ServiceCategory.Work => "Work",
        ServiceCategory.Education => "Education",
        ServiceCategory.ChildrenAndFamily => "Children and family",
        ServiceCategory.SocialSupport => "Social support",
        ServiceCategory.Other => "Other help",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string Of(StaffGender staff) => staff switch
    {
        StaffGender.NotStated => "Not stated",
        StaffGender.Women => "Women",
        StaffGender.Men => "Men",
        StaffGender.WomenAndMen => "Women and men",
        _ => throw new ArgumentOutOfRangeException(nameof(staff), staff, null),
    };

    public static string OfGroup(string key) => key switch
    {
        "women" => "Women",
        "children" => "Children",
        "families" => "Families",
        "unaccompanied-minors" => "Unaccompanied minors",
        "older-people" => "Older people",
        "disabled-people" => "People with disabilities",
        "lgbtqi" => "LGBTQI+ people",
        "survivors-of-violence" => "Survivors of violence",
        "survivors-of-trafficking" => "Survivors of trafficking",
        _ => key,
    };
}
