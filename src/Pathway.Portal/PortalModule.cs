using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Demo;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Portal.Assistant;
using Pathway.Portal.Content;
using Pathway.Portal.DecisionTrees;
using Pathway.Portal.Demo;
using Pathway.Portal.Events;
using Pathway.Portal.Exchange;
using Pathway.Portal.Feedback;
using Pathway.Portal.Glossary;
using Pathway.Portal.Localization;
using Pathway.Portal.Notifications;
using Pathway.Portal.Persistence;
using Pathway.Portal.Pictures;
using Pathway.Portal.Procedures;
using Pathway.Portal.ReadAloud;
using Pathway.Portal.Search;
using Pathway.Portal.Services;
using Pathway.Portal.Settings;
using Pathway.Portal.Surveys;
using Pathway.Portal.Wallet;

namespace Pathway.Portal;

/// <summary>
/// The migrant portal's content: articles, news and alerts written in a source language and
/// translated into the portal's twelve, with a translation workflow (missing, machine draft, draft,
/// in review, published, stale) and public pages that fall back to a published language, never empty.
/// </summary>
public static class PortalModule
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, PortalModel>();
        services.AddPermissions(PortalPermissions.Grants);
        services.AddPages(typeof(PortalModule).Assembly);
        services.AddNavigation(
            new NavigationEntry("portal/content", "Portal content", PortalPermissions.ContentTranslate, typeof(PortalText), 300),
            new NavigationEntry("my/procedures", "My procedures", PortalPermissions.ProceduresFollow, typeof(PortalText), 21),
            new NavigationEntry("my/events", "My events", PortalPermissions.EventsAttend, typeof(PortalText), 22, PortalFeatures.Events),
            new NavigationEntry("my/documents", "My documents", PortalPermissions.WalletKeep, typeof(PortalText), 23, PortalFeatures.Wallet),
            new NavigationEntry("my/notifications", "Notifications", PortalPermissions.NotificationsRead, typeof(PortalText), 24),
            new NavigationEntry("portal/confirmations", "Documents to confirm", PortalPermissions.WalletConfirm, typeof(PortalText), 305, PortalFeatures.Wallet),
            new NavigationEntry("portal/services/gaps", "Missing services", PortalPermissions.ServicesGaps, typeof(PortalText), 310, PortalFeatures.Services),
            new NavigationEntry("portal/assistant/asked", "Questions to the assistant", PortalPermissions.AssistantQuestions, typeof(PortalText), 315),
            new NavigationEntry("portal/surveys", "Survey results", PortalPermissions.SurveysResults, typeof(PortalText), 317, PortalFeatures.Surveys),
            new NavigationEntry("portal/settings", "Portal settings", PortalPermissions.Customise, typeof(PortalText), 320));
        services.AddPublicLinks(
            new PublicLink("portal/articles", "Guides and news", typeof(PortalText), 10),
            new PublicLink("portal/events", "Events and courses", typeof(PortalText), 20, PortalFeatures.Events),
            new PublicLink("portal/services", "Where to get help", typeof(PortalText), 30, PortalFeatures.Services),
            new PublicLink("portal/glossary", "Glossary", typeof(PortalText), 40, PortalFeatures.Glossary),
            new PublicLink("portal/assistant", "Ask the assistant", typeof(PortalText), 50, PortalFeatures.Assistant));
        services.AddFeatureSwitches(PortalFeatures.All);
        services.AddAccountCards(
            new AccountCard(typeof(Account.NotificationsAccountCard), PortalPermissions.NotificationsRead, 5),
            new AccountCard(typeof(Account.ProceduresAccountCard), PortalPermissions.ProceduresFollow, 30),
            new AccountCard(typeof(Account.DocumentsAccountCard), PortalPermissions.WalletKeep, 40, PortalFeatures.Wallet),
            new AccountCard(typeof(Account.EventsAccountCard), PortalPermissions.EventsAttend, 50, PortalFeatures.Events));
        services.AddScoped<ContentDesk>();
        services.AddScoped<FeedbackDesk>();
        // What statistics rebuild from: the portal's anonymous records told again as their facts.
        services.AddScoped<Pathway.Platform.Outbox.IEventReplay, Usage.PortalUseReplay>();
        services.AddScoped<ContentExchange>();
        services.AddScoped<EventDesk>();
        services.AddScoped<ProcedureDesk>();
        services.AddScoped<GlossaryTerms>();
        services.AddScoped<GlossaryDesk>();
        services.AddScoped<ServiceDesk>();
        services.AddScoped<ServiceRatings>();
        services.AddScoped<TreeDesk>();
        services.AddScoped<PictureDesk>();
        services.AddScoped<WalletDesk>();
        services.AddScoped<NotificationDesk>();
        services.AddScoped<AssistantDesk>();
        services.AddScoped<PortalSettings>();
        services.AddScoped<OrganisationsDesk>();
        services.AddScoped<Pathway.Platform.Outbox.IOutboxConsumer, NotificationMailer>();
        services.AddScoped<SurveyDesk>();
        services.AddScoped<AnswerRephraser>();
        services.AddHttpClient(AnswerRephraser.ClientName);
        services.AddOptions<AssistantOptions>().BindConfiguration(AssistantOptions.Section);
        services.AddSingleton<Pathway.Portal.ReadAloud.SpeechAudio>();
        services.AddSingleton<WalletReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<WalletReminders>());
        services.AddSingleton<WordFrequencies>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<ContentSearch>();
        services.AddHostedService<PortalChangeWatcher>();
        services.AddHostedService<SearchBackfill>();
        services.AddPerClientLimit(FeedbackApi.Limit, "RateLimits:PublicFormPerMinute", 20);
        services.AddPerClientLimit(AssistantApi.Limit, "RateLimits:AssistantPerMinute", 20);
        services.AddScoped<IDemoSeeder, ContentSeeder>();
        services.AddScoped<IDemoSeeder, PortalUseSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder routes)
    {
        routes.MapContentApi();
        routes.MapFeedbackApi();
        routes.MapExchangeApi();
        routes.MapEventsApi();
        routes.MapSearchApi();
        routes.MapProceduresApi();
        routes.MapGlossaryApi();
        routes.MapServicesApi();
        routes.MapTreesApi();
        routes.MapPicturesApi();
        routes.MapWalletApi();
        routes.MapNotificationsApi();
        routes.MapReadAloudApi();
        routes.MapAssistantApi();
        routes.MapSettingsApi();
        routes.MapSurveysApi();
        return routes;
    }
}
