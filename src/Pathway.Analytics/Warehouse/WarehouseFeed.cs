using System.Text.Json;
using Pathway.Platform.Casework;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Protection;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// Keeps the warehouse current from the outbox: every case's facts and steps as they are raised. The
/// dispatcher writes this consumer's receipt in the same transaction, and the writer ignores what it
/// already holds, so a message delivered twice, or replayed by a rebuild, changes nothing.
/// </summary>
internal sealed class WarehouseFeed(PathwayDbContext db, Pseudonyms pseudonyms) : IOutboxConsumer
{
    private static readonly Dictionary<string, Type> Events = new(StringComparer.Ordinal)
    {
        [OutboxEventNames.Of<CaseFacts>()] = typeof(CaseFacts),
        [OutboxEventNames.Of<CaseStepTaken>()] = typeof(CaseStepTaken),
    };

    public string Name => "analytics.warehouse";

    public bool Handles(string eventType) => Events.ContainsKey(eventType);

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var domainEvent = (IDomainEvent)JsonSerializer.Deserialize(message.Payload, Events[message.Type])!;
        await using var writer = new FactWriter(db, pseudonyms);
        await writer.WriteAsync(domainEvent, cancellationToken);
    }
}
