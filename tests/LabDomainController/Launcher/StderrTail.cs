namespace LabDomainController.Launcher;

/// <summary>The last lines the lab wrote to stderr, kept for error messages.</summary>
internal sealed class StderrTail
{
    private const int MaxLines = 40;
    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _lines.Enqueue(line);
            while (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }
}
