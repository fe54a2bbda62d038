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
}
