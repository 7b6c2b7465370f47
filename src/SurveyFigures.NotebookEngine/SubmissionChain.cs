using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// The cells of a session as Roslyn script submissions, compiled and run the way Roslyn scripting's own ScriptBuilder
/// and ScriptExecutionState do it (<c>CSharpCompilation.CreateScriptCompilation</c> on the previous submission, emit
/// with portable debug information, load into a context of the session, call the submission's <c>&lt;Factory&gt;</c>
/// with the state array whose slot 0 holds the globals), so that a compiled submission can be stored and loaded back.
/// Submissions are named as Roslyn names them (<c>Submission#N</c>, N counting every cell compiled in the session),
/// and their assembly names are derived from their cache key, so a cached submission and a later one compiled against
/// it agree on the name. The Roslyn <see cref="Script"/> chain of the cells that ran is kept for editor services.
/// </summary>
internal sealed class SubmissionChain(KernelGlobals globals, SubmissionCache? cache)
{
    private static readonly EmitOptions DebugEmitOptions = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    private readonly List<Submission> ran = [];
    private readonly SubmissionLoadContext context = new();
    private object?[] states = [globals, null];
    private int nextId;

    public int Loaded { get; private set; }

    public int Compiled { get; private set; }

    private Script<object>? script;
    private int scripted;

    /// <summary>
    /// The Roslyn script of the cells that ran, for completion and inspection (null before the first), built when asked
    /// for: a runner never needs it, and a cell loaded from the cache is not even parsed for its interrupt points.
    /// </summary>
    public Script<object>? Script
    {
        get
        {
            for (; scripted < ran.Count; scripted++)
            {
                var submission = ran[scripted];
                script = script?.ContinueWith(submission.Points.Code, submission.Options)
                    ?? CSharpScript.Create(submission.Points.Code, submission.Options, typeof(KernelGlobals));
            }
            return script;
        }
    }

    /// <summary>
    /// Loads the cell's compiled submission from the cache, or compiles it (and stores it). A compile error is thrown as
    /// the <see cref="CellException"/> the cell reports, with the cell's own lines and columns; it is never stored.
    /// </summary>
    public Submission Prepare(string code, ScriptOptions options, CancellationToken cancellation)
    {
        var id = nextId++;
        var key = SubmissionKey.For(ran.Count == 0 ? null : ran[^1].Key, id, code, options);
        var name = $"ℛ*{key[..32]}#{id}";
        var submission = new Submission(id, name, key, code, options, ran.Count == 0 ? null : ran[^1]);
        if (cache?.TryRead(key) is { } stored && (stored.Assembly.Length == 0 || Load(submission, stored.Assembly, stored.Pdb)))
        {
            Loaded++;
            return submission;
        }
        Compiled++;
        var compilation = submission.Compilation;
        var parse = compilation.GetParseDiagnostics(cancellation);
        if (parse.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw ErrorLocation.FromDiagnostics(parse, code, submission.Points);
        }
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emit = compilation.Emit(pe, pdb, options: DebugEmitOptions, cancellationToken: cancellation);
        if (!emit.Success && emit.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw ErrorLocation.FromDiagnostics(emit.Diagnostics, code, submission.Points);
        }
        if (!emit.Success)
        {
            // Nothing to emit (only usings, say): Roslyn runs such a submission as one returning null.
            cache?.Write(key, [], []);
            return submission;
        }
        if (!Load(submission, pe.ToArray(), pdb.ToArray()))
        {
            throw new InvalidOperationException($"The compiled submission {name} has no entry point.");
        }
        cache?.Write(key, pe.GetBuffer().AsSpan(0, (int)pe.Length), pdb.GetBuffer().AsSpan(0, (int)pdb.Length));
        return submission;
    }

    /// <summary>Runs the submission on the calling thread until its first wait, as Roslyn's executor does.</summary>
    public Task<object> Run(Submission submission)
    {
        if (submission.Factory is null)
        {
            return Task.FromResult<object>(null!);
        }
        // Slot 0 holds the globals, then one slot per submission with code: never more than one per cell that ran.
        if (states.Length < ran.Count + 2)
        {
            Array.Resize(ref states, Math.Max(states.Length * 2, ran.Count + 2));
        }
        try
        {
            return submission.Factory(states);
        }
        catch (Exception error)
        {
            return Task.FromException<object>(error);
        }
    }

    /// <summary>The cell ran to its end: later cells see its declarations.</summary>
    public void Completed(Submission submission)
    {
        ran.Add(submission);
    }

    private bool Load(Submission submission, byte[] assembly, byte[] pdb)
    {
        Assembly loaded;
        try
        {
            loaded = context.Add(submission.AssemblyName, assembly, pdb);
        }
        catch (BadImageFormatException)
        {
            return false;
        }
        var factory = loaded.GetType($"Submission#{submission.Id}", throwOnError: false)?.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        if (factory is null)
        {
            return false;
        }
        submission.Factory = factory.CreateDelegate<Func<object?[], Task<object>>>();
        return true;
    }

    /// <summary>One cell's submission: what it was compiled from and, once loaded, its entry point.</summary>
    internal sealed class Submission(int id, string assemblyName, string key, string code, ScriptOptions options, Submission? previous)
    {
        private InterruptPoints? points;
        private CSharpCompilation? compilation;

        public int Id { get; } = id;

        public string AssemblyName { get; } = assemblyName;

        public string Key { get; } = key;

        public ScriptOptions Options { get; } = options;

        public Func<object?[], Task<object>>? Factory { get; set; }

        /// <summary>The cell's code with its interrupt points, computed only when it is compiled.</summary>
        public InterruptPoints Points => points ??= InterruptPoints.Insert(code, NotebookSession.ParseOptions);

        /// <summary>
        /// The compilation Roslyn scripting would make of this cell after the previous ones (built only when this
        /// cell or a later one is compiled): its syntax tree, references and options are those of a Roslyn script of
        /// the same code, options and globals; only the previous submission, the script class name and the assembly
        /// name are this chain's.
        /// </summary>
        public CSharpCompilation Compilation => compilation ??= Create();

        private CSharpCompilation Create()
        {
            var template = (CSharpCompilation)CSharpScript.Create(Points.Code, Options, typeof(KernelGlobals)).GetCompilation();
            var references = previous is null ? template.References : References(Options);
            return CSharpCompilation.CreateScriptCompilation(AssemblyName, template.SyntaxTrees[0], references,
                template.Options.WithScriptClassName($"Submission#{Id}"), previous?.Compilation, typeof(object), typeof(KernelGlobals));
        }

        // The references Roslyn gives a submission after the first (Script.GetReferencesForCompilation): the options' own,
        // unresolved ones resolved; the core library and the globals' assembly come with the first submission.
        private static IEnumerable<MetadataReference> References(ScriptOptions options)
        {
            foreach (var reference in options.MetadataReferences)
            {
                if (reference is UnresolvedMetadataReference unresolved)
                {
                    var resolved = options.MetadataResolver.ResolveReference(unresolved.Reference, null, unresolved.Properties);
                    if (!resolved.IsDefault)
                    {
                        foreach (var item in resolved)
                        {
                            yield return item;
                        }
                    }
                }
                else
                {
                    yield return reference;
                }
            }
        }
    }

    /// <summary>
    /// The session's submissions, loaded from memory. As Roslyn's InteractiveAssemblyLoader, it loads nothing itself:
    /// the default context binds every other assembly first, and only a submission's name is resolved here.
    /// </summary>
    private sealed class SubmissionLoadContext() : AssemblyLoadContext("notebook submissions")
    {
        private readonly Dictionary<string, Assembly> submissions = new(StringComparer.Ordinal);

        public Assembly Add(string name, byte[] assembly, byte[] pdb)
        {
            using var pe = new MemoryStream(assembly, writable: false);
            using var symbols = new MemoryStream(pdb, writable: false);
            var loaded = LoadFromStream(pe, pdb.Length == 0 ? null : symbols);
            submissions[name] = loaded;
            if (submissions.Count == 1)
            {
                Resolving += (_, requested) => requested.Name is { } n && submissions.TryGetValue(n, out var found) ? found : null;
            }
            return loaded;
        }

        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
