using Xunit;

// Most of these tests wait on other processes (the provider, the lab DC and its PowerShell, the release
// build), so four test classes at a time keep two cores busy where the default of one per core left them idle.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
