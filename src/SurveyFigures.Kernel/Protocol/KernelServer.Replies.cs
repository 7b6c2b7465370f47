using System.Text.Json.Nodes;

namespace SurveyFigures.Kernel.Protocol;

/// <summary>The contents of the replies that only ask the interpreter a question: kernel info, completeness, completion, inspection.</summary>
internal sealed partial class KernelServer
{
    private JsonObject KernelInfo()
    {
        var identity = interpreter.Identity;
        return new JsonObject
        {
            ["status"] = "ok",
            ["protocol_version"] = JupyterMessage.ProtocolVersion,
            ["implementation"] = identity.Implementation,
            ["implementation_version"] = identity.Version,
            ["language_info"] = identity.LanguageInfo.DeepClone(),
            ["banner"] = identity.Banner,
            ["debugger"] = false,
            ["help_links"] = new JsonArray(),
        };
    }

    private JsonObject IsComplete(JupyterMessage request)
    {
        var (status, indent) = interpreter.IsComplete(request.Text("code"));
        var reply = new JsonObject { ["status"] = status };
        if (status == "incomplete")
        {
            reply["indent"] = indent;
        }
        return reply;
    }

    private JsonObject Complete(JupyterMessage request)
    {
        var code = request.Text("code");
        var cursor = request.Content["cursor_pos"] is JsonValue v && v.TryGetValue<int>(out var pos) ? pos : CodePoints.FromUtf16(code, code.Length);
        var list = interpreter.Complete(code, CodePoints.ToUtf16(code, cursor));
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(list.Matches.Select(m => (JsonNode?)m.Text).ToArray()),
            ["cursor_start"] = CodePoints.FromUtf16(code, list.Start),
            ["cursor_end"] = CodePoints.FromUtf16(code, list.End),
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray(list.Matches.Select(m => (JsonNode?)new JsonObject
                {
                    ["text"] = m.Text,
                    ["type"] = m.Kind,
                    ["start"] = CodePoints.FromUtf16(code, list.Start),
                    ["end"] = CodePoints.FromUtf16(code, list.End),
                }).ToArray()),
            },
        };
    }

    private JsonObject Inspect(JupyterMessage request)
    {
        var code = request.Text("code");
        var data = interpreter.Inspect(code, CodePoints.ToUtf16(code, request.Number("cursor_pos")), request.Number("detail_level"));
        return new JsonObject { ["status"] = "ok", ["found"] = data is not null, ["data"] = data ?? [], ["metadata"] = new JsonObject() };
    }
}
