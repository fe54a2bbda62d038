using System.Globalization;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Applications;

/// <summary>Takes the migrant's statement of the payment; the office checks it against its account.</summary>
internal sealed class StatedFeePayment : IFeePayment
{
    public Task<FeeRecord?> RecordAsync(FeeStatement statement, decimal amountPln, DateOnly today, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var method = statement.Method?.Trim().ToLowerInvariant() switch
        {
            "transfer" => FeeMethod.Transfer,
            "office" or "atoffice" or "at-office" => FeeMethod.AtOffice,
            null or "" => (FeeMethod?)null,
            _ => null,
        };
        if (method is null)
        {
            errors.Add("feeMethod", "Choose how the stamp duty is paid: by transfer, or at the office.");
            return Task.FromResult<FeeRecord?>(null);
        }

        if (method == FeeMethod.AtOffice)
        {
            return Task.FromResult<FeeRecord?>(new FeeRecord(FeeMethod.AtOffice, amountPln, null, null));
        }

        var reference = statement.Reference?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            errors.Add("feeReference", "Give the reference of the transfer.");
        }
        else if (reference.Length > OnlineApplication.MaxFeeReferenceLength)
        {
            errors.Add("feeReference", "Write at most {0} characters.", OnlineApplication.MaxFeeReferenceLength);
        }

        DateOnly? paidOn = null;
        if (string.IsNullOrWhiteSpace(statement.PaidOn))
        {
            errors.Add("feePaidOn", "This field is required.");
        }
        else if (!DateOnly.TryParseExact(statement.PaidOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add("feePaidOn", "Write the date as YYYY-MM-DD.");
        }
        else if (day > today)
        {
            errors.Add("feePaidOn", "The day cannot be in the future.");
        }
        else
        {
            paidOn = day;
        }

        return Task.FromResult(errors.Any ? null : new FeeRecord(FeeMethod.Transfer, amountPln, reference, paidOn));
    }
}
