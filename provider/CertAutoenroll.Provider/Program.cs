using CertAutoenroll.Provider.Hosting;

return await ProviderHost.RunAsync(args).ConfigureAwait(false);
