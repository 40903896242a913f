using Astra.Workflows.Modules.Hotline.CallBacks;
using Astra.Workflows.Modules.Hotline.Callers;
using Astra.Workflows.Modules.Hotline.Cases;
using Astra.Workflows.Modules.Hotline.Contacts;
using Astra.Workflows.Modules.Hotline.Reports;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Hotline;

/// <summary>
/// The SOS line's contact log: every contact with coded fields, repeat callers linked by a blind index of their
/// number (never the number), call-backs as a queue, and a case opened from a contact only when one is needed.
/// </summary>
public static class HotlineModule
{
    /// <summary>The hotline's reports join the Reports module's list through its <see cref="IReport"/> contract.</summary>
    public static IServiceCollection AddHotline(this IServiceCollection services)
    {
        services.AddScoped<IReport, ContactsByMonthAndChannel>();
        services.AddScoped<IReport, ContactsByCallerType>();
        services.AddScoped<IReport, ContactsByTopic>();
        services.AddScoped<IReport, JobOfferChecks>();
        services.AddScoped<IReport, ContactsThatBecameCases>();
        return services;
    }

    public static IEndpointRouteBuilder MapHotline(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapGroup("/contacts").WithTags("Hotline")
            .MapLogContact()
            .MapListContacts()
            .MapCallBacks()
            .MapGetContact()
            .MapCorrectContact()
            .MapLookupRepeatCaller()
            .MapOpenCaseFromContact();
        return app;
    }
}
