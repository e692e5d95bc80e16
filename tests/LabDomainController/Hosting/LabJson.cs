using System.Text.Json;

namespace LabDomainController.Hosting;

internal static class LabJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
