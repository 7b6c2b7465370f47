using System.Text.Json;
using System.Text.Json.Nodes;

namespace SurveyFigures.Kernel.Protocol;

/// <summary>The connection file a Jupyter client writes and passes as <c>{connection_file}</c>: ports, address and key.</summary>
internal sealed record ConnectionInfo(
    string Transport, string Ip, int ShellPort, int IopubPort, int StdinPort, int ControlPort, int HbPort, string Key, string SignatureScheme)
{
    public string Address(int port) => $"{Transport}://{Ip}:{port}";

    public static ConnectionInfo Read(string path)
    {
        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new InvalidDataException($"{path}: expected a JSON object (a Jupyter connection file).");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({error.Message}); expected a Jupyter connection file.", error);
        }
        var info = new ConnectionInfo(
            Text(json, path, "transport", "tcp"), Text(json, path, "ip", "127.0.0.1"),
            Port(json, path, "shell_port"), Port(json, path, "iopub_port"), Port(json, path, "stdin_port"),
            Port(json, path, "control_port"), Port(json, path, "hb_port"),
            Text(json, path, "key", ""), Text(json, path, "signature_scheme", "hmac-sha256"));
        if (info.Transport != "tcp")
        {
            throw new InvalidDataException($"{path}: transport '{info.Transport}' is not supported; expected \"tcp\".");
        }
        if (info.SignatureScheme != "hmac-sha256")
        {
            throw new InvalidDataException($"{path}: signature_scheme '{info.SignatureScheme}' is not supported; expected \"hmac-sha256\".");
        }
        return info;
    }

    private static string Text(JsonObject json, string path, string name, string fallback) => json[name] switch
    {
        null => fallback,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => throw new InvalidDataException($"{path}: \"{name}\" is {other.ToJsonString()}; expected a string."),
    };

    private static int Port(JsonObject json, string path, string name) => json[name] switch
    {
        JsonValue value when value.TryGetValue<int>(out var port) && port is > 0 and < 65536 => port,
        null => throw new InvalidDataException($"{path}: \"{name}\" is missing; expected a port number."),
        var other => throw new InvalidDataException($"{path}: \"{name}\" is {other.ToJsonString()}; expected a port number from 1 to 65535."),
    };
}
