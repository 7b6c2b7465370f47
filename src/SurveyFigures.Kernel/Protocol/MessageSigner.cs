using System.Security.Cryptography;

namespace SurveyFigures.Kernel.Protocol;

/// <summary>
/// HMAC-SHA256 over a message's header, parent header, metadata and content frames, as hex, with the connection
/// file's key. An empty key means the client asked for no signing.
/// </summary>
internal sealed class MessageSigner(string key)
{
    private readonly byte[] key = System.Text.Encoding.UTF8.GetBytes(key);

    /// <summary>Whether messages are signed at all (an empty key: no signatures, so none to remember).</summary>
    public bool Signs => key.Length > 0;

    public string Sign(IReadOnlyList<byte[]> frames)
    {
        if (key.Length == 0)
        {
            return "";
        }
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var frame in frames)
        {
            hmac.AppendData(frame);
        }
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Constant-time comparison of the received signature with the expected one.</summary>
    public bool Verify(string signature, IReadOnlyList<byte[]> frames)
    {
        if (key.Length == 0)
        {
            return true;
        }
        var expected = System.Text.Encoding.ASCII.GetBytes(Sign(frames));
        var actual = System.Text.Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
