namespace SurveyFigures.Report;

/// <summary>
/// The page's fixed parts: its style, the error collector (first script of the page: every uncaught error, unhandled
/// rejection and console.error goes into <c>#js-errors</c>), and the language switch (English by default, French with
/// <c>#fr</c> in the address; charts of the language just shown are resized, since they may have been drawn hidden).
/// </summary>
internal static class ReportPage
{
    public const string ErrorsId = "js-errors";

    public const string Style = """
        <style>
        body { font-family: Arial, Helvetica, sans-serif; color: #222; margin: 0 auto; max-width: 1300px; padding: 0 24px 48px; line-height: 1.4; }
        html[data-lang="en"] .t[lang="fr"], html[data-lang="fr"] .t[lang="en"] { display: none !important; }
        header.page { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ddd; padding: 8px 0; z-index: 10; display: flex; align-items: center; gap: 24px; }
        header.page h1 { font-size: 1.4em; margin: 0; flex: 1; }
        .switch button { font: inherit; padding: 4px 12px; border: 1px solid #888; background: #f4f4f4; cursor: pointer; }
        html[data-lang="en"] .switch button[data-set-lang="en"], html[data-lang="fr"] .switch button[data-set-lang="fr"] { background: #1f4e79; color: #fff; border-color: #1f4e79; }
        section.study, section.cross-study { border-top: 3px solid #1f4e79; margin-top: 32px; }
        h2 { margin-bottom: 8px; } h3 { margin-top: 28px; border-bottom: 1px solid #ddd; } h4.question { margin: 18px 0 6px; }
        .warning { background: #fff4e5; border-left: 4px solid #e08a00; padding: 4px 12px; margin: 8px 0; font-weight: bold; }
        dl.study-facts { display: grid; grid-template-columns: 200px 1fr; gap: 4px 16px; } dl.study-facts dt { font-weight: bold; } dl.study-facts dd { margin: 0; }
        ul.sources { margin: 0; padding-left: 18px; }
        table.figures { border-collapse: collapse; width: 100%; font-size: 0.9em; margin-bottom: 8px; }
        table.figures th, table.figures td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
        table.figures th { background: #f2f5f9; } table.figures td.num { text-align: right; white-space: nowrap; }
        tr.untestable td.verdict { color: #666; font-style: italic; } tr.impossible td.verdict { color: #b00020; font-weight: bold; } tr.rounding-latitude td.verdict { color: #a05a00; }
        figure.chart { margin: 16px 0 28px; }
        figure.chart figcaption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); } /* the chart draws its own title */
        .reason { color: #333; } .why { font-style: italic; }
        #js-errors { background: #fde8e8; color: #b00020; padding: 8px; white-space: pre-wrap; }
        </style>
        """;

    /// <summary>Runs before anything else: sets the language from the address and collects errors into #js-errors.</summary>
    public const string HeadScript = """
        <script>
        (function () {
          var lang = location.hash === "#fr" ? "fr" : "en";
          document.documentElement.setAttribute("data-lang", lang);
          document.documentElement.setAttribute("lang", lang);
          var errors = [];
          var show = function () {
            var box = document.getElementById("js-errors");
            if (box && errors.length > 0) { box.textContent = errors.join("\n"); box.hidden = false; }
          };
          var record = function (text) { errors.push(String(text)); show(); };
          window.addEventListener("error", function (e) {
            if (e.target && e.target !== window && e.target.tagName) { record("Failed to load " + e.target.tagName + " " + (e.target.src || e.target.href || "")); return; }
            record("Uncaught " + (e.message || "error") + (e.filename ? " (" + e.filename + ":" + e.lineno + ")" : ""));
          }, true);
          window.addEventListener("unhandledrejection", function (e) { record("Unhandled rejection: " + (e.reason && e.reason.message ? e.reason.message : e.reason)); });
          var consoleError = console.error;
          console.error = function () { record("console.error: " + Array.prototype.map.call(arguments, String).join(" ")); return consoleError.apply(console, arguments); };
          document.addEventListener("DOMContentLoaded", show);
        })();
        </script>
        """;

    /// <summary>The language switch: shows one language, resizes the charts just shown, keeps the choice in the address.</summary>
    public const string SwitchScript = """
        <script>
        (function () {
          var apply = function (lang) {
            document.documentElement.setAttribute("data-lang", lang);
            document.documentElement.setAttribute("lang", lang);
            if (!window.Plotly) { return; }
            var shown = document.querySelectorAll('.t[lang="' + lang + '"] .survey-figures-chart');
            Array.prototype.forEach.call(shown, function (gd) { if (gd.data) { window.Plotly.Plots.resize(gd); } });
          };
          Array.prototype.forEach.call(document.querySelectorAll("[data-set-lang]"), function (button) {
            button.addEventListener("click", function () {
              var lang = button.getAttribute("data-set-lang");
              apply(lang);
              if (history.replaceState) { history.replaceState(null, "", "#" + lang); }
            });
          });
          window.addEventListener("hashchange", function () { apply(location.hash === "#fr" ? "fr" : "en"); });
        })();
        </script>
        """;
}
