using System.Globalization;
using Pathway.Platform.Audit;

namespace Pathway.Platform.Tests;

public sealed class AuditChainTests
{
    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var entry = new AuditEntry
            {
                Sequence = i,
                At = AuditChain.Normalise(new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc).AddTicks(i * 12_345_677)),
                ActorName = "officer@example.org",
                Action = AuditAction.Read,
                EntityType = "Person",
                EntityId = string.Create(CultureInfo.InvariantCulture, $"person-{i}"),
                PreviousHash = previous,
                Hash = "",
            };
            entry.Hash = AuditChain.ComputeHash(entry);
            previous = entry.Hash;
            entries.Add(entry);
        }

        return entries;
    }

    private static Task<AuditBreak?> VerifyAsync(IEnumerable<AuditEntry> entries) => AuditChain.VerifyAsync(entries.ToAsyncEnumerable());

    [Fact]
    public async Task Verify_IntactChain_ReturnsNull() => (await VerifyAsync(Chain(50))).ShouldBeNull();

    [Fact]
    public async Task Verify_EmptyChain_ReturnsNull() => (await VerifyAsync([])).ShouldBeNull();

    [Fact]
    public async Task Verify_AlteredField_ReportsThatEntry()
    {
        var chain = Chain(10);
        chain[6].Reason = "looked for no reason";
        var broken = await VerifyAsync(chain);
        broken.ShouldNotBeNull();
        broken.Sequence.ShouldBe(7);
        broken.Problem.ShouldContain("altered");
    }

    [Fact]
    public async Task Verify_RemovedEntry_ReportsTheGap()
    {
        var chain = Chain(10);
        chain.RemoveAt(4);
        var broken = await VerifyAsync(chain);
        broken!.Sequence.ShouldBe(6);
        broken.Problem.ShouldContain("missing");
    }

    [Fact]
    public async Task Verify_EntryRehashedAfterEdit_IsCaughtByTheNextLink()
    {
        var chain = Chain(10);
        chain[3].ActorName = "someone else";
        chain[3].Hash = AuditChain.ComputeHash(chain[3]);
        var broken = await VerifyAsync(chain);
        broken!.Sequence.ShouldBe(5);
        broken.Problem.ShouldContain("previous-hash");
    }

    [Fact]
    public void ComputeHash_FieldsShiftedBetweenNeighbours_DiffersBecauseFieldsAreLengthPrefixed()
    {
        var a = Chain(1)[0];
        var b = Chain(1)[0];
        a.EntityType = "Person|";
        a.EntityId = "x";
        b.EntityType = "Person";
        b.EntityId = "|x";
        AuditChain.ComputeHash(a).ShouldNotBe(AuditChain.ComputeHash(b));
    }

    [Fact]
    public void Normalise_CutsToMicroseconds_AndMakesUtc()
    {
        var local = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc).AddTicks(1234567).ToLocalTime();
        var normalised = AuditChain.Normalise(local);
        normalised.Kind.ShouldBe(DateTimeKind.Utc);
        (normalised.Ticks % 10).ShouldBe(0);
        normalised.Ticks.ShouldBe(new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc).AddTicks(1234560).Ticks);
    }
}
