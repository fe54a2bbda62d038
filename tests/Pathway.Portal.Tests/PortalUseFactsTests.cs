using System.Text.Json;
using Pathway.Platform.Portal;
using Pathway.Portal.Assistant;
using Pathway.Portal.Feedback;
using Pathway.Portal.Services;
using Pathway.Portal.Surveys;

namespace Pathway.Portal.Tests;

/// <summary>What the portal tells statistics of the uses it records: the kind, item, language and the tenant's day and hour, never a reader's words.</summary>
public class PortalUseFactsTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    // 23:10 UTC on 31 December is 00:10 on New Year's Day in Warsaw.
    private static readonly DateTime At = new(2025, 12, 31, 23, 10, 0, DateTimeKind.Utc);
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid Item = Guid.NewGuid();

    [Fact]
    public void PageFeedback_IsToldOnTheTenantsClock_WithoutItsComment()
    {
        var feedback = new PageFeedback { TenantId = Tenant, ItemId = Item, Language = "uk", Helpful = false, Comment = "Olena Koval, tel. 600 700 800", At = At };

        feedback.Told(Warsaw);

        var facts = feedback.DomainEvents.OfType<PortalUseFacts>().Single();
        facts.ShouldBe(new PortalUseFacts(feedback.Id, Tenant, PortalUseFacts.PageFeedback, Item, "uk", new DateOnly(2026, 1, 1), 0, Helpful: false));
        JsonSerializer.Serialize(facts).ShouldNotContain("Olena");
    }

    [Fact]
    public void ARatingAResponseAndAQuestion_EachTellTheirOwnMeasure()
    {
        var rating = new ServiceRating { TenantId = Tenant, ItemId = Item, Stars = 2, Language = "ar", At = At };
        var response = new SurveyResponse { TenantId = Tenant, ItemId = Item, Language = "fa-AF", At = At, Answers = [new SurveyAnswer { Question = 1, Text = "Ahmad" }] };
        var turn = new AssistantTurn { TenantId = Tenant, ConversationId = Guid.NewGuid(), Position = 1, Language = "en", Question = "where fingerprints", Answered = false, AskedAt = At.AddHours(-5) };

        rating.Facts(Warsaw).ShouldBe(new PortalUseFacts(rating.Id, Tenant, PortalUseFacts.ServiceRating, Item, "ar", new DateOnly(2026, 1, 1), 0, Stars: 2));
        response.Facts(Warsaw).ShouldBe(new PortalUseFacts(response.Id, Tenant, PortalUseFacts.SurveyResponse, Item, "fa-AF", new DateOnly(2026, 1, 1), 0));
        turn.Facts(Warsaw).ShouldBe(new PortalUseFacts(turn.Id, Tenant, PortalUseFacts.AssistantQuestion, null, "en", new DateOnly(2025, 12, 31), 19, Answered: false));
        JsonSerializer.Serialize(response.Facts(Warsaw)).ShouldNotContain("Ahmad");
        JsonSerializer.Serialize(turn.Facts(Warsaw)).ShouldNotContain("fingerprints");
        JsonSerializer.Serialize(turn.Facts(Warsaw)).ShouldNotContain(turn.ConversationId.ToString());
    }
}
