namespace LabDomainController.Auth;

/// <summary>
/// SPNEGO around NTLM (MS-SPNG): the lab offers only NTLM. When the client's NegTokenInit prefers another
/// mechanism, the reply names NTLM as supportedMech and the client restarts with an NTLM NEGOTIATE.
/// </summary>
internal sealed class SpnegoServerContext(NtlmServerContext ntlm)
{
    private byte[] _mechTypesDer = [];
    private bool _ntlmNegotiated;

    public NtlmServerContext Ntlm => ntlm;

    /// <summary>Returns the reply token and whether authentication is complete; null result means wrong password.</summary>
    public (byte[] Reply, AuthStep Step) Accept(byte[] token)
    {
        if (SpnegoTokens.IsNegTokenInit(token))
        {
            var init = SpnegoTokens.ReadInit(token);
            if (!init.MechTypes.Contains(SpnegoTokens.NtlmOid))
            {
                return (SpnegoTokens.WriteResponse(new SpnegoResponse(SpnegoState.Reject, null, null, null)), AuthStep.Rejected);
            }

            _mechTypesDer = init.MechTypesDer;
            var optimistic = init.MechTypes[0] == SpnegoTokens.NtlmOid && init.MechToken is not null;
            return optimistic ? AcceptNtlm(init.MechToken!, null) : (Incomplete(null), AuthStep.Continue);
        }

        if (SpnegoTokens.IsNegTokenResp(token))
        {
            var response = SpnegoTokens.ReadResponse(token);
            if (response.ResponseToken is null)
            {
                throw new NtlmProtocolException("The SPNEGO NegTokenResp carries no NTLM token.");
            }

            return AcceptNtlm(response.ResponseToken, response.MechListMic);
        }

        throw new NtlmProtocolException("The Negotiate token is neither NTLMSSP nor SPNEGO.");
    }

    private (byte[] Reply, AuthStep Step) AcceptNtlm(byte[] ntlmToken, byte[]? mechListMic)
    {
        if (NtlmMessageReader.MessageType(ntlmToken) == 1)
        {
            var challenge = ntlm.AcceptNegotiate(ntlmToken);
            _ntlmNegotiated = true;
            return (Incomplete(challenge), AuthStep.Continue);
        }

        if (!_ntlmNegotiated || !ntlm.AcceptAuthenticate(ntlmToken))
        {
            return (SpnegoTokens.WriteResponse(new SpnegoResponse(SpnegoState.Reject, null, null, null)), AuthStep.Rejected);
        }

        byte[]? serverMic = null;
        if (mechListMic is not null)
        {
            ntlm.Sealing!.VerifySignature(mechListMic, _mechTypesDer);
            serverMic = ntlm.Sealing.Sign(_mechTypesDer);
            ntlm.Sealing.ResetCiphers();
        }

        return (SpnegoTokens.WriteResponse(new SpnegoResponse(SpnegoState.AcceptCompleted, null, null, serverMic)), AuthStep.Completed);
    }

    private static byte[] Incomplete(byte[]? responseToken) =>
        SpnegoTokens.WriteResponse(new SpnegoResponse(SpnegoState.AcceptIncomplete, SpnegoTokens.NtlmOid, responseToken, null));
}
