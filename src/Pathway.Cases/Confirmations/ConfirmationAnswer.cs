namespace Pathway.Cases.Confirmations;

/// <summary>A case's confirmation of legal stay as the office and the applicant see it.</summary>
public sealed record ConfirmationAnswer(string Number, string Code, DateOnly IssuedOn, bool Valid, DateOnly? EndedOn, string VerifyAddress, string Pdf)
{
    public static ConfirmationAnswer Of(StayConfirmation s, StayValidity validity, string verifyAddress, string pdf) =>
        new(s.Number, VerificationCode.Grouped(s.Code), s.IssuedOn, validity.IsValid, validity.EndedOn, verifyAddress, pdf);
}

/// <summary>
/// The public check's answer: <c>valid</c>, <c>ended</c> (no longer valid since <see cref="EndedOn"/>) or
/// <c>unknown</c>. Nothing about the person or the case.
/// </summary>
public sealed record VerifyAnswer(string Status, string? Number, DateOnly? IssuedOn, DateOnly? EndedOn)
{
    public static VerifyAnswer Of(VerifiedConfirmation? found) => found switch
    {
        null => new("unknown", null, null, null),
        { Validity.IsValid: true } => new("valid", found.Number, found.IssuedOn, null),
        _ => new("ended", found.Number, found.IssuedOn, found.Validity.EndedOn),
    };
}
