using System.Text.Json;
using Pathway.Platform.Casework;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Protection;
using Pathway.Platform.Support;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// Keeps the warehouse current from the outbox: every case's facts and steps, every support service and
/// support case (beneficiary), helpline call, appointment and use of the portal as they are raised, a
/// claimed batch at a time in one transaction. The dispatcher writes this consumer's receipts in the
/// same transaction, and the writer ignores what it already holds, so a message delivered twice, or
/// replayed by a rebuild, changes nothing.
/// </summary>
internal sealed class WarehouseFeed(PathwayDbContext db, Pseudonyms pseudonyms, TimeProvider clock) : IOutboxBatchConsumer
{
    private static readonly Dictionary<string, Type> Events = new(StringComparer.Ordinal)
    {
        [OutboxEventNames.Of<CaseFacts>()] = typeof(CaseFacts),
        [OutboxEventNames.Of<CaseStepTaken>()] = typeof(CaseStepTaken),
        [OutboxEventNames.Of<SupportServiceFacts>()] = typeof(SupportServiceFacts),
        [OutboxEventNames.Of<BeneficiaryFacts>()] = typeof(BeneficiaryFacts),
        [OutboxEventNames.Of<HelplineCallFacts>()] = typeof(HelplineCallFacts),
        [OutboxEventNames.Of<AppointmentFacts>()] = typeof(AppointmentFacts),
        [OutboxEventNames.Of<Platform.Portal.PortalUseFacts>()] = typeof(Platform.Portal.PortalUseFacts),
    };

    public string Name => "analytics.warehouse";

    public bool Handles(string eventType) => Events.ContainsKey(eventType);

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        await HandleAsync([message], cancellationToken);

    /// <summary>A batch with one writer: the dimensions its messages name are made sure of once, not once a message.</summary>
    public async Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await using var writer = new FactWriter(db, pseudonyms, clock);
        foreach (var message in messages)
        {
            var domainEvent = (IDomainEvent)JsonSerializer.Deserialize(message.Payload, Events[message.Type])!;
            await writer.WriteAsync(domainEvent, cancellationToken);
        }

        // The monthly counts' cells the batch moved cases between, once each.
        await writer.FlushAsync(cancellationToken);
    }
}
