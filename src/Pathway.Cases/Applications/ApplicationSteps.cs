namespace Pathway.Cases.Applications;

/// <summary>The steps of the guided form, in order; the employer step is shown for work, the school step for studies.</summary>
public static class ApplicationSteps
{
    public const string Personal = "personal";
    public const string Stay = "stay";
    public const string Employer = "employer";
    public const string School = "school";
    public const string Documents = "documents";
    public const string Review = "review";

    public static IReadOnlyList<string> For(ApplicationPurpose purpose) => purpose switch
    {
        ApplicationPurpose.Work => [Personal, Stay, Employer, Documents, Review],
        ApplicationPurpose.Studies => [Personal, Stay, School, Documents, Review],
        ApplicationPurpose.Other => [Personal, Stay, Documents, Review],
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    /// <summary>The English title of a step, also the key of its translation.</summary>
    public static string Title(string step) => step switch
    {
        Personal => "Personal data",
        Stay => "Purpose and stay",
        Employer => "Employer",
        School => "School",
        Documents => "Documents",
        Review => "Review and submit",
        _ => step,
    };
}
