using System.Text.Json.Nodes;

namespace SurveyFigures.Kernel.Protocol;

/// <summary>
/// One Jupyter message: the routing identities it came with (replies go back to them), its header, the header of
/// the request it answers, metadata, content and binary buffers.
/// </summary>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content, IReadOnlyList<byte[]> Buffers)
{
    public const string ProtocolVersion = "5.3";

    // Read without throwing: a header member of another kind (a number where the type's name belongs) is "" here;
    // WireFormat refuses such a message before anything reads it, and a log line naming it must not throw again.
    public string Type => Header["msg_type"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : "";

    public string Id => Header["msg_id"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : "";

    /// <summary>A new message of <paramref name="type"/> in <paramref name="session"/>, answering <paramref name="parent"/> if given.</summary>
    public static JupyterMessage Create(string session, string type, JsonObject content, JupyterMessage? parent, IReadOnlyList<byte[]>? identities = null)
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString("N"),
            ["session"] = session,
            ["username"] = "kernel",
            ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["msg_type"] = type,
            ["version"] = ProtocolVersion,
        };
        var parentHeader = parent?.Header.DeepClone().AsObject() ?? [];
        return new JupyterMessage(identities ?? parent?.Identities ?? [], header, parentHeader, [], content, []);
    }

    public bool Flag(string name, bool fallback) =>
        Content[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;

    public string Text(string name) =>
        Content[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    public int Number(string name) =>
        Content[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : 0;
}
