using System.Reflection;
using Microsoft.CodeAnalysis;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>Compiles a spec's generated client into an assembly and loads it, to test what the generated code does.</summary>
internal static class GeneratedAssembly
{
    /// <summary>Compiles the spec of that name from <c>specs/</c>, or the given text under that name.</summary>
    public static Assembly Load(string spec, string? text = null)
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.Spec(spec, text));
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }

    /// <summary>Invokes a generated method, passing the named arguments and the defaults for the rest.</summary>
    public static object? Call(object target, string method, params (string Name, object? Value)[] arguments)
    {
        MethodInfo info = target.GetType().GetMethod(method)!;
        object?[] values = info.GetParameters()
            .Select(p => arguments.Any(a => a.Name == p.Name) ? arguments.First(a => a.Name == p.Name).Value : p.DefaultValue is DBNull ? null : p.DefaultValue)
            .ToArray();
        try
        {
            return info.Invoke(target, values);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    /// <summary>Sends the call a generated method returned (an <see cref="ApiCall"/>), as a task.</summary>
    public static Task AsTask(object? call) => ((ApiCall)call!).AsTask();

    /// <summary>Awaits the call a generated method returned and gives its result (null for a call without content).</summary>
    public static async Task<object?> Await(object? call)
    {
        Task awaited = AsTask(call);
        await awaited;
        Type type = awaited.GetType();
        return type.IsGenericType && type.GetGenericArguments()[0].Name != "VoidTaskResult" ? type.GetProperty("Result")!.GetValue(awaited) : null;
    }
}
