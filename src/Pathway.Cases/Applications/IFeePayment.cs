namespace Pathway.Cases.Applications;

/// <summary>
/// Records how the stamp duty of an application was paid. The first way is the migrant's own
/// statement (a transfer's reference and date, or payment at the office); a payment gateway can
/// come as another implementation that confirms the payment itself.
/// </summary>
public interface IFeePayment
{
    /// <summary>The payment, or the field errors of the statement (added to <paramref name="errors"/>).</summary>
    Task<FeeRecord?> RecordAsync(FeeStatement statement, decimal amountPln, DateOnly today, Pathway.Platform.Localization.FieldErrors errors, CancellationToken cancellationToken = default);
}

/// <summary>What the migrant states about the fee.</summary>
public sealed record FeeStatement(string? Method, string? Reference, string? PaidOn);

/// <summary>A recorded payment: <see cref="PaidOn"/> and <see cref="Reference"/> are null for payment at the office.</summary>
public sealed record FeeRecord(FeeMethod Method, decimal AmountPln, string? Reference, DateOnly? PaidOn);
