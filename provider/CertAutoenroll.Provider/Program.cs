using CertAutoenroll.Provider.Hosting;
using CertAutoenroll.Provider.Schema;

if (SchemaCommand.Matches(args))
{
    return await SchemaCommand.RunAsync(Console.Out).ConfigureAwait(false);
}

return await PluginCommand.RunAsync(args).ConfigureAwait(false);
