using System.Formats.Asn1;

namespace LabDomainController.Auth;

/// <summary>SPNEGO (RFC 4178) NegTokenInit / NegTokenResp, read and written with System.Formats.Asn1.</summary>
internal static class SpnegoTokens
{
    public const string SpnegoOid = "1.3.6.1.5.5.2";
    public const string NtlmOid = "1.3.6.1.4.1.311.2.2.10";

    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0);
    private static readonly Asn1Tag Context1 = new(TagClass.ContextSpecific, 1);
    private static readonly Asn1Tag Context2 = new(TagClass.ContextSpecific, 2);
    private static readonly Asn1Tag Context3 = new(TagClass.ContextSpecific, 3);

    public static bool IsNegTokenInit(ReadOnlySpan<byte> token) => token.Length > 0 && token[0] == 0x60;

    public static bool IsNegTokenResp(ReadOnlySpan<byte> token) => token.Length > 0 && token[0] == 0xa1;

    public static SpnegoInit ReadInit(byte[] token)
    {
        try
        {
            var application = new AsnReader(token, AsnEncodingRules.BER).ReadSequence(new Asn1Tag(TagClass.Application, 0));
            if (application.ReadObjectIdentifier() != SpnegoOid)
            {
                throw new NtlmProtocolException("The Negotiate token is not SPNEGO (wrong mechanism OID).");
            }

            var init = application.ReadSequence(Context0).ReadSequence();
            var mechTypes = new List<string>();
            byte[] mechTypesDer = [];
            byte[]? mechToken = null;
            byte[]? mechListMic = null;
            while (init.HasData)
            {
                var tag = init.PeekTag();
                if (tag.HasSameClassAndValue(Context0))
                {
                    var explicitMechTypes = init.ReadSequence(Context0);
                    mechTypesDer = explicitMechTypes.PeekEncodedValue().ToArray();
                    var list = explicitMechTypes.ReadSequence();
                    while (list.HasData)
                    {
                        mechTypes.Add(list.ReadObjectIdentifier());
                    }
                }
                else if (tag.HasSameClassAndValue(Context2))
                {
                    mechToken = init.ReadSequence(Context2).ReadOctetString();
                }
                else if (tag.HasSameClassAndValue(Context3))
                {
                    mechListMic = init.ReadSequence(Context3).ReadOctetString();
                }
                else
                {
                    init.ReadEncodedValue();
                }
            }

            return new SpnegoInit(mechTypes, mechTypesDer, mechToken, mechListMic);
        }
        catch (AsnContentException exception)
        {
            throw new NtlmProtocolException("The SPNEGO NegTokenInit is not valid DER.", exception);
        }
    }

    public static SpnegoResponse ReadResponse(byte[] token)
    {
        try
        {
            var resp = new AsnReader(token, AsnEncodingRules.BER).ReadSequence(Context1).ReadSequence();
            SpnegoState? state = null;
            string? mech = null;
            byte[]? responseToken = null;
            byte[]? mechListMic = null;
            while (resp.HasData)
            {
                var tag = resp.PeekTag();
                if (tag.HasSameClassAndValue(Context0))
                {
                    state = resp.ReadSequence(Context0).ReadEnumeratedValue<SpnegoState>();
                }
                else if (tag.HasSameClassAndValue(Context1))
                {
                    mech = resp.ReadSequence(Context1).ReadObjectIdentifier();
                }
                else if (tag.HasSameClassAndValue(Context2))
                {
                    responseToken = resp.ReadSequence(Context2).ReadOctetString();
                }
                else if (tag.HasSameClassAndValue(Context3))
                {
                    mechListMic = resp.ReadSequence(Context3).ReadOctetString();
                }
                else
                {
                    resp.ReadEncodedValue();
                }
            }

            return new SpnegoResponse(state, mech, responseToken, mechListMic);
        }
        catch (AsnContentException exception)
        {
            throw new NtlmProtocolException("The SPNEGO NegTokenResp is not valid DER.", exception);
        }
    }

    public static byte[] WriteResponse(SpnegoResponse response)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence(Context1))
        using (writer.PushSequence())
        {
            if (response.State is { } state)
            {
                using (writer.PushSequence(Context0))
                {
                    writer.WriteEnumeratedValue(state);
                }
            }

            if (response.SupportedMech is { } mech)
            {
                using (writer.PushSequence(Context1))
                {
                    writer.WriteObjectIdentifier(mech);
                }
            }

            WriteOptionalOctets(writer, Context2, response.ResponseToken);
            WriteOptionalOctets(writer, Context3, response.MechListMic);
        }

        return writer.Encode();
    }

    /// <summary>A client-side NegTokenInit; used by tests to play the .NET client.</summary>
    public static byte[] WriteInit(IReadOnlyList<string> mechTypes, byte[]? mechToken)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence(new Asn1Tag(TagClass.Application, 0)))
        {
            writer.WriteObjectIdentifier(SpnegoOid);
            using (writer.PushSequence(Context0))
            using (writer.PushSequence())
            {
                using (writer.PushSequence(Context0))
                using (writer.PushSequence())
                {
                    foreach (var oid in mechTypes)
                    {
                        writer.WriteObjectIdentifier(oid);
                    }
                }

                WriteOptionalOctets(writer, Context2, mechToken);
            }
        }

        return writer.Encode();
    }

    private static void WriteOptionalOctets(AsnWriter writer, Asn1Tag tag, byte[]? value)
    {
        if (value is null)
        {
            return;
        }

        using (writer.PushSequence(tag))
        {
            writer.WriteOctetString(value);
        }
    }
}

/// <summary>negState of RFC 4178 4.2.2.</summary>
internal enum SpnegoState
{
    AcceptCompleted = 0,
    AcceptIncomplete = 1,
    Reject = 2,
    RequestMic = 3,
}

internal sealed record SpnegoInit(IReadOnlyList<string> MechTypes, byte[] MechTypesDer, byte[]? MechToken, byte[]? MechListMic);

internal sealed record SpnegoResponse(SpnegoState? State, string? SupportedMech, byte[]? ResponseToken, byte[]? MechListMic);
