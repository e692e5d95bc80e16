using CertAutoenroll.Provider.Hosting;

return await PluginCommand.RunAsync(args).ConfigureAwait(false);
