using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PcfCert.Footprint.Solver;

/// <summary>
/// Dense vector kernels of the Krylov solvers on <see cref="Vector256{T}"/>: four lanes of doubles with two
/// accumulators, combined in a fixed order at the end. The order of the additions is fixed by the code, not by the
/// hardware (on a machine without 256-bit vectors the same lanes are computed one by one, and multiplications and
/// additions are never fused), so the figures are the same on every machine.
/// </summary>
internal static class Vectors
{
    private const int Lanes = 4;

    /// <summary>Σ a[i]·b[i].</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var n = a.Length;
        if (b.Length != n) throw new ArgumentException("vectors of different lengths", nameof(b));
        var s0 = Vector256<double>.Zero; var s1 = Vector256<double>.Zero;
        var i = 0;
        for (; i + 2 * Lanes <= n; i += 2 * Lanes)
        {
            s0 += Load(a, i) * Load(b, i);
            s1 += Load(a, i + Lanes) * Load(b, i + Lanes);
        }
        var sum = Sum(s0 + s1);
        for (; i < n; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>√(Σ a[i]²).</summary>
    public static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));

    /// <summary>w ← w − h·v, returning Σ w[i]·next[i] of the new w (one pass where modified Gram–Schmidt takes two).</summary>
    public static double SubtractThenDot(Span<double> w, double h, ReadOnlySpan<double> v, ReadOnlySpan<double> next)
    {
        var n = w.Length;
        if (v.Length != n || next.Length != n) throw new ArgumentException("vectors of different lengths", nameof(v));
        var hv = Vector256.Create(h);
        var s0 = Vector256<double>.Zero; var s1 = Vector256<double>.Zero;
        var i = 0;
        for (; i + 2 * Lanes <= n; i += 2 * Lanes)
        {
            var w0 = Load(w, i) - hv * Load(v, i);
            var w1 = Load(w, i + Lanes) - hv * Load(v, i + Lanes);
            Store(w, i, w0);
            Store(w, i + Lanes, w1);
            s0 += w0 * Load(next, i);
            s1 += w1 * Load(next, i + Lanes);
        }
        var sum = Sum(s0 + s1);
        for (; i < n; i++) { w[i] -= h * v[i]; sum += w[i] * next[i]; }
        return sum;
    }

    /// <summary>v ← w / h and z ← v ∘ d (GMRES's next basis vector and its preconditioned form, in one pass).</summary>
    public static void DivideThenMultiply(ReadOnlySpan<double> w, double h, Span<double> v, ReadOnlySpan<double> d, Span<double> z)
    {
        var n = w.Length;
        if (v.Length != n || d.Length != n || z.Length != n) throw new ArgumentException("vectors of different lengths", nameof(v));
        var hv = Vector256.Create(h);
        var i = 0;
        for (; i + Lanes <= n; i += Lanes)
        {
            var q = Load(w, i) / hv;
            Store(v, i, q);
            Store(z, i, q * Load(d, i));
        }
        for (; i < n; i++) { v[i] = w[i] / h; z[i] = v[i] * d[i]; }
    }

    /// <summary>y ← y + a·x.</summary>
    public static void AddScaled(Span<double> y, double a, ReadOnlySpan<double> x)
    {
        var n = y.Length;
        if (x.Length != n) throw new ArgumentException("vectors of different lengths", nameof(x));
        var av = Vector256.Create(a);
        var i = 0;
        for (; i + Lanes <= n; i += Lanes) Store(y, i, Load(y, i) + av * Load(x, i));
        for (; i < n; i++) y[i] += a * x[i];
    }

    /// <summary>y ← x ∘ d (element by element).</summary>
    public static void Multiply(ReadOnlySpan<double> x, ReadOnlySpan<double> d, Span<double> y)
    {
        var n = y.Length;
        if (x.Length != n || d.Length != n) throw new ArgumentException("vectors of different lengths", nameof(x));
        var i = 0;
        for (; i + Lanes <= n; i += Lanes) Store(y, i, Load(x, i) * Load(d, i));
        for (; i < n; i++) y[i] = x[i] * d[i];
    }

    // Callers keep i + 4 ≤ length, so the loads and stores stay inside the spans.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Load(ReadOnlySpan<double> s, int i) => Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(s), (nuint)i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Span<double> s, int i, Vector256<double> v) => v.StoreUnsafe(ref MemoryMarshal.GetReference(s), (nuint)i);

    // Lanes added as ((l0 + l1) + (l2 + l3)) whatever the hardware.
    private static double Sum(Vector256<double> v) => (v.GetElement(0) + v.GetElement(1)) + (v.GetElement(2) + v.GetElement(3));
}
