namespace LabDomainController.Tests.Auth;

/// <summary>The NTLMv2 example of MS-NLMP 4.2.1 and 4.2.4, written out from the specification.</summary>
internal static class NtlmTestVectors
{
    public const string User = "User";
    public const string Domain = "Domain";
    public const string Password = "Password";

    public static readonly byte[] RandomSessionKey = Repeat(0x55, 16);
    public static readonly byte[] ClientChallenge = Repeat(0xaa, 8);
    public static readonly byte[] ServerChallenge = Hex("0123456789abcdef");

    /// <summary>MsvAvNbDomainName "Domain", MsvAvNbComputerName "Server", MsvAvEOL.</summary>
    public static readonly byte[] ServerAvPairs = Hex(
        "02000c0044006f006d00610069006e00" + "01000c005300650072007600650072000000" + "0000");

    public static readonly byte[] NtowfV2 = Hex("0c868a403bfd7a93a3001ef22ef02e3f");
    public static readonly byte[] SessionBaseKey = Hex("8de40ccadbc14a82f15cb0ad0de95ca3");
    public static readonly byte[] LmV2Response = Hex("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa");
    public static readonly byte[] NtProofStr = Hex("68cd0ab851e51c96aabc927bebef6a1c");
    public static readonly byte[] EncryptedSessionKey = Hex("c5dad2544fc9799094ce1ce90bc9d03e");
    public static readonly byte[] ClientSealingKey = Hex("59f600973cc4960a25480a7c196e4c58");
    public static readonly byte[] ClientSigningKey = Hex("4788dc861b4782f35d43fd98fe1a2d39");

    /// <summary>"Plaintext" in UTF-16LE sealed with sequence number 0, and its signature.</summary>
    public static readonly byte[] SealedPlaintext = Hex("54e50165bf1936dc996020c1811b0f06fb5f");
    public static readonly byte[] PlaintextSignature = Hex("010000007fb38ec5c55d497600000000");

    /// <summary>The NTLMv2 client blob ("temp"): version 1.1, Time 0, the client challenge, the server's AV pairs.</summary>
    public static byte[] ClientBlob() =>
        [1, 1, 0, 0, 0, 0, 0, 0, .. new byte[8], .. ClientChallenge, 0, 0, 0, 0, .. ServerAvPairs, 0, 0, 0, 0];

    public static byte[] Hex(string hex) => Convert.FromHexString(hex);

    private static byte[] Repeat(byte value, int count) => Enumerable.Repeat(value, count).ToArray();
}
