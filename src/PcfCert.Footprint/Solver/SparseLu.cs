namespace PcfCert.Footprint.Solver;

/// <summary>
/// Left-looking sparse LU with threshold partial pivoting (Gilbert–Peierls, as in T. Davis, "Direct Methods
/// for Sparse Linear Systems", SIAM 2006, cs_lu). Factors P A = L U column by column; each column is a sparse
/// triangular solve whose non-zero pattern is found by depth-first search, so work is proportional to flops.
/// The diagonal is preferred as pivot when within <see cref="DiagonalPreference"/> of the largest candidate:
/// technosphere matrices are usually dominated by their diagonal (each process's own output).
/// </summary>
internal sealed class SparseLu
{
    private const double DiagonalPreference = 0.1;
    private readonly int _n;
    private readonly int[] _lp, _up, _pinv;
    private int[] _q = [];
    private readonly List<int> _li = [], _ui = [];
    private readonly List<double> _lx = [], _ux = [];

    private SparseLu(int n)
    {
        _n = n;
        _lp = new int[n + 1];
        _up = new int[n + 1];
        _pinv = new int[n];
    }

    /// <summary>Non-zeros in L and U together (fill measure).</summary>
    public int FactorNonZeros => _lx.Count + _ux.Count;

    /// <summary>A pivot below this share of its column's largest entry (after elimination) counts as zero.</summary>
    public const double RelativePivotTolerance = 1e-13;

    /// <summary>Factors a CSC matrix; returns null when a column has no usable pivot (singular).</summary>
    /// <param name="a">Column-compressed matrix.</param>
    /// <param name="singularColumn">The first column (of A) without a pivot, when singular.</param>
    /// <param name="order">Column order (fill-reducing); null for the natural order.</param>
    public static SparseLu? Factor(CompressedMatrix a, out int singularColumn, int[]? order = null) =>
        Factor(a, out singularColumn, out _, order, SolveBudget.Unlimited);

    /// <summary>
    /// Factors a CSC matrix within a budget. The pivot test is relative: a column is singular when its best
    /// candidate is below <see cref="RelativePivotTolerance"/> times the largest entry of the eliminated column, so
    /// the test does not depend on the units of other columns (equilibrate first so that it does not depend on the
    /// units of rows either). Returns null when singular or when <paramref name="outOfBudget"/> is set.
    /// </summary>
    public static SparseLu? Factor(CompressedMatrix a, out int singularColumn, out bool outOfBudget, int[]? order, SolveBudget budget)
    {
        outOfBudget = false;
        // Bytes per stored factor entry (index + value) and the fixed work arrays.
        var fixedBytes = 48L * a.N;
        var maxEntries = budget.MemoryBytes == long.MaxValue ? long.MaxValue : (budget.MemoryBytes - fixedBytes) / 12;
        var n = a.N;
        var lu = new SparseLu(n) { _q = order ?? Enumerable.Range(0, n).ToArray() };
        Array.Fill(lu._pinv, -1);
        var x = new double[n];
        var xi = new int[n];
        var reach = new Reach(n);
        singularColumn = -1;
        for (var k = 0; k < n; k++)
        {
            if ((k & 63) == 0 && (budget.OutOfTime || lu._lx.Count + lu._ux.Count > maxEntries)) { outOfBudget = true; return null; }
            var col = lu._q[k];
            var top = lu.SolveColumn(a, col, xi, x, reach);
            int ipiv = -1;
            double best = -1, largest = 0;
            for (var p = top; p < n; p++)
            {
                var i = xi[p];
                var t = Math.Abs(x[i]);
                largest = Math.Max(largest, t);
                if (lu._pinv[i] < 0)
                {
                    if (t > best) { best = t; ipiv = i; }
                }
                else { lu._ui.Add(lu._pinv[i]); lu._ux.Add(x[i]); }
            }
            if (ipiv < 0 || best <= RelativePivotTolerance * largest)
            {
                singularColumn = col;
                for (var p = top; p < n; p++) x[xi[p]] = 0;
                return null;
            }
            if (lu._pinv[col] < 0 && Math.Abs(x[col]) >= best * DiagonalPreference) ipiv = col;
            var pivot = x[ipiv];
            lu._ui.Add(k); lu._ux.Add(pivot);
            lu._up[k + 1] = lu._ux.Count;
            lu._pinv[ipiv] = k;
            lu._li.Add(ipiv); lu._lx.Add(1);
            for (var p = top; p < n; p++)
            {
                var i = xi[p];
                if (lu._pinv[i] < 0) { lu._li.Add(i); lu._lx.Add(x[i] / pivot); }
                x[i] = 0;
            }
            lu._lp[k + 1] = lu._lx.Count;
        }
        for (var p = 0; p < lu._li.Count; p++) lu._li[p] = lu._pinv[lu._li[p]];
        return lu;
    }

    /// <summary>x = L \ A(:,k) on the pattern reached from column k of A; returns the start of the pattern in xi.</summary>
    private int SolveColumn(CompressedMatrix a, int k, int[] xi, double[] x, Reach reach)
    {
        var top = reach.Run(this, a, k, xi);
        for (var p = top; p < _n; p++) x[xi[p]] = 0;
        for (var p = a.Ptr[k]; p < a.Ptr[k + 1]; p++) x[a.Index[p]] = a.Value[p];
        for (var px = top; px < _n; px++)
        {
            var j = xi[px];
            var col = _pinv[j];
            if (col < 0) continue;
            var xj = x[j];
            for (var p = _lp[col] + 1; p < _lp[col + 1]; p++) x[_li[p]] -= _lx[p] * xj;
        }
        return top;
    }

    /// <summary>
    /// A cheap static fill-reducing order: columns by ascending degree in A + Aᵀ. In technosphere matrices this
    /// puts the many low-degree producers before the few high-degree markets, so elimination fills only the
    /// small market block instead of spreading fill through the producers.
    /// </summary>
    public static int[] DegreeOrder(CompressedMatrix csc)
    {
        var degree = new int[csc.N];
        for (var c = 0; c < csc.N; c++)
        {
            degree[c] += csc.Ptr[c + 1] - csc.Ptr[c];
            for (var p = csc.Ptr[c]; p < csc.Ptr[c + 1]; p++) degree[csc.Index[p]]++;
        }
        return Enumerable.Range(0, csc.N).OrderBy(c => degree[c]).ToArray(); // stable: ties keep index order
    }

    /// <summary>Solves A x = b in place.</summary>
    public void Solve(Span<double> b)
    {
        var y = new double[_n];
        for (var k = 0; k < _n; k++) y[_pinv[k]] = b[k];
        for (var j = 0; j < _n; j++)
            for (var p = _lp[j] + 1; p < _lp[j + 1]; p++) y[_li[p]] -= _lx[p] * y[j];
        for (var j = _n - 1; j >= 0; j--)
        {
            y[j] /= _ux[_up[j + 1] - 1];
            for (var p = _up[j]; p < _up[j + 1] - 1; p++) y[_ui[p]] -= _ux[p] * y[j];
        }
        for (var k = 0; k < _n; k++) b[_q[k]] = y[k];
    }

    /// <summary>Depth-first search over the columns of L computed so far (cs_reach / cs_dfs, iterative).</summary>
    private sealed class Reach(int n)
    {
        private readonly int[] _mark = new int[n];
        private readonly int[] _stack = new int[n];
        private readonly int[] _pstack = new int[n];
        private int _stamp;

        public int Run(SparseLu lu, CompressedMatrix a, int k, int[] xi)
        {
            _stamp++;
            var top = lu._n;
            for (var p = a.Ptr[k]; p < a.Ptr[k + 1]; p++)
                if (_mark[a.Index[p]] != _stamp) top = Dfs(lu, a.Index[p], top, xi);
            return top;
        }

        private int Dfs(SparseLu lu, int start, int top, int[] xi)
        {
            var head = 0;
            _stack[0] = start;
            while (head >= 0)
            {
                var j = _stack[head];
                var col = lu._pinv[j];
                if (_mark[j] != _stamp) { _mark[j] = _stamp; _pstack[head] = col < 0 ? 0 : lu._lp[col] + 1; }
                var done = true;
                var end = col < 0 ? 0 : lu._lp[col + 1];
                for (var p = _pstack[head]; p < end; p++)
                {
                    var i = lu._li[p];
                    if (_mark[i] == _stamp) continue;
                    _pstack[head] = p + 1;
                    _stack[++head] = i;
                    done = false;
                    break;
                }
                if (done) { head--; xi[--top] = j; }
            }
            return top;
        }
    }
}
