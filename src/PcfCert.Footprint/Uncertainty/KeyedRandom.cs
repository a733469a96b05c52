using System.Text;

namespace PcfCert.Footprint.Uncertainty;

/// <summary>
/// Counter-based random numbers: the draw of a parameter in an iteration is a pure function of (seed, the parameter's
/// canonical key, iteration, attempt), built from the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable
/// pseudorandom number generators", OOPSLA 2014). So a draw does not depend on where the parameter stands in the
/// document, on which other parameters exist, on thread count or on chunking: a reordered model with the same seed
/// gets the same draws, and adding an input leaves the draws of the others unchanged (common random numbers).
/// </summary>
internal static class KeyedRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>64-bit FNV-1a of the UTF-8 key, finalised.</summary>
    public static ulong Hash(string key)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(key)) { h ^= b; h *= 0x100000001B3UL; }
        return Mix(h);
    }

    /// <summary>Uniform in the open interval (0, 1) with 53 random bits.</summary>
    public static double Uniform(ulong seed, ulong key, long iteration, int attempt)
    {
        var z = Mix(Mix(Mix(seed ^ key) + (ulong)iteration * Golden) + (ulong)(attempt + 1) * 0xD1B54A32D192ED03UL);
        return ((z >> 11) + 0.5) * (1.0 / (1UL << 53));
    }

    /// <summary>Standard normal by Box–Muller from two uniforms of attempts 2a and 2a + 1.</summary>
    public static double Normal(ulong seed, ulong key, long iteration, int attempt)
    {
        var u1 = Uniform(seed, key, iteration, 2 * attempt);
        var u2 = Uniform(seed, key, iteration, 2 * attempt + 1);
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
