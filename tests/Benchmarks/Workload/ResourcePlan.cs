using System.Globalization;
using CertAutoenroll.GroupPolicy.Model;

namespace Benchmarks.Workload;

/// <summary>
/// N resources spread over GPOs. A GPO holds at most one policy per scope (the resource id is
/// <c>&lt;gpoId&gt;/&lt;scope&gt;</c>), so N resources need ceil(N/2) GPOs, each with a User and a Computer policy.
/// </summary>
internal sealed record ResourcePlan(string Label, IReadOnlyList<string> GpoNames, IReadOnlyList<PlannedResource> Resources)
{
    public static ResourcePlan Create(string label, int count)
    {
        var gpoCount = (count + 1) / 2;
        var gpoNames = Enumerable.Range(0, gpoCount)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"Bench {label} GPO {i:D3}"))
            .ToArray();
        var resources = Enumerable.Range(0, count)
            .Select(i => new PlannedResource(
                string.Create(CultureInfo.InvariantCulture, $"{label}-policy-{i:D3}"),
                gpoNames[i / 2],
                i % 2 == 0 ? PolicyScope.User : PolicyScope.Computer))
            .ToArray();
        return new ResourcePlan(label, gpoNames, resources);
    }
}
