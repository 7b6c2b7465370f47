using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetMQ;

namespace SurveyFigures.Kernel.Protocol;

/// <summary>
/// Jupyter's wire format over ZeroMQ: routing identities, the <c>&lt;IDS|MSG&gt;</c> delimiter, the HMAC signature,
/// then header, parent header, metadata and content as UTF-8 JSON, then buffers.
/// </summary>
internal sealed class WireFormat(MessageSigner signer)
{
    private static readonly byte[] Delimiter = Encoding.ASCII.GetBytes("<IDS|MSG>");
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public NetMQMessage Encode(JupyterMessage message)
    {
        byte[][] parts = [Bytes(message.Header), Bytes(message.ParentHeader), Bytes(message.Metadata), Bytes(message.Content)];
        var wire = new NetMQMessage();
        foreach (var identity in message.Identities)
        {
            wire.Append(identity);
        }
        wire.Append(Delimiter);
        wire.Append(Encoding.ASCII.GetBytes(signer.Sign(parts)));
        foreach (var part in parts)
        {
            wire.Append(part);
        }
        foreach (var buffer in message.Buffers)
        {
            wire.Append(buffer);
        }
        return wire;
    }

    /// <summary>The message, or null with the reason when it is malformed or its signature does not verify.</summary>
    public JupyterMessage? Decode(NetMQMessage wire, out string? problem)
    {
        var frames = wire.Select(f => f.ToByteArray()).ToList();
        var delimiter = frames.FindIndex(f => f.AsSpan().SequenceEqual(Delimiter));
        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            problem = $"malformed message ({frames.Count} frames, delimiter {(delimiter < 0 ? "missing" : "at " + delimiter)})";
            return null;
        }
        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        var parts = frames.GetRange(delimiter + 2, 4);
        if (!signer.Verify(signature, parts))
        {
            problem = "bad signature";
            return null;
        }
        try
        {
            problem = null;
            return new JupyterMessage(
                frames.GetRange(0, delimiter), Object(parts[0]), Object(parts[1]), Object(parts[2]), Object(parts[3]),
                frames.Skip(delimiter + 6).ToList());
        }
        catch (JsonException error)
        {
            problem = $"malformed JSON ({error.Message})";
            return null;
        }
    }

    private static byte[] Bytes(JsonObject json) => JsonSerializer.SerializeToUtf8Bytes(json, Json);

    private static JsonObject Object(byte[] bytes) =>
        JsonNode.Parse(bytes) as JsonObject ?? throw new JsonException("expected a JSON object");
}
