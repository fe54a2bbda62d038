namespace Pathway.Cases.SecurityChecks;

/// <summary>The English names of authorities and answers (keys of their translations).</summary>
public static class SecurityCheckNames
{
    public static string Of(Authority authority) => authority switch
    {
        Authority.BorderGuard => "Border Guard",
        Authority.Police => "Police",
        Authority.InternalSecurityAgency => "Internal Security Agency",
        _ => throw new ArgumentOutOfRangeException(nameof(authority), authority, null),
    };

    public static string Of(CheckAnswer answer) => answer switch
    {
        CheckAnswer.NoObjection => "No objection",
        CheckAnswer.Objection => "Objection",
        CheckAnswer.NoAnswerInTime => "No answer in time (counts as no objection)",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };
}
