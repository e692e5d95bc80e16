using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.Provider.Errors;

/// <summary>What was being done, for error messages: "creating Auto-Enrollment policy on GPO X (User) via dc:5986".</summary>
internal sealed record OperationContext(string Verb, string Gpo, PolicyScope Scope, string Host)
{
    public override string ToString() => $"{Verb} the Auto-Enrollment policy of GPO {Gpo} ({Scope} Configuration) via {Host}";
}
