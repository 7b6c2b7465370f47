using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Plotly.NET;

namespace SurveyFigures.Charts;

/// <summary>
/// Turns charts into plotly figure JSON and into HTML fragments. plotly.js is never fetched from a CDN: it is the
/// copy Plotly.NET carries inside its assembly (an embedded resource), inlined when asked for. Everything here
/// is deterministic: the same chart gives the same JSON, the same div id and the same HTML.
/// </summary>
public static partial class ChartRendering
{
    private static readonly Lazy<string> Library = new(ReadLibrary);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex DivIdPattern();

    /// <summary>The id of the script element that inlines plotly.js: a chart on a page without window.Plotly runs it again.</summary>
    public const string PlotlyJsElementId = "survey-figures-plotly-js";

    /// <summary>What a chart's element says when no plotly.js reached the page within five seconds (never silent).</summary>
    public const string NotDrawnMessage = "This chart could not be drawn: plotly.js is not on this page (it is inlined once per session, with the first chart). Run the notebook again from the top.";

    /// <summary>The version of the plotly.js that Plotly.NET embeds (2.28.0 for Plotly.NET 6.0.0).</summary>
    public static string PlotlyJsVersion => Globals.PLOTLYJS_VERSION;

    /// <summary>The plotly figure as JSON: <c>{"data":[…],"layout":{…}}</c>, compact, non-ASCII text kept as is.</summary>
    public static string ToJson(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();
        var result = new JsonObject
        {
            ["data"] = figure["data"]?.DeepClone() ?? new JsonArray(),
            ["layout"] = figure["layout"]?.DeepClone() ?? new JsonObject(),
        };
        return result.ToJsonString(JsonOptions);
    }

    /// <summary>A stable id for the chart's div: "chart-" and 16 hex digits of the SHA-256 of its JSON.</summary>
    public static string DivId(GenericChart chart, string prefix = "chart")
    {
        if (!DivIdPattern().IsMatch(prefix))
        {
            throw new ArgumentException($"Invalid div id prefix '{prefix}'; expected a letter followed by letters, digits, '-' or '_'.", nameof(prefix));
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ToJson(chart)));
        return $"{prefix}-{Convert.ToHexStringLower(hash)[..16]}";
    }

    /// <summary>
    /// An HTML fragment: a div with id <paramref name="divId"/> and a script that draws the chart into it with
    /// <c>Plotly.newPlot(divId, data, layout, {responsive: true})</c>. With <paramref name="includePlotlyJs"/>, the
    /// whole plotly.js is inlined first (see <see cref="PlotlyJsScript"/>); without, the script waits (up to five
    /// seconds) for a <c>window.Plotly</c> loaded elsewhere, so several charts on a page or in a notebook share one copy.
    /// If the page holds that copy (the element <see cref="PlotlyJsElementId"/>) but no <c>Plotly</c> (its script was
    /// restored without being run), the chart runs the copy again; with no copy at all it says so in its element.
    /// </summary>
    public static string ToHtml(GenericChart chart, string divId, bool includePlotlyJs)
    {
        if (!DivIdPattern().IsMatch(divId))
        {
            throw new ArgumentException($"Invalid div id '{divId}'; expected a letter followed by letters, digits, '-' or '_'.", nameof(divId));
        }
        var figure = ScriptSafe(ToJson(chart));
        var html = new StringBuilder();
        html.Append("<div id=\"").Append(divId).Append("\" class=\"survey-figures-chart\" style=\"min-width: ").Append(ChartLayout.DesignWidth).Append("px\"></div>\n");
        if (includePlotlyJs)
        {
            html.Append(PlotlyJsScript()).Append('\n');
        }
        html.Append("<script>\n(function () {\n")
            .Append("  var figure = ").Append(figure).Append(";\n")
            .Append("  var draw = function () { window.Plotly.newPlot(\"").Append(divId).Append("\", figure.data, figure.layout, {\"responsive\": true}); };\n")
            // plotly.js missing (a page whose inlined copy was restored without running it): run that copy again.
            .Append("  var load = function () {\n")
            .Append("    if (typeof Plotly !== \"undefined\") { return true; }\n")
            .Append("    var copy = document.getElementById(\"").Append(PlotlyJsElementId).Append("\");\n")
            .Append("    if (copy && !copy.hasAttribute(\"data-run-again\")) { copy.setAttribute(\"data-run-again\", \"\"); var again = document.createElement(\"script\"); again.text = copy.text; document.head.appendChild(again); }\n")
            .Append("    return typeof Plotly !== \"undefined\";\n")
            .Append("  };\n")
            .Append("  if (load()) { draw(); return; }\n")
            .Append("  var tries = 0;\n")
            .Append("  var timer = setInterval(function () {\n")
            .Append("    if (load()) { clearInterval(timer); draw(); }\n")
            .Append("    else if (++tries >= 100) {\n")
            .Append("      clearInterval(timer);\n")
            .Append("      console.error(\"plotly.js is not loaded: chart ").Append(divId).Append(" not drawn.\");\n")
            .Append("      document.getElementById(\"").Append(divId).Append("\").textContent = \"").Append(NotDrawnMessage).Append("\";\n")
            .Append("    }\n")
            .Append("  }, 50);\n")
            .Append("})();\n</script>\n");
        return html.ToString();
    }

    /// <summary><see cref="ToHtml(GenericChart, string, bool)"/> with the div id from <see cref="DivId"/>.</summary>
    public static string ToHtml(GenericChart chart, bool includePlotlyJs) => ToHtml(chart, DivId(chart), includePlotlyJs);

    /// <summary>The full text of plotly.js (minified) as embedded in Plotly.NET; read once, then cached.</summary>
    public static string PlotlyJs() => Library.Value;

    /// <summary>
    /// A script element that defines <c>window.Plotly</c> from the embedded plotly.js unless a copy is already loaded.
    /// The library runs with <c>define</c>, <c>module</c> and <c>exports</c> hidden, so that it sets <c>window.Plotly</c>
    /// even on a page with an AMD or CommonJS loader (as in Jupyter).
    /// </summary>
    public static string PlotlyJsScript() =>
        $"<script id=\"{PlotlyJsElementId}\">\n(function (define, module, exports) {{\nif (window.Plotly) {{ return; }}\n{PlotlyJs()}\n}})();\n</script>";

    /// <summary>JSON text made safe inside a script element: '&lt;' and the JavaScript line separators escaped (only strings can hold them).</summary>
    private static string ScriptSafe(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal).Replace("\u2028", "\\u2028", StringComparison.Ordinal).Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    private static string ReadLibrary()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = $"plotly-{PlotlyJsVersion}.min.js";
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"{assembly.GetName().Name} {assembly.GetName().Version} carries no resource '{name}' (it has: {string.Join(", ", assembly.GetManifestResourceNames())}).");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
