namespace Pulumi.CertAutoenroll.Components;

/// <summary>Rejects component args that cannot describe one policy, naming the field and the fix.</summary>
internal static class ComponentArgsValidator
{
    /// <summary>Returns <paramref name="options"/> so the check runs before the component registers.</summary>
    public static ComponentResourceOptions? Validate(
        string type, string name, CertificateAutoenrollmentArgs args, ComponentResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var subject = $"{type} '{name}'";
        if (args.GpoName is null && args.GpoId is null)
        {
            throw new ArgumentException(
                $"{subject}: set GpoName (e.g. \"Default Domain Policy\") or GpoId to choose the GPO.", nameof(args));
        }

        if (args.GpoName is not null && args.GpoId is not null)
        {
            throw new ArgumentException($"{subject}: set either GpoName or GpoId, not both.", nameof(args));
        }

        if (args.Connection is null)
        {
            return options;
        }

        if (args.Connection.Host is null && Utilities.GetEnv("CERTAUTOENROLL_HOST") is null)
        {
            throw new ArgumentException(
                $"{subject}: Connection.Host is required; set it (or CERTAUTOENROLL_HOST) to the domain controller's host name or address.",
                nameof(args));
        }

        if (options?.Provider is Provider || options?.Providers.OfType<Provider>().Any() == true)
        {
            throw new ArgumentException(
                $"{subject}: set either Connection (the component then owns its provider) or a certautoenroll provider in the options, not both.",
                nameof(options));
        }

        return options;
    }
}
