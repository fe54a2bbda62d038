using Pathway.Platform.Modules;
using Pathway.Portal.Localization;

namespace Pathway.Portal;

/// <summary>
/// The parts of the portal an office may switch off on its settings page: not every office runs
/// events or keeps documents for migrants. The guides, procedures and search are the portal itself
/// and always on.
/// </summary>
public static class PortalFeatures
{
    public const string Events = "portal.events";
    public const string Services = "portal.services";
    public const string Glossary = "portal.glossary";
    public const string Assistant = "portal.assistant";
    public const string ReadAloud = "portal.read-aloud";
    public const string Wallet = "portal.wallet";
    public const string Surveys = "portal.surveys";

    public static readonly FeatureSwitch[] All =
    [
        new(Events, "Events and courses", "The events pages, sign-up, the calendar feed and each person's places.", typeof(PortalText), 10),
        new(Services, "Service directory", "The directory of services with its map and filters, ratings, and the view of missing services.", typeof(PortalText), 20),
        new(Glossary, "Glossary", "The glossary page; terms marked in the guides still explain themselves.", typeof(PortalText), 30),
        new(Assistant, "Assistant", "The assistant that answers questions from the guides and hands over to a person.", typeof(PortalText), 40),
        new(ReadAloud, "Read-aloud", "The button that reads a page aloud, and the audio made on the server.", typeof(PortalText), 50),
        new(Wallet, "Document wallet", "Migrants' own documents with expiry reminders, and the confirmations organisations give.", typeof(PortalText), 60),
        new(Surveys, "Surveys", "The questions of surveys on their pages, and the answering of them; the answers given are kept.", typeof(PortalText), 70),
    ];
}
