namespace Pathway.Cases.TimeLimits;

/// <summary>
/// When a letter counts as delivered: a time limit set in it runs from its delivery, not from the
/// day it was written or sent. A receipt (signed, or the e-delivery confirmation) gives the day
/// itself; a postal letter nobody collected counts as delivered when the post has kept it for 14
/// days from the first notice (KPA art. 44 §1 and §4, the second notice left on the seventh day).
/// </summary>
public static class Delivery
{
    public const int PostalKeepingDays = 14;

    public static DateOnly DeemedAfterNotices(DateOnly firstNotice) => firstNotice.AddDays(PostalKeepingDays);
}
