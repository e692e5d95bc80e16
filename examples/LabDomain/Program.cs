using LabDomain;
using Pulumi;

return await Deployment.RunAsync(LabDomainStack.Declare);
