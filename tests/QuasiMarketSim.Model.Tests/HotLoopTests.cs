using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Engine;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests;

/// <summary>
/// Every method with a loop that runs each tick is compiled fully optimised at its first call
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>; why: <see cref="TickLoop"/>'s remarks). A new rule written
/// without the attribute would quietly make small-world sweeps about twice as slow; this test names it instead.
/// </summary>
public class HotLoopTests
{
    private static readonly string[] HotNamespaces =
        ["QuasiMarketSim.Model.Rules", "QuasiMarketSim.Model.Mechanisms", "QuasiMarketSim.Model.Metrics", "QuasiMarketSim.Core.Engine"];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>Whether the method's IL branches backwards: a loop.</summary>
    private static bool HasLoop(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) return false;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.ShortInlineBrTarget:
                    if ((sbyte)il[at] < 0) return true;
                    at += 1;
                    break;
                case OperandType.InlineBrTarget:
                    if (BitConverter.ToInt32(il, at) < 0) return true;
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineI or OperandType.ShortInlineVar: at += 1; break;
                case OperandType.InlineVar: at += 2; break;
                case OperandType.InlineI8 or OperandType.InlineR: at += 8; break;
                default: at += 4; break;
            }
        }
        return false;
    }

    [Fact]
    public void Every_method_with_a_loop_on_the_tick_path_is_optimised_at_its_first_call()
    {
        var types = typeof(Simulation).Assembly.GetTypes().Concat(typeof(TickLoop).Assembly.GetTypes())
            .Where(t => HotNamespaces.Contains(t.Namespace) || t == typeof(WorldBuilder))
            // The explorer's view of the network: built when a page asks, never inside a tick.
            .Where(t => t != typeof(QuasiMarketSim.Model.Metrics.NetworkSnapshot))
            // Closures and iterators are the compiler's; their loops run once per run at most (catalogues, set-up).
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && !t.Name.Contains('<'));
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        // Constructors run once per run (a world, a thread team), not per tick.
        var missing = types.SelectMany(t => t.GetMethods(all))
            .Where(m => !m.Name.Contains('<') && HasLoop(m))
            .Where(m => !m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Order().ToList();
        Assert.True(missing.Count == 0, "add [MethodImpl(MethodImplOptions.AggressiveOptimization)] to: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_loop_detector_sees_loops_and_only_loops()
    {
        Assert.True(HasLoop(typeof(TickLoop).GetMethod(nameof(TickLoop.Run))!));
        Assert.False(HasLoop(typeof(HotLoopTests).GetMethod(nameof(NoLoop), BindingFlags.NonPublic | BindingFlags.Static)!));
    }

    private static int NoLoop(int x) => x > 0 ? x + 1 : x - 1;
}
