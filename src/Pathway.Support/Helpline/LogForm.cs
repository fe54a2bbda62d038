using System.Globalization;

namespace Pathway.Support.Helpline;

/// <summary>The log-a-call form as posted (fields Input.*): text, read into a <see cref="LoggedCallInput"/> the desk judges whole.</summary>
internal sealed class LogForm
{
    public string? Direction { get; set; }
    public string? Topic { get; set; }
    public string? Language { get; set; }
    public string? Minutes { get; set; }
    public string? At { get; set; }

    public LoggedCallInput Read()
    {
        DateTime? at = null;
        var unreadable = false;
        if (!string.IsNullOrWhiteSpace(At))
        {
            unreadable = !DateTime.TryParseExact(At.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local);
            at = unreadable ? null : local;
        }

        return new LoggedCallInput(
            at,
            Enum.TryParse<CallDirection>(Direction, out var direction) && Enum.IsDefined(direction) ? direction : null,
            Enum.TryParse<CallTopic>(Topic, out var topic) && Enum.IsDefined(topic) ? topic : null,
            Language,
            int.TryParse(Minutes?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : null,
            unreadable);
    }
}
