namespace CertAutoenroll.Provider.Values;

/// <summary>The engine's markers for special values inside a protobuf Struct.</summary>
internal static class Sentinels
{
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";
    public const string ResourceReferenceSignature = "5cf8f73096256a8f31e491e813e4eb8e";
    public const string OutputValueSignature = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    public const string UnknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    public const string UnknownBool = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";
    public const string UnknownNumber = "3eeb2bf0-c639-47a8-9e75-3b44932eb421";
    public const string UnknownArray = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";
    public const string UnknownObject = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

    public static readonly HashSet<string> UnknownValues =
    [
        UnknownString,
        UnknownBool,
        UnknownNumber,
        UnknownArray,
        "030794c1-ac77-496b-92df-f27374a8bd58",
        "e48ece36-62e2-4504-bad9-02848725956a",
        UnknownObject,
    ];
}
