namespace LabDomainController.Scenarios;

/// <summary>
/// Decides, per WS-Man request, whether it meets a fault and which: the <see cref="FaultSettings.Every"/>-th request
/// since the last fault (or the first later one that some configured kind can hit) meets the next kind in turn,
/// or one drawn from the seeded generator. Switchable at run time; counts what it injected per kind.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private readonly long[] _injected = new long[FaultKindNames.All.Count];
    private FaultSettings _settings;
    private Random? _random;
    private long _sinceLast;
    private long _sinceConfigured;
    private int _turn;

    public FaultInjector(FaultSettings settings)
    {
        _settings = settings;
        _random = settings.Seed is { } seed ? new Random(seed) : null;
    }

    public FaultSettings Settings
    {
        get
        {
            lock (_lock)
            {
                return _settings;
            }
        }
    }

    /// <summary>Replaces the settings; the count towards the next fault and the seeded sequence start again.</summary>
    public void Configure(FaultSettings settings)
    {
        lock (_lock)
        {
            _settings = settings;
            _random = settings.Seed is { } seed ? new Random(seed) : null;
            _sinceLast = 0;
            _sinceConfigured = 0;
            _turn = 0;
        }
    }

    public FaultKind? Decide(string action, bool hasShell, bool hasProcess)
    {
        lock (_lock)
        {
            if (_settings.Every <= 0 || _settings.Kinds.Count == 0 || _sinceConfigured >= (_settings.Limit ?? long.MaxValue)
                || ++_sinceLast < _settings.Every)
            {
                return null;
            }

            var applicable = _settings.Kinds.Where(k => FaultKindNames.AppliesTo(k, action, hasShell, hasProcess)).ToList();
            if (applicable.Count == 0)
            {
                return null;
            }

            FaultKind kind;
            if (_random is { } random)
            {
                kind = applicable[random.Next(applicable.Count)];
            }
            else
            {
                // In turn through the configured list, skipping kinds that cannot hit this request.
                kind = applicable[0];
                for (var step = 0; step < _settings.Kinds.Count; step++)
                {
                    var candidate = _settings.Kinds[(_turn + step) % _settings.Kinds.Count];
                    if (applicable.Contains(candidate))
                    {
                        kind = candidate;
                        _turn = (_turn + step + 1) % _settings.Kinds.Count;
                        break;
                    }
                }
            }

            _sinceLast = 0;
            _sinceConfigured++;
            _injected[(int)kind]++;
            return kind;
        }
    }

    /// <summary>Faults injected so far, per kind (every kind listed, zeros included).</summary>
    public IReadOnlyDictionary<string, long> Injected()
    {
        lock (_lock)
        {
            return FaultKindNames.All.ToDictionary(FaultKindNames.Name, k => _injected[(int)k], StringComparer.Ordinal);
        }
    }
}
