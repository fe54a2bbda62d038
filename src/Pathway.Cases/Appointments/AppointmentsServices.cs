using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases.Demo;
using Pathway.Platform.Demo;
using Pathway.Platform.Settings;

namespace Pathway.Cases.Appointments;

internal static class AppointmentsServices
{
    public static IServiceCollection AddAppointments(this IServiceCollection services)
    {
        services.AddSettings<AppointmentOptions, AppointmentOptions.Validator>(AppointmentOptions.Section);
        services.AddScoped<AppointmentBook>();
        services.AddScoped<WindowDesk>();
        services.AddScoped<MyAppointments>();
        // What statistics rebuild from: the bookings told again as their facts.
        services.AddScoped<Pathway.Platform.Outbox.IEventReplay, AppointmentFactsReplay>();
        services.AddHostedService<WindowScheduler>();
        services.AddScoped<IDemoSeeder, AppointmentsSeeder>();
        services.AddScoped<IDemoSeeder, BookingsSeeder>();
        return services;
    }
}
