namespace CertAutoenroll.GroupPolicy.Validation;

/// <summary>One bad input. <see cref="Field"/> is the Pulumi input name; <see cref="Message"/> says what to do.</summary>
public sealed record ValidationFailure(string Field, string Message);
