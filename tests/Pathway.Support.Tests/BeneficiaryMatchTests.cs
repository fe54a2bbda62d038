using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Tests;

public sealed class BeneficiaryMatchTests
{
    [Theory]
    [InlineData("Ševčenko", "SEVCENKO")]
    [InlineData("  Łukasz   Nowak ", "LUKASZ NOWAK")]
    [InlineData("Gülşen", "GULSEN")]
    [InlineData("Олена", "ОЛЕНА")]
    public void Fold_SetsAsideLetterCaseAccentsAndSpacing(string written, string folded) =>
        BeneficiaryDesk.Fold(written).ShouldBe(folded);

    [Fact]
    public void MatchKey_NamesTheDateOfBirth_OrThatItIsNotKnown()
    {
        BeneficiaryDesk.MatchKey("Olena", "Ševčenko", new DateOnly(1990, 1, 1)).ShouldBe("OLENA|SEVCENKO|1990-01-01");
        BeneficiaryDesk.MatchKey("Olena", "Sevcenko", null).ShouldBe("OLENA|SEVCENKO|?");
        BeneficiaryDesk.MatchKey("olena", "SEVČENKO", new DateOnly(1990, 1, 1)).ShouldBe(BeneficiaryDesk.MatchKey("Olena", "Ševčenko", new DateOnly(1990, 1, 1)));
    }
}
