using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using SurveyFigures;
using SurveyFigures.Kernel.CSharp;
using SurveyFigures.Kernel.Formatters;
using SurveyFigures.Kernel.Install;
using SurveyFigures.Kernel.Protocol;
using SurveyFigures.NotebookEngine;

namespace SurveyFigures.Kernel;

/// <summary>
/// The C# Jupyter kernel. <c>SurveyFigures.Kernel CONNECTION_FILE</c> serves one session (Jupyter starts it so);
/// <c>install</c> and <c>uninstall</c> manage its kernelspec. Exit codes: 0 done, 1 failed, 2 bad command line.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage:
          SurveyFigures.Kernel CONNECTION_FILE                      serve one Jupyter session (Jupyter starts it this way)
          SurveyFigures.Kernel install   [--user | --prefix DIR] [--name NAME] [--display-name TEXT]
          SurveyFigures.Kernel uninstall [--user | --prefix DIR] [--name NAME]
        install writes the kernelspec into Jupyter's per-user data folder (default, --user) or DIR/share/jupyter;
        the default name is csharp-surveyfigures.
        """;

    private static int Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["install", .. var rest] => Install(rest),
                ["uninstall", .. var rest] => Uninstall(rest),
                [var connectionFile] when !connectionFile.StartsWith('-') => Serve(connectionFile),
                _ => Fail(2, "expected a connection file, install or uninstall."),
            };
        }
        catch (Exception error) when (error is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return Fail(1, error.Message);
        }
    }

    private static int Serve(string connectionFile)
    {
        var connection = ConnectionInfo.Read(connectionFile);
        // An exception escaping a thread, thread-pool item, timer or async void method a cell started (or the interrupt
        // check stopping such a thread) would end the process, and every variable of the session with it. A kernel is
        // the REPL this .NET 10 hook exists for: the thread ends, the exception goes to the kernel's log, the session lives.
        ExceptionHandling.SetUnhandledExceptionHandler(error =>
        {
            KernelLog.Write(error is OperationCanceledException
                ? $"a thread a cell started stopped at the interrupt ({error.Message})"
                : $"an exception escaped a thread a cell started; that thread ended, the kernel goes on: {error.GetType().FullName}: {error.Message}");
            return true;
        });
        KernelExtensions.RegisterOnLoad(AppContext.BaseDirectory);
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);
        // Jupyter starts the kernel in the notebook's folder: relative #r paths resolve against it, as in Polyglot.
        var (loader, packages) = (new KernelAssemblyLoader(), new PackageResolver(root));
        var session = new NotebookSession(Environment.CurrentDirectory, loader, packages);
        Warmup.Start(Environment.CurrentDirectory, loader, packages);
        using var server = new KernelServer(connection, new CSharpInterpreter(session));
        // A console frontend may still send SIGINT: interrupt the cell rather than end the kernel.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            session.Interrupt();
        });
        server.Run();
        return 0;
    }

    private static int Install(string[] args)
    {
        var options = SpecOptions.Parse(args, allowDisplayName: true);
        if (options is null)
        {
            return Fail(2, "bad install options.");
        }
        var folder = KernelSpec.Install(options.Name, options.DisplayName, options.Prefix, KernelSpec.Argv());
        Console.WriteLine($"Installed kernelspec '{options.Name}' in {folder}");
        Console.WriteLine("In VS Code (Jupyter extension), pick it with 'Select Kernel' > 'Jupyter Kernel...'.");
        return 0;
    }

    private static int Uninstall(string[] args)
    {
        var options = SpecOptions.Parse(args, allowDisplayName: false);
        if (options is null)
        {
            return Fail(2, "bad uninstall options.");
        }
        var folder = KernelSpec.Uninstall(options.Name, options.Prefix);
        Console.WriteLine(folder is null ? $"No kernelspec '{options.Name}' was installed there." : $"Removed kernelspec '{options.Name}' from {folder}");
        return 0;
    }

    private static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"error: {message}{Environment.NewLine}{Usage}");
        return code;
    }

    private sealed record SpecOptions(string Name, string DisplayName, string? Prefix)
    {
        public static SpecOptions? Parse(string[] args, bool allowDisplayName)
        {
            var (name, display, prefix) = (KernelSpec.DefaultName, KernelSpec.DefaultDisplayName, (string?)null);
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--user": prefix = null; break;
                    case "--prefix" when i + 1 < args.Length: prefix = args[++i]; break;
                    case "--name" when i + 1 < args.Length: name = args[++i]; break;
                    case "--display-name" when allowDisplayName && i + 1 < args.Length: display = args[++i]; break;
                    default:
                        Console.Error.WriteLine($"error: unknown or incomplete option '{args[i]}'.");
                        return null;
                }
            }
            return new SpecOptions(name, display, prefix);
        }
    }
}
