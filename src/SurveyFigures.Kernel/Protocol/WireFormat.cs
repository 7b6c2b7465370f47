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
    /// <summary>
    /// How many signatures of received messages are remembered to refuse a replay (a signed message captured and sent
    /// again), as jupyter_client's Session keeps its digest history: the oldest are forgotten first.
    /// </summary>
    public const int SignatureHistory = 1 << 16;

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<string> seenOrder = new();

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

    /// <summary>
    /// The message, or null with the reason when it is malformed, its signature does not verify or was seen before, or
    /// its header's msg_type or msg_id is not a string. Called on the socket thread only.
    /// </summary>
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
        if (signer.Signs && !Remember(signature))
        {
            problem = "replayed signature (a message with this signature was already received)";
            return null;
        }
        try
        {
            var message = new JupyterMessage(
                frames.GetRange(0, delimiter), Object(parts[0]), Object(parts[1]), Object(parts[2]), Object(parts[3]),
                frames.Skip(delimiter + 6).ToList());
            problem = HeaderProblem(message.Header);
            return problem is null ? message : null;
        }
        catch (JsonException error)
        {
            problem = $"malformed JSON ({error.Message})";
            return null;
        }
    }

    // Every handler dispatches on msg_type and answers with msg_id as the parent: both must be strings.
    private static string? HeaderProblem(JsonObject header)
    {
        foreach (var member in new[] { "msg_type", "msg_id" })
        {
            if (header[member] is not JsonValue value || !value.TryGetValue<string>(out _))
            {
                return $"header member {member} is {(header[member] is { } node ? node.ToJsonString() : "missing")}, expected a string";
            }
        }
        return null;
    }

    private bool Remember(string signature)
    {
        if (!seen.Add(signature))
        {
            return false;
        }
        seenOrder.Enqueue(signature);
        if (seenOrder.Count > SignatureHistory)
        {
            seen.Remove(seenOrder.Dequeue());
        }
        return true;
    }

    private static byte[] Bytes(JsonObject json) => JsonSerializer.SerializeToUtf8Bytes(json, Json);

    private static JsonObject Object(byte[] bytes) =>
        JsonNode.Parse(bytes) as JsonObject ?? throw new JsonException("expected a JSON object");
}
