using System.Text.Json;
using LabDomainController.Scenarios;

namespace LabDomainController.Hosting;

/// <summary>
/// GET /lab/faults shows the fault settings and what was injected per kind; POST /lab/faults (a JSON object with
/// any of every, kinds, seed, delayMs, limit) switches them at run time. Loopback only, like the whole lab.
/// </summary>
internal static class FaultControlEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/lab/faults", (FaultInjector faults) => Results.Json(Describe(faults), LabJson.Options));
        app.MapPost("/lab/faults", async (HttpContext context, FaultInjector faults) =>
        {
            try
            {
                using var json = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
                faults.Configure(FaultSettings.FromJson(json.RootElement, faults.Settings));
                return Results.Json(Describe(faults), LabJson.Options);
            }
            catch (Exception exception) when (exception is ArgumentException or JsonException)
            {
                return Results.Text(exception.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }
        });
    }

    private static FaultState Describe(FaultInjector faults)
    {
        var settings = faults.Settings;
        return new FaultState(settings.Every, [.. settings.Kinds.Select(FaultKindNames.Name)], settings.Seed, settings.DelayMs, settings.Limit, faults.Injected());
    }

    private sealed record FaultState(int Every, IReadOnlyList<string> Kinds, int? Seed, int DelayMs, int? Limit, IReadOnlyDictionary<string, long> Injected);
}
