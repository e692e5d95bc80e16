namespace CertAutoenroll.Provider.Errors;

/// <summary>
/// What was being done, for progress lines and error messages, e.g. verb "creating", subject
/// "GPO 'Staff PKI'", host "dc:5986": "creating GPO 'Staff PKI' via dc:5986".
/// </summary>
internal sealed record OperationContext(string Verb, string Subject, string Host)
{
    /// <summary>The progress line: "Creating GPO 'Staff PKI'".</summary>
    public string Status => $"{char.ToUpperInvariant(Verb[0])}{Verb[1..]} {Subject}";

    public override string ToString() => $"{Verb} {Subject} via {Host}";
}
