using System.Text;
using Ical.Net;
using Pathway.Cases.Appointments;
using Pathway.Platform.Calendars;

namespace Pathway.Cases.Tests.Appointments;

public class AppointmentCalendarTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly AppointmentRules rules = new(new AppointmentOptions());

    // Long enough to fold several times, in scripts whose letters take two or three octets.
    private const string ArabicLocation = "مكتب الأجانب في وارسو، شارع ماركشالكوفسكا ١٢، الطابق الثالث، الشباك رقم سبعة، بجانب قاعة الانتظار الكبيرة";
    private const string UkrainianSummary = "Запис на зняття відбитків пальців для посвідки на проживання — візьміть паспорт і фотографію";

    private (Booking Booking, Slot Slot) Booked()
    {
        var slot = AppointmentRulesTests.SlotAt(new DateTime(2026, 12, 10, 8, 30, 0, DateTimeKind.Utc));
        return (rules.Book(slot, false, null, 0, "WSC-II-S.6151.1.2026", BookingChannel.Online, "uk", Guid.NewGuid(), Now).Booking!, slot);
    }

    private static string Write(Booking booking, Slot slot) =>
        AppointmentCalendar.Write(booking, slot, new AppointmentTexts(UkrainianSummary, ArabicLocation, "Справа WSC-II-S.6151.1.2026"), Now.AddMinutes(7));

    private static List<byte[]> PhysicalLines(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
                i++;
            }
        }

        start.ShouldBe(bytes.Length, "the file ends with CRLF");
        return lines;
    }

    [Fact]
    public void Write_ARequest_ParsesBackWithEveryRequiredProperty()
    {
        var (booking, slot) = Booked();

        var text = Write(booking, slot);

        var calendar = Calendar.Load(text)!;
        calendar.Method.ShouldBe("REQUEST");
        calendar.ProductId.ShouldBe(AppointmentCalendar.ProductId);
        calendar.Version.ShouldBe("2.0");
        var appointment = calendar.Events.Single();
        appointment.Uid.ShouldBe(booking.Uid);
        appointment.Sequence.ShouldBe(0);
        appointment.Status.ShouldBe("CONFIRMED");
        appointment.Summary.ShouldBe(UkrainianSummary);
        appointment.Location.ShouldBe(ArabicLocation);
        appointment.DtStart!.AsUtc.ShouldBe(slot.StartsAt);
        appointment.DtEnd!.AsUtc.ShouldBe(slot.EndsAt);
        appointment.DtStamp!.AsUtc.ShouldBe(Now.AddMinutes(7));
    }

    [Fact]
    public void Write_TimesAreUtcWithZ_AndNoTimeZoneIsNeeded()
    {
        var (booking, slot) = Booked();

        var lines = CalendarText.Unfold(Write(booking, slot)).ToList();

        lines.ShouldContain("DTSTART:20261210T083000Z");
        lines.ShouldContain("DTEND:20261210T084500Z");
        lines.ShouldContain("DTSTAMP:20261202T090700Z");
        lines.ShouldNotContain(l => l.StartsWith("BEGIN:VTIMEZONE", StringComparison.Ordinal));
        lines[0].ShouldBe("BEGIN:VCALENDAR");
        lines[^1].ShouldBe("END:VCALENDAR");
    }

    [Fact]
    public void Write_EveryLine_IsAtMost75OctetsEndsInCrlfAndNeverSplitsAUtf8Sequence()
    {
        var (booking, slot) = Booked();

        var text = Write(booking, slot);

        text.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\n');
        text.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\r');
        var lines = PhysicalLines(text);
        lines.Count(l => l.Length > 0 && l[0] == ' ').ShouldBeGreaterThan(3, "the long texts were folded");
        foreach (var line in lines)
        {
            line.Length.ShouldBeLessThanOrEqualTo(75);
            // Strict decoding throws on a sequence cut in two at a fold.
            Should.NotThrow(() => StrictUtf8.GetString(line));
        }
    }

    [Fact]
    public void Fold_ASurrogatePairOrAThreeOctetLetterAtTheEdge_MovesWhole()
    {
        // 'X:' + 72 ASCII letters leaves one octet of room: the next letter must go to the next line whole.
        foreach (var letter in new[] { "é", "€", "😀" })
        {
            var folded = CalendarText.Fold("X:" + new string('a', 72) + letter + "b\r\n");

            var lines = PhysicalLines(folded);
            lines[0].Length.ShouldBe(74);
            StrictUtf8.GetString(lines[1]).ShouldBe(" " + letter + "b");
            CalendarText.Unfold(folded).Single().ShouldBe("X:" + new string('a', 72) + letter + "b");
        }
    }

    [Fact]
    public void Write_AfterAReschedule_KeepsTheUidAndRaisesTheSequence()
    {
        var (booking, slot) = Booked();
        var first = Calendar.Load(Write(booking, slot))!.Events.Single();
        var later = AppointmentRulesTests.SlotAt(slot.StartsAt.AddDays(2));
        rules.Reschedule(booking, slot, later, false, Now.AddHours(1));

        var second = Calendar.Load(Write(booking, later))!.Events.Single();

        second.Uid.ShouldBe(first.Uid);
        second.Sequence.ShouldBe(first.Sequence + 1);
        second.DtStart!.AsUtc.ShouldBe(later.StartsAt);
    }

    [Fact]
    public void Write_ACancelledBooking_IsACancelWithTheSameUid()
    {
        var (booking, slot) = Booked();
        var uid = booking.Uid;
        rules.Cancel(booking, slot, Now.AddHours(1));

        var text = Write(booking, slot);

        var calendar = Calendar.Load(text)!;
        calendar.Method.ShouldBe("CANCEL");
        var appointment = calendar.Events.Single();
        appointment.Uid.ShouldBe(uid);
        appointment.Status.ShouldBe("CANCELLED");
        appointment.Sequence.ShouldBe(1);
        var lines = CalendarText.Unfold(text).ToList();
        lines.ShouldContain("METHOD:CANCEL");
        lines.ShouldContain("STATUS:CANCELLED");
        lines.ShouldContain("SEQUENCE:1");
    }
}
