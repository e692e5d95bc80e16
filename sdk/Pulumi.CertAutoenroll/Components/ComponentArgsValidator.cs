namespace Pulumi.CertAutoenroll.Components;

/// <summary>Rejects component args that cannot describe one procedure, naming the field and the fix.</summary>
internal static class ComponentArgsValidator
{
    /// <summary>Returns <paramref name="options"/> so the check runs before the component registers.</summary>
    public static ComponentResourceOptions? Validate(
        string type, string name, CertificateAutoenrollmentArgs args, ComponentResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var subject = $"{type} '{name}'";
        ValidateGpo(subject, args);
        ValidateLinks(subject, args.LinkTo);
        ValidateTemplates(subject, args);
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

    private static void ValidateGpo(string subject, CertificateAutoenrollmentArgs args)
    {
        var existing = args.GpoName is not null || args.GpoId is not null;
        if (args.Gpo is not null && existing)
        {
            throw new ArgumentException(
                $"{subject}: set either Gpo (a GPO the component creates) or GpoName/GpoId (an existing GPO), not both.", nameof(args));
        }

        if (args.Gpo is null && !existing)
        {
            throw new ArgumentException(
                $"{subject}: set Gpo to create a dedicated GPO, or set GpoName (e.g. \"Default Domain Policy\") or GpoId to choose an existing one.",
                nameof(args));
        }

        if (args.GpoName is not null && args.GpoId is not null)
        {
            throw new ArgumentException($"{subject}: set either GpoName or GpoId, not both.", nameof(args));
        }
    }

    private static void ValidateLinks(string subject, IList<string> linkTo)
    {
        ArgumentNullException.ThrowIfNull(linkTo);
        for (var i = 0; i < linkTo.Count; i++)
        {
            var target = linkTo[i];
            if (string.IsNullOrWhiteSpace(target) || !target.Contains('=', StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"{subject}: LinkTo[{i}] ('{target}') is not a distinguished name; give the DN of the domain root, an OU or a site, e.g. \"OU=Staff,DC=corp,DC=example\".",
                    nameof(linkTo));
            }

            if (linkTo.Take(i).Contains(target, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"{subject}: LinkTo[{i}] ('{target}') is listed twice; a GPO has one link per target.", nameof(linkTo));
            }
        }
    }

    private static void ValidateTemplates(string subject, CertificateAutoenrollmentArgs args)
    {
        ArgumentNullException.ThrowIfNull(args.Templates);
        if (args.Templates.Count == 0 && (args.Principal is not null || args.NetBiosDomain is not null))
        {
            throw new ArgumentException(
                $"{subject}: Principal and NetBiosDomain only say who gets template rights; add the template cns to Templates (e.g. \"User\") or remove them.",
                nameof(args));
        }

        if (args.Principal is { } principal && string.IsNullOrWhiteSpace(principal))
        {
            throw new ArgumentException($"{subject}: Principal is empty; give DOMAIN\\name, a UPN, a SID or a group name.", nameof(args));
        }

        for (var i = 0; i < args.Templates.Count; i++)
        {
            var template = args.Templates[i];
            if (string.IsNullOrWhiteSpace(template) || template.Contains('=', StringComparison.Ordinal) || template.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"{subject}: Templates[{i}] ('{template}') is not a template cn; give the template's cn, e.g. \"User\" or \"Machine\", not its DN.",
                    nameof(args));
            }

            if (args.Templates.Take(i).Contains(template, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"{subject}: Templates[{i}] ('{template}') is listed twice.", nameof(args));
            }
        }
    }
}
