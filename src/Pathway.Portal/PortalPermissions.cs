using Pathway.Platform.Identity;
using Pathway.Platform.Modules;

namespace Pathway.Portal;

/// <summary>What the migrant portal's content lets each role do, and why.</summary>
public static class PortalPermissions
{
    public const string ContentEdit = "content.edit";
    public const string ContentTranslate = "content.translate";
    public const string ProceduresFollow = "procedures.follow";
    public const string ServicesGaps = "services.gaps";
    public const string EventsAttend = "events.attend";
    public const string WalletKeep = "wallet.keep";
    public const string WalletConfirm = "wallet.confirm";
    public const string NotificationsRead = "notifications.read";
    public const string AssistantQuestions = "assistant.questions";
    public const string Customise = "portal.customise";
    public const string SurveysResults = "surveys.results";

    public static readonly IReadOnlyList<PermissionGrant> Grants =
    [
        new(ContentEdit, [Roles.ContentEditor, Roles.Admin],
            "Editors write the portal's articles, news and alerts in their source language, keep them current and publish translations: what migrants read is the office's word, published by a person who answers for it."),
        new(ContentTranslate, [Roles.Translator, Roles.ContentEditor, Roles.Admin],
            "Translators work through the queue of missing, stale and draft translations and send them for review; they publish nothing themselves."),
        new(ProceduresFollow, [Roles.Migrant],
            "Migrants tick off the steps of the procedures they are going through, in their own account: what a person is going through is theirs alone, so no one else reads it."),
        new(EventsAttend, Roles.All,
            "Anyone signed in takes a place at an event or course and sees their own places and waiting-list positions; nobody sees another's."),
        new(ServicesGaps, [Roles.ContentEditor, Roles.Supervisor, Roles.Analyst, Roles.Admin],
            "The authority's view of where services are missing, by district and language: counts of public listings, no personal data, for those who plan and fund services."),
        new(WalletKeep, [Roles.Migrant],
            "Migrants keep their own documents in their account: scans of personal documents are theirs alone, read by nobody else unless they ask an organisation to confirm one."),
        new(WalletConfirm, [Roles.CaseOfficer, Roles.NgoWorker, Roles.Supervisor],
            "The staff of an office unit or partner organisation a migrant asked read that one document and confirm or decline it; they see only the requests made to their own organisation, and every reading is audited."),
        new(NotificationsRead, Roles.All,
            "Anyone signed in reads what the platform tells them (a document that ends, an answer to a request), and nobody else's."),
        new(AssistantQuestions, [Roles.ContentEditor, Roles.Analyst, Roles.Admin],
            "Editors and analysts see what readers asked the assistant and what went unanswered, to write what is missing: questions kept without who asked and scrubbed of names and numbers."),
        new(SurveysResults, [Roles.ContentEditor, Roles.Analyst, Roles.Admin],
            "Editors and analysts read how readers answered the portal's surveys and export the answers: kept without who gave them, words scrubbed of names and numbers."),
        new(Customise, [Roles.ContentEditor, Roles.Admin],
            "Editors and admins set the portal's name, logo and colours and switch its features on and off: the office's public face, no personal data, changed without redeploying."),
    ];
}
