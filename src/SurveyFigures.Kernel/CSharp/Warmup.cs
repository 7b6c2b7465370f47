using SurveyFigures.NotebookEngine;

namespace SurveyFigures.Kernel.CSharp;

/// <summary>
/// Runs one throwaway cell in a session of its own while the kernel waits for its first request, so Roslyn's
/// parser, binder, emitter and the formatter are loaded and jitted before the user's first cell needs them.
/// The user's session never sees it: no state, no execution count, no output.
/// </summary>
internal static class Warmup
{
    public static void Start(string folder, KernelAssemblyLoader loader, PackageResolver packages) =>
        new Thread(() => new NotebookSession(folder, loader, packages).Execute("var warmup = 1 + 1; warmup", "warmup", 0, new Discard()))
        {
            Name = "roslyn-warmup",
            IsBackground = true,
            Priority = ThreadPriority.BelowNormal,
        }.Start();

    private sealed class Discard : ICellOutput, IDisplayHandle
    {
        public void Stream(string name, string text) { }

        public IDisplayHandle Display(MimeBundle data) => this;

        public void Result(int executionCount, MimeBundle data) { }

        public void Error(CellError error) { }

        public string ReadLine(string prompt, CancellationToken cancellation) => "";

        public void Update(MimeBundle data) { }
    }
}
