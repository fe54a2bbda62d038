using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Pathway.Platform;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Audit;
using Pathway.Platform.Authorization;
using Pathway.Platform.Demo;
using Pathway.Platform.Email;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Web.Account;
using Pathway.Web.Api;
using Pathway.Web.Components;
using Pathway.Web.Components.Pages.Staff.Cards;

namespace Pathway.Web.Hosting;

/// <summary>The platform's services and pipeline; Program.cs reads as a table of contents of these.</summary>
internal static class PlatformHosting
{
    public const string SignInLimit = "sign-in";
    public const string PublicFormLimit = "public-form";
    private const string SchemeSelector = "Pathway";

    public static WebApplicationBuilder AddPathwayPlatform(this WebApplicationBuilder builder)
    {
        AddShippedSettings(builder.Configuration);
        var database = DatabaseOptions.From(builder.Configuration);
        var services = builder.Services;

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json => json.IncludeScopes = false);

        services.AddHttpContextAccessor();
        services.AddScoped<OneTimeForms>();
        services.AddScoped<Pathway.Platform.Uploads.LimitedUpload>();
        services.AddScoped<ITenantScopeAccessor, HttpTenantScopeAccessor>();
        services.AddScoped<IAuditActorAccessor, HttpAuditActorAccessor>();
        services.AddPathwayPersistence(database);
        services.AddSingleton<OrganisationDirectory>();
        services.AddScoped<CurrentTenant>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<OrganisationAdministration>();
        services.AddScoped<DemoTenantSeeder>();
        var pickup = builder.Configuration["Email:PickupFolder"] is { Length: > 0 } folder ? folder : "data/mail";
        services.AddSingleton<IEmailSender>(sp => new FilePickupEmailSender(pickup, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FilePickupEmailSender>>()));
        // Hosted services start in order: the schema must exist before the dispatcher polls it.
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<Pathway.Platform.Protection.SpecialCategoryBackfill>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddAccountRecovery(builder.Configuration);
        services.Configure<TenantHosts>(builder.Configuration.GetSection(TenantHosts.Section));
        AddWorkspace(services);

        AddIdentity(services);
        services.AddDataProtection().SetApplicationName("Pathway").PersistKeysToDbContext<PathwayDbContext>();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // The languages' own culture objects (Gregorian dates in Dari too): the middleware hands
            // these to the request, where a culture made from a name would bring ICU's calendar back.
            var cultures = SupportedCultures.All.Select(l => l.Culture).ToList();
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures.ByCode(SupportedCultures.DefaultCode)!.Culture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CulturePathMiddleware.Provider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = UnreadableRequestProblem.Customize);
        // An unreadable body reaches the exception handler as an exception, so it can be answered in the caller's language.
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.AddOpenApi(openApi => openApi
            .AddDocumentTransformer<ApiKeySecurityScheme>()
            .AddOperationTransformer<ApiKeySecurityScheme>()
            .AddOperationTransformer<IdempotencyKeyParameter>());
        services.AddHealthChecks().AddDbContextCheck<PathwayDbContext>("database", tags: ["ready"]);
        var signIn = PositiveSetting(builder.Configuration, "RateLimits:SignInPerMinute", 10);
        var publicForm = PositiveSetting(builder.Configuration, "RateLimits:PublicFormPerMinute", 20);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInLimit, context => PostsPerClient(context, signIn));
            limiter.AddPolicy(PublicFormLimit, context => PostsPerClient(context, publicForm));
        });
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>
    /// The appsettings.json shipped beside the binaries, read below the environment and the command
    /// line: the platform runs with its defaults from whatever folder it is started in.
    /// </summary>
    private static void AddShippedSettings(ConfigurationManager configuration)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var inContentRoot = configuration.Sources.OfType<Microsoft.Extensions.Configuration.Json.JsonConfigurationSource>()
            .Any(s => s.FileProvider?.GetFileInfo(s.Path ?? "").PhysicalPath is { } path && Path.GetFullPath(path) == shipped);
        if (inContentRoot || !File.Exists(shipped))
        {
            return;
        }

        var position = configuration.Sources.ToList().FindIndex(s => s is not Microsoft.Extensions.Configuration.Json.JsonConfigurationSource and not Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource);
        configuration.Sources.Insert(Math.Max(0, position), new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
        });
    }

    private static int PositiveSetting(IConfiguration configuration, string key, int fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidConfigurationException(key, $"'{text}' is not a whole number above zero.");
    }

    /// <summary>Only submissions count against a limit: reading the sign-in page is free.</summary>
    private static RateLimitPartition<string> PostsPerClient(HttpContext context, int perMinute) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read");

    /// <summary>The platform's own entries in the staff workspace, beside those the modules contribute.</summary>
    private static void AddWorkspace(IServiceCollection services)
    {
        services.AddNavigation(
            new NavigationEntry("staff/audit", "Audit trail", Permissions.AuditRead, typeof(Text), 900),
            new NavigationEntry("admin/users", "User accounts", Permissions.UsersManage, typeof(Text), 910),
            new NavigationEntry("admin/api-keys", "API keys", Permissions.ApiKeysManage, typeof(Text), 920),
            new NavigationEntry("admin/organisations", "Organisations", Permissions.OrganisationsManage, typeof(Text), 930));
        services.AddWorkspaceCards(
            new WorkspaceCard(typeof(UsersCard), Permissions.UsersManage, 500),
            new WorkspaceCard(typeof(ApiKeysCard), Permissions.ApiKeysManage, 510),
            new WorkspaceCard(typeof(AuditCard), Permissions.AuditRead, 520));
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<PathwayUser, PathwayRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<PathwayDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PathwayClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "pathway.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.Path = "/";
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(60);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionCheck.ValidatePrincipalAsync;
            // API callers get status codes, not a redirect to an HTML page.
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        // The language prefix (/uk/...) becomes the path base, and a cookie's default path is the path
        // base: without a fixed path a sign-in under /uk would not be sent to /pl or /, so switching
        // language would sign the user out and fail the antiforgery check.
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, cookie => cookie.Cookie.Path = "/");
        }

        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Path = "/");

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SchemeSelector;
                options.DefaultAuthenticateScheme = SchemeSelector;
                options.DefaultChallengeScheme = SchemeSelector;
                options.DefaultForbidScheme = SchemeSelector;
            })
            .AddPolicyScheme(SchemeSelector, "Cookie or API key", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        services.AddOutputCache(options => options.AddPolicy(Pathway.Platform.Caching.PublicPages.Policy, new Pathway.Platform.Caching.PublicPagePolicy()));
        services.AddAuthorization();
        services.AddPermissionPolicies();
        services.AddPermissions(Permissions.Grants);
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication UsePathwayPlatform(this WebApplication app)
    {
        app.UseMiddleware<CulturePathMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request the client got wrong is the client's error, never a 500.
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // The client's mistake is answered, not logged as a server error.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true));
        app.UseRequestLocalization();
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/openapi/v1.json", "Pathway API v1");
            ui.DocumentTitle = "Pathway API";
            // The key typed into "Authorize" stays across reloads of the explorer.
            ui.EnablePersistAuthorization();
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TenantScopeMiddleware>();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        // After authentication and the tenant: the policy serves from memory only to anonymous readers.
        app.UseOutputCache();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    public static WebApplication MapPathwayPlatform(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddAdditionalAssemblies([.. app.Services.GetServices<ModulePages>().Select(m => m.Assembly)]);
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapAccountEndpoints();
        app.MapPlatformApi();
        app.MapAuditApi();
        app.MapBranding();
        return app;
    }

    public static async Task RunPathwayAsync(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
        await app.RunAsync();
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
