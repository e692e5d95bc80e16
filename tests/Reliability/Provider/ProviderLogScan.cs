using System.Globalization;
using System.Text.RegularExpressions;

namespace Reliability.Provider;

/// <summary>
/// Reads what the provider logged to stderr (--logtostderr) during a phase: each re-run on a fresh session is one
/// line (WinRmLog event 3030, "attempt N of M"), each give-up one line (event 3032).
/// </summary>
internal static partial class ProviderLogScan
{
    public sealed record Summary(int Reruns, int GiveUps, int MaxAttempts, bool MentionsPassword);

    public static Summary Read(string traceFile, string password)
    {
        var reruns = 0;
        var giveUps = 0;
        var maxAttempts = 1;
        var mentionsPassword = false;
        foreach (var line in File.ReadLines(traceFile))
        {
            mentionsPassword |= line.Contains(password, StringComparison.Ordinal);
            if (Rerun().Match(line) is { Success: true } match)
            {
                reruns++;
                maxAttempts = Math.Max(maxAttempts, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
            else if (GiveUp().Match(line) is { Success: true } gaveUp)
            {
                giveUps++;
                maxAttempts = Math.Max(maxAttempts, int.Parse(gaveUp.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        return new Summary(reruns, giveUps, maxAttempts, mentionsPassword);
    }

    [GeneratedRegex(@"re-running it on a fresh session, attempt (\d+) of \d+")]
    private static partial Regex Rerun();

    [GeneratedRegex(@"Giving up on a request to .* after (\d+) attempt")]
    private static partial Regex GiveUp();
}
