using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.People.Registry;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Outbox;
using Pathway.Testing;

namespace Pathway.Web.Tests;

public sealed class OutboxTests
{
    [Fact]
    public async Task PersonRegistered_IsDeliveredOnce_EvenWhenDispatchedAgain()
    {
        var deliveries = new ConcurrentDictionary<Guid, int>();
        using var factory = PathwayFactory.Sqlite(configureServices: services =>
        {
            services.AddSingleton(deliveries);
            services.AddScoped<IOutboxConsumer, CountingConsumer>();
        });
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        using var response = await session.Client.PostAsJsonAsync("/api/v1/persons", new
        {
            surname = "Beridze", givenNames = "Nino", sex = "F", birthDate = "1988-02-29", citizenship = "GEO",
        }, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var person = await response.Content.ReadFromJsonAsync<PersonView>(TestContext.Current.CancellationToken);

        var message = await WaitForProcessedAsync(factory, person!.Id);
        deliveries[message.Id].ShouldBe(1);

        // A node that crashed after delivering but before marking the message leaves it to be claimed again.
        await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null).SetProperty(m => m.LockedUntil, (DateTime?)null)));
        await factory.Service<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken);
        await WaitForProcessedAsync(factory, person.Id);
        deliveries[message.Id].ShouldBe(1);
    }

    [Fact]
    public async Task ABatchConsumer_TakesTheClaimedMessagesTogether_AndABadOneStopsOnlyItself()
    {
        var deliveries = new ConcurrentDictionary<string, string>();
        using var factory = PathwayFactory.Sqlite(configureServices: services =>
        {
            services.AddSingleton(deliveries);
            services.AddScoped<IOutboxConsumer, BatchConsumer>();
        });
        async Task<List<Guid>> AddAsync(params string[] payloads)
        {
            var ids = payloads.Select(_ => Guid.NewGuid()).ToList();
            await factory.WithDbAsync(async db =>
            {
                db.OutboxMessages.AddRange(payloads.Select((p, i) => new OutboxMessage
                {
                    Id = ids[i], TenantId = Guid.Empty, Type = BatchConsumer.Type, Payload = p, OccurredAt = DateTime.UtcNow,
                }));
                await db.SaveChangesAsync();
            });
            return ids;
        }

        async Task<List<OutboxMessage>> SettledAsync(List<Guid> ids)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                await factory.Service<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken);
                var messages = new List<OutboxMessage>();
                await factory.WithDbAsync(async db => messages = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync());
                if (messages.All(m => m.ProcessedAt != null || m.LastError != null))
                {
                    return messages;
                }

                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            throw new TimeoutException("The messages were not dispatched.");
        }

        // Together, in one transaction with their receipts.
        var good = await AddAsync("a", "b", "c");
        (await SettledAsync(good)).ShouldAllBe(m => m.ProcessedAt != null);
        good.Select(id => deliveries[id.ToString()]).ShouldAllBe(how => how == "batch");

        // A bad one fails the batch; the others are then delivered one at a time, and only it waits with its error.
        var mixed = await AddAsync("d", "poison", "e");
        var settled = await SettledAsync(mixed);
        settled.Single(m => m.Payload == "poison").ShouldSatisfyAllConditions(m => m.ProcessedAt.ShouldBeNull(), m => m.LastError.ShouldBe("poison"));
        settled.Where(m => m.Payload != "poison").ShouldAllBe(m => m.ProcessedAt != null && m.LastError == null);
        deliveries[mixed[0].ToString()].ShouldBe("single");
        deliveries[mixed[2].ToString()].ShouldBe("single");
        deliveries.ContainsKey(mixed[1].ToString()).ShouldBeFalse();
        (await factory.CountAsync<OutboxReceipt>(r => r.Consumer == "tests.batch")).ShouldBe(5);
    }

    private static async Task<OutboxMessage> WaitForProcessedAsync(PathwayFactory factory, Guid personId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            OutboxMessage? message = null;
            await factory.WithDbAsync(async db => message = await db.OutboxMessages.AsNoTracking()
                .FirstOrDefaultAsync(m => m.Payload.Contains(personId.ToString()) && m.ProcessedAt != null));
            if (message is not null)
            {
                return message;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The outbox message was not dispatched within 20 seconds.");
    }

    private sealed class CountingConsumer(ConcurrentDictionary<Guid, int> deliveries) : IOutboxConsumer
    {
        public string Name => "tests.counting";

        public bool Handles(string eventType) => eventType == OutboxEventNames.Of<PersonRegistered>();

        public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            deliveries.AddOrUpdate(message.Id, 1, (_, count) => count + 1);
            return Task.CompletedTask;
        }
    }

    // Records how each message was delivered, only once the whole delivery is sure to succeed.
    private sealed class BatchConsumer(ConcurrentDictionary<string, string> deliveries) : IOutboxBatchConsumer
    {
        public const string Type = "tests.batch";

        public string Name => "tests.batch";

        public bool Handles(string eventType) => eventType == Type;

        public Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
        {
            if (messages.Any(m => m.Payload == "poison"))
            {
                throw new InvalidOperationException("poison");
            }

            foreach (var message in messages)
            {
                deliveries[message.Id.ToString()] = "batch";
            }

            return Task.CompletedTask;
        }

        public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            if (message.Payload == "poison")
            {
                throw new InvalidOperationException("poison");
            }

            deliveries[message.Id.ToString()] = "single";
            return Task.CompletedTask;
        }
    }
}
