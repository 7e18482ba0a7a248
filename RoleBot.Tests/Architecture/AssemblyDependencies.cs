using System.Reflection;
using System.Reflection.Emit;

namespace RoleBot.Tests.Architecture;

/// <summary>
/// Which of an assembly's namespaces use which, read from the compiled types: signatures, attributes and the
/// type, method and field tokens in every method body (IL), so a dependency hidden in a method body still counts.
/// </summary>
internal static class AssemblyDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>For each type the assembly declares (nested types count as their outermost type), the assembly's own types it uses.</summary>
    public static IReadOnlyDictionary<Type, HashSet<Type>> Of(Assembly assembly)
    {
        var result = new Dictionary<Type, HashSet<Type>>();
        foreach (var type in assembly.GetTypes())
        {
            var owner = Outermost(type);
            if (owner.Namespace is null)
            {
                continue;
            }

            if (!result.TryGetValue(owner, out var used))
            {
                result[owner] = used = [];
            }

            foreach (var dependency in Referenced(type).SelectMany(Expand).Where(t => t.Assembly == assembly).Select(Outermost))
            {
                if (dependency != owner && dependency.Namespace is not null)
                {
                    used.Add(dependency);
                }
            }
        }

        return result;
    }

    public static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var item in type.GetInterfaces().Concat(Attributes(type.CustomAttributes)))
        {
            yield return item;
        }

        foreach (var field in type.GetFields(Everything))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Everything))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            foreach (var item in Signature(method).Concat(Attributes(method.CustomAttributes)).Concat(Body(method)))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<Type> Attributes(IEnumerable<CustomAttributeData> attributes) => attributes.Select(a => a.AttributeType);

    private static IEnumerable<Type> Signature(MethodBase method)
    {
        if (method is MethodInfo info)
        {
            yield return info.ReturnType;
        }

        foreach (var parameter in method.GetParameters())
        {
            yield return parameter.ParameterType;
        }

        if (method.IsGenericMethod)
        {
            foreach (var argument in method.GetGenericArguments())
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<Type> Body(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var value = (short)il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            var size = OperandSize(opCode.OperandType, il, position);
            if (opCode.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                foreach (var type in Resolve(method.Module, BitConverter.ToInt32(il, position), typeArguments, methodArguments))
                {
                    yield return type;
                }
            }

            position += size;
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A token into a generic context this reader cannot supply; such members are still seen through their declaring types' signatures.
            yield break;
        }

        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
            case MethodBase called:
                yield return called.DeclaringType!;
                foreach (var type in Signature(called))
                {
                    yield return type;
                }

                break;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    /// <summary>Generic arguments, arrays, pointers and by-ref types all depend on the types inside them.</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }
}
