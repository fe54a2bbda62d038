namespace Pathway.Support.Retention;

/// <summary>How long a kind of record is kept: a number of months or years.</summary>
public sealed record RetentionPeriod(int Amount, RetentionUnit Unit)
{
    public int Months => Unit switch
    {
        RetentionUnit.Months => Amount,
        RetentionUnit.Years => Amount * 12,
    };
}
