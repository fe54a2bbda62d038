namespace Pathway.Portal.Wallet;

/// <summary>
/// When a document's owner is reminded that it ends: a month before, a week before, and on the day
/// it ends (or as soon as it is seen to have ended). A document kept late gets one reminder, the
/// latest one due, not every one it has missed.
/// </summary>
public static class ExpiryReminders
{
    /// <summary>Days before the end at which a reminder is due, latest last.</summary>
    public static readonly int[] Thresholds = [WalletDocument.ExpiresSoonDays, 7, 0];

    /// <summary>The threshold a reminder is due for now, or null when none is.</summary>
    public static int? Due(DateOnly? expiresOn, int? remindedAtDays, DateOnly today)
    {
        if (expiresOn is not { } end)
        {
            return null;
        }

        var left = end.DayNumber - today.DayNumber;
        int? due = null;
        foreach (var threshold in Thresholds)
        {
            if (left <= threshold && (remindedAtDays is null || remindedAtDays > threshold))
            {
                due = threshold;
            }
        }

        return due;
    }
}
