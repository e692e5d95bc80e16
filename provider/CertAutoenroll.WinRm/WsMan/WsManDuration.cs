using System.Globalization;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>xs:duration text as WS-Man uses it: <c>PT20S</c>, <c>PT1.500S</c>.</summary>
internal static class WsManDuration
{
    public static string Format(TimeSpan value)
    {
        var seconds = Math.Max(value.TotalSeconds, 0.001);
        return seconds == Math.Floor(seconds)
            ? string.Create(CultureInfo.InvariantCulture, $"PT{(long)seconds}S")
            : string.Create(CultureInfo.InvariantCulture, $"PT{seconds:0.000}S");
    }
}
