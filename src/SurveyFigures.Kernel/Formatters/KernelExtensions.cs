using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using SurveyFigures.Kernel.Protocol;

namespace SurveyFigures.Kernel.Formatters;

/// <summary>
/// How displays for other libraries reach the kernel without the kernel knowing them. An extension is a folder under
/// the kernel's <c>extensions/</c> folder holding an assembly of the folder's name, its deps.json and its
/// dependencies. The assembly says which library triggers which registration, as
/// <c>[assembly: AssemblyMetadata("KernelExtension:Deedle", "Some.Type")]</c>; when a cell first loads that library
/// (or it is already loaded), the kernel calls <c>Some.Type.Register()</c>, which registers formatters with
/// Microsoft.DotNet.Interactive.Formatting. A session that never loads the library never loads its extension.
/// </summary>
internal static class KernelExtensions
{
    public const string FolderName = "extensions";
    public const string MetadataPrefix = "KernelExtension:";

    private static readonly Dictionary<string, List<(string Extension, string Type)>> ByLibrary = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Registered = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    /// <summary>Reads the extensions under <paramref name="kernelFolder"/> and registers each as its library loads.</summary>
    public static void RegisterOnLoad(string kernelFolder)
    {
        var folder = Path.Combine(kernelFolder, FolderName);
        foreach (var extension in Directory.Exists(folder) ? Directory.GetDirectories(folder).Order(StringComparer.Ordinal).ToArray() : [])
        {
            var path = Path.Combine(extension, Path.GetFileName(extension) + ".dll");
            if (!File.Exists(path))
            {
                continue;
            }
            // The triggers are read without loading the extension: a metadata-only look at its assembly attributes.
            foreach (var (library, type) in Triggers(path))
            {
                (ByLibrary.TryGetValue(library, out var list) ? list : ByLibrary[library] = []).Add((path, type));
            }
        }
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => OnLoad(e.LoadedAssembly);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            OnLoad(assembly);
        }
    }

    private static void OnLoad(Assembly assembly)
    {
        var name = assembly.GetName().Name;
        if (name is null || !ByLibrary.TryGetValue(name, out var registrations))
        {
            return;
        }
        lock (Registered)
        {
            if (!Registered.Add(name))
            {
                return;
            }
            foreach (var (extension, type) in registrations)
            {
                try
                {
                    var registration = Load(extension).GetType(type, throwOnError: true)!
                        .GetMethod("Register", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [])
                        ?? throw new MissingMethodException(type, "Register");
                    registration.Invoke(null, null);
                }
                catch (Exception e)
                {
                    // A broken extension costs its displays (values then show as text), never the session.
                    KernelLog.Write($"the extension {Path.GetFileName(extension)} could not register {type} for {name}: {(e as TargetInvocationException)?.InnerException?.Message ?? e.Message}");
                }
            }
        }
    }

    // Loaded into the default context, beside the library it extends; its own dependencies come from its folder, by its
    // deps.json, and only when the kernel and the cell's packages have no assembly of that name.
    private static Assembly Load(string path)
    {
        if (Loaded.TryGetValue(path, out var loaded))
        {
            return loaded;
        }
        var resolver = new AssemblyDependencyResolver(path);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            resolver.ResolveAssemblyToPath(name) is { } dependency ? context.LoadFromAssemblyPath(dependency) : null;
        return Loaded[path] = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
    }

    private static IEnumerable<(string Library, string Type)> Triggers(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = PEReaderExtensions.GetMetadataReader(pe);
        var triggers = new List<(string, string)>();
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (AttributeName(reader, attribute) != "System.Reflection.AssemblyMetadataAttribute")
            {
                continue;
            }
            var value = attribute.DecodeValue(new StringArguments());
            if (value.FixedArguments is [{ Value: string key }, { Value: string type }] && key.StartsWith(MetadataPrefix, StringComparison.Ordinal))
            {
                triggers.Add((key[MetadataPrefix.Length..], type));
            }
        }
        return triggers;
    }

    private static string AttributeName(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return "";
        }
        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return "";
        }
        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
    }

    // AssemblyMetadataAttribute takes two strings; no other argument type is decoded.
    private sealed class StringArguments : ICustomAttributeTypeProvider<Type?>
    {
        public Type? GetPrimitiveType(PrimitiveTypeCode typeCode) =>
            typeCode == PrimitiveTypeCode.String ? typeof(string) : null;
        public Type? GetSystemType() => null;
        public Type? GetSZArrayType(Type? elementType) => null;
        public Type? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => null;
        public Type? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;
        public Type? GetTypeFromSerializedName(string name) => null;
        public PrimitiveTypeCode GetUnderlyingEnumType(Type? type) => PrimitiveTypeCode.Int32;
        public bool IsSystemType(Type? type) => false;
    }
}
