using Pathway.Matching;
using Pathway.People.Duplicates;

namespace Pathway.People.Tests;

public sealed class SuspicionEvidenceTests
{
    [Fact]
    public void Weights_StoredAndReadBack_AreTheSameRoundedToTwoPlaces()
    {
        var evidence = SuspicionEvidence.Of([new FieldWeight("surname", FieldRole.Surname, "exact", 6.4999, "A", "A"), new FieldWeight("birth_date", FieldRole.BirthDate, "different", -3.216, "1990-01-01", "1991-01-01")]);
        var read = SuspicionEvidence.FromStored(evidence.ToStored());
        read.Weights.ShouldBe([new EvidenceWeight("surname", "exact", 6.5), new EvidenceWeight("birth_date", "different", -3.22)]);
        read.Facts.ShouldBeEmpty();
    }

    [Fact]
    public void Facts_OfASignal_AreReadByName()
    {
        var read = SuspicionEvidence.FromStored("""{"document":"AB123","issuingState":"UKR","source":null}""");
        read.Weights.ShouldBeEmpty();
        read.Facts.ShouldBe([new EvidenceFact("document", "AB123"), new EvidenceFact("issuingState", "UKR"), new EvidenceFact("source", "")]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void Stored_TextThatIsNoObject_StaysOneFact(string stored) =>
        SuspicionEvidence.FromStored(stored).Facts.ShouldBe([new EvidenceFact("", stored)]);
}
