using System.Globalization;

namespace Reliability.Cli;

/// <summary>The command line of the reliability suite.</summary>
internal sealed record ReliabilityOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/Reliability -- [options]
          --resources N              policies, a User and a Computer one on each of N/2 GPOs (default 200)
          --fault-every K            one WS-Man request in K meets a fault (default 5; 0 = none)
          --fault-kinds LIST         comma-separated fault kinds, or all (default all)
          --seed N                   seed for the lab's choice of fault kind (default 1)
          --max-retries N            the provider's maxRetries (default 3)
          --operation-timeout N      the provider's operationTimeoutSeconds (default 5)
          --parallel N               concurrent resource operations sent to the provider (default 16)
          --deadline N               the timeout (customTimeouts) of every operation, in seconds; each must end
                                     within it (default 0 = none, as Pulumi sends by default)
          --wrong-password           configure the provider with a wrong password; up must fail with one failed logon
          --soak-minutes M           one provider process through up/update/refresh/destroy cycles for M minutes;
                                     reports its memory growth and leaked shells, sockets and PowerShell processes
          --provider PATH            the provider to run (default: the built dll via dotnet), e.g. the released binary
          --smoke                    CI: exit 1 unless every target of the chosen run is met
        Exit codes: 0 ok (targets met), 1 a target missed or a run failed, 64 bad option.
        """;

    public int Resources { get; init; } = 200;

    public int FaultEvery { get; init; } = 5;

    public string FaultKinds { get; init; } = "all";

    public int Seed { get; init; } = 1;

    public int MaxRetries { get; init; } = 3;

    public int OperationTimeoutSeconds { get; init; } = 5;

    public int Parallel { get; init; } = 16;

    public int DeadlineSeconds { get; init; }

    public bool WrongPassword { get; init; }

    public double SoakMinutes { get; init; }

    public bool Smoke { get; init; }

    public string? ProviderPath { get; init; }

    public static ReliabilityOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ReliabilityOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            options = name switch
            {
                "--resources" => options with { Resources = Number(name, Value(), 2, 2000) },
                "--fault-every" => options with { FaultEvery = Number(name, Value(), 0, 1_000_000) },
                "--fault-kinds" => options with { FaultKinds = Value() },
                "--seed" => options with { Seed = Number(name, Value(), 0, int.MaxValue) },
                "--max-retries" => options with { MaxRetries = Number(name, Value(), 0, 100) },
                "--operation-timeout" => options with { OperationTimeoutSeconds = Number(name, Value(), 1, 3600) },
                "--parallel" => options with { Parallel = Number(name, Value(), 0, 10_000) },
                "--deadline" => options with { DeadlineSeconds = Number(name, Value(), 0, 3600) },
                "--wrong-password" => options with { WrongPassword = true },
                "--soak-minutes" => options with { SoakMinutes = Minutes(name, Value()) },
                "--smoke" => options with { Smoke = true },
                "--provider" => options with { ProviderPath = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException($"Unknown option '{name}'.\n{Usage}"),
            };
        }

        return options;
    }

    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Resources} policies on {(Resources + 1) / 2} GPOs, fault every {FaultEvery} WS-Man requests ({FaultKinds}, seed {Seed}), maxRetries {MaxRetries}, operationTimeoutSeconds {OperationTimeoutSeconds}, parallel {Parallel}");
        return text + (DeadlineSeconds > 0 ? string.Create(CultureInfo.InvariantCulture, $", deadline {DeadlineSeconds} s") : string.Empty)
            + (WrongPassword ? ", wrong password" : string.Empty)
            + (SoakMinutes > 0 ? string.Create(CultureInfo.InvariantCulture, $", soak {SoakMinutes} min") : string.Empty)
            + (ProviderPath is null ? string.Empty : $", provider {ProviderPath}");
    }

    private static int Number(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}; got '{text}'.");

    private static double Minutes(string name, string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var minutes) && minutes > 0 && minutes <= 600
            ? minutes
            : throw new ArgumentException($"{name} must be a number of minutes above 0, up to 600; got '{text}'.");
}
