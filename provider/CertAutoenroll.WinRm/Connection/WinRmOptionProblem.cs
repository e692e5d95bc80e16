namespace CertAutoenroll.WinRm.Connection;

/// <summary>One reason <see cref="WinRmConnectionOptions"/> cannot work: the option at fault and the fix.</summary>
/// <param name="Field">The option's name in camelCase, spelled as the provider's config key (<c>scheme</c>, <c>username</c>, <c>caCertificate</c>…).</param>
public sealed record WinRmOptionProblem(string Field, string Message);
