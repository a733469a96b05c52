using System.Buffers;

namespace PcfCert.Footprint.Solver;

/// <summary>
/// A square sparse matrix in compressed form: <c>Ptr[k]..Ptr[k+1]</c> index the entries of line k
/// (a row for CSR, a column for CSC). Duplicate coordinates are summed. <c>Index</c> and <c>Value</c> may be longer than
/// <see cref="NonZeros"/> (when duplicates were merged): entries beyond <c>Ptr[N]</c> mean nothing.
/// </summary>
internal sealed class CompressedMatrix
{
    public required int N { get; init; }
    public required int[] Ptr { get; init; }
    public required int[] Index { get; init; }
    public required double[] Value { get; init; }

    public int NonZeros => Ptr[N];

    /// <summary>Compresses coordinates by <paramref name="major"/> (rows for CSR, columns for CSC).</summary>
    public static CompressedMatrix From(int n, ReadOnlySpan<int> major, ReadOnlySpan<int> minor, ReadOnlySpan<double> value) =>
        From(n, major, minor, value, default);

    /// <summary>
    /// As <see cref="From(int, ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{double})"/>, also taking, in the same
    /// pass over the coordinates, the largest ⌊log2 |a|⌋ per minor line (per column for CSR) into
    /// <paramref name="minorMaxima"/> when it is not empty (<see cref="MaxScaling.Nothing"/> where a line has no
    /// non-zero entry). Taken over the coordinates as given, before duplicates are summed.
    /// </summary>
    public static CompressedMatrix From(int n, ReadOnlySpan<int> major, ReadOnlySpan<int> minor, ReadOnlySpan<double> value, Span<int> minorMaxima)
    {
        var count = new int[n + 1];
        foreach (var m in major) count[m + 1]++;
        for (var k = 0; k < n; k++) count[k + 1] += count[k];
        var next = (int[])count.Clone();
        // The bucket pass writes each entry's index and value side by side (one cache line per entry where two arrays
        // take two, which is what a scattered write costs), into an array from the shared pool; every slot it reads
        // afterwards has been written.
        var buckets = ArrayPool<Entry>.Shared.Rent(Math.Max(1, major.Length));
        try
        {
            if (minorMaxima.IsEmpty)
                for (var e = 0; e < major.Length; e++)
                {
                    ref var slot = ref buckets[next[major[e]]++];
                    slot.Index = minor[e];
                    slot.Value = value[e];
                }
            else
            {
                var maxima = minorMaxima[..n];
                maxima.Fill(MaxScaling.Nothing);
                for (var e = 0; e < major.Length; e++)
                {
                    ref var slot = ref buckets[next[major[e]]++];
                    var c = minor[e];
                    slot.Index = c;
                    slot.Value = value[e];
                    MaxScaling.Include(maxima, c, value[e]);
                }
            }
            return SumDuplicates(n, count, buckets, major.Length);
        }
        finally
        {
            ArrayPool<Entry>.Shared.Return(buckets);
        }
    }

    private struct Entry
    {
        public int Index;
        public double Value;
    }

    // Entries of one line are adjacent after the bucket pass; duplicates are merged with a last-seen marker. Every
    // entry of the result is written before it is read, so its arrays need no clearing.
    private static CompressedMatrix SumDuplicates(int n, int[] ptr, Entry[] buckets, int length)
    {
        var idx = GC.AllocateUninitializedArray<int>(length);
        var val = GC.AllocateUninitializedArray<double>(length);
        var seen = new int[n];
        Array.Fill(seen, -1);
        var outPtr = new int[n + 1];
        var w = 0;
        for (var k = 0; k < n; k++)
        {
            var start = w;
            for (var p = ptr[k]; p < ptr[k + 1]; p++)
            {
                var i = buckets[p].Index;
                if (seen[i] >= start) { val[seen[i]] += buckets[p].Value; continue; }
                seen[i] = w;
                idx[w] = i;
                val[w++] = buckets[p].Value;
            }
            outPtr[k + 1] = w;
        }
        return new CompressedMatrix { N = n, Ptr = outPtr, Index = idx, Value = val };
    }

    /// <summary>The transpose (CSR ↔ CSC) by one counting pass; entries are already merged.</summary>
    public CompressedMatrix Transpose()
    {
        var nnz = NonZeros;
        var ptr = new int[N + 1];
        for (var p = 0; p < nnz; p++) ptr[Index[p] + 1]++;
        for (var k = 0; k < N; k++) ptr[k + 1] += ptr[k];
        var next = ptr[..N];
        var idx = new int[nnz];
        var val = new double[nnz];
        for (var k = 0; k < N; k++)
            for (var p = Ptr[k]; p < Ptr[k + 1]; p++)
            {
                var at = next[Index[p]]++;
                idx[at] = k;
                val[at] = Value[p];
            }
        return new CompressedMatrix { N = N, Ptr = ptr, Index = idx, Value = val };
    }

    /// <summary>The diagonal entries (0 where a line has none), one pass over the entries.</summary>
    public double[] Diagonal()
    {
        var d = new double[N];
        ReadOnlySpan<int> ptr = Ptr, index = Index;
        ReadOnlySpan<double> value = Value;
        for (var k = 0; k < N; k++)
            for (var p = ptr[k]; p < ptr[k + 1]; p++)
                if (index[p] == k) { d[k] = value[p]; break; }
        return d;
    }

    /// <summary>1 / diagonal into <paramref name="inverse"/> (its first N entries), with 1 where the diagonal is zero.</summary>
    public void InverseDiagonal(Span<double> inverse)
    {
        ReadOnlySpan<int> ptr = Ptr, index = Index;
        ReadOnlySpan<double> value = Value;
        for (var k = 0; k < N; k++)
        {
            double d = 0;
            for (var p = ptr[k]; p < ptr[k + 1]; p++)
                if (index[p] == k) { d = value[p]; break; }
            inverse[k] = d == 0 ? 1 : 1 / d;
        }
    }

    /// <summary>y = M x when this is CSR (row-major), returning Σ y[r]·v[r] summed row by row as the rows are made.</summary>
    public double MultiplyRowsThenDot(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> v)
    {
        ReadOnlySpan<int> ptr = Ptr, index = Index;
        ReadOnlySpan<double> value = Value;
        v = v[..y.Length];
        var start = ptr[0];
        double dot = 0;
        for (var r = 0; r < y.Length; r++)
        {
            var end = ptr[r + 1];
            double sum = 0;
            for (var p = start; p < end; p++) sum += value[p] * x[index[p]];
            y[r] = sum;
            dot += sum * v[r];
            start = end;
        }
        return dot;
    }

    /// <summary>y = M x when this is CSR (row-major).</summary>
    public void MultiplyRows(ReadOnlySpan<double> x, Span<double> y)
    {
        ReadOnlySpan<int> ptr = Ptr, index = Index;
        ReadOnlySpan<double> value = Value;
        var start = ptr[0];
        for (var r = 0; r < y.Length; r++)
        {
            var end = ptr[r + 1];
            double sum = 0;
            for (var p = start; p < end; p++) sum += value[p] * x[index[p]];
            y[r] = sum;
            start = end;
        }
    }
}
