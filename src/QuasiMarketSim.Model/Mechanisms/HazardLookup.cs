using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>Reads the admission-hazard table at a vector of indices, with a gather where the machine has one.</summary>
/// <remarks>
/// The table has 1,025 entries (4 KiB, resident in L1), and the outputs must be bit-identical on every machine, so it
/// cannot be replaced by arithmetic (an exp() in float would round differently) nor shrunk to fit in registers. Where
/// there is no gather instruction (SSE, NEON), one load per lane is what a gather would do anyway: four L1 loads per
/// four patients, measured in benchmarks/results/scaling.md.
/// </remarks>
internal static class HazardLookup
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe Vector<float> Read(float* table, Vector<int> index)
    {
        if (Avx2.IsSupported && Vector<int>.Count == Vector256<int>.Count)
            return Avx2.GatherVector256(table, index.AsVector256(), sizeof(float)).AsVector();
        if (Vector<int>.Count == Vector128<int>.Count)
        {
            var i = index.AsVector128();
            return Vector128.Create(table[i.GetElement(0)], table[i.GetElement(1)], table[i.GetElement(2)], table[i.GetElement(3)]).AsVector();
        }
        return LaneByLane(table, index);
    }

    /// <summary>
    /// Any other width (a 512-bit Vector&lt;T&gt; opted into with DOTNET_MaxVectorTBitWidth, or a future one): lane by lane.
    /// Apart, as a method with stackalloc is never inlined.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe Vector<float> LaneByLane(float* table, Vector<int> index)
    {
        var lanes = stackalloc float[Vector<float>.Count];
        for (var lane = 0; lane < Vector<float>.Count; lane++) lanes[lane] = table[index[lane]];
        return Vector.Load(lanes);
    }
}
