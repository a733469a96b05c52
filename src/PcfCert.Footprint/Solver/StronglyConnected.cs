namespace PcfCert.Footprint.Solver;

/// <summary>
/// Tarjan's strongly connected components, iterative on plain arrays so that 20,000-process chains neither overflow
/// the stack nor allocate per node. Components come out in reverse topological order of the graph walked: a
/// component after every component it reaches. Members of a component are sorted by index, so a block's local
/// order depends only on the matrix, not on the walk.
/// </summary>
internal static class StronglyConnected
{
    /// <summary>Components reachable from <paramref name="start"/> over the edges of <paramref name="graph"/> (line k → its indices).</summary>
    public static List<int[]> From(CompressedMatrix graph, int start)
    {
        var components = new List<int[]>();
        new Walk(graph).Run(start, components);
        return components;
    }

    /// <summary>
    /// The processes the reference process needs, directly or through others, as components ordered consumers before
    /// their suppliers, walking the technosphere in CSR form (row i: the processes j that use product i), so no
    /// transpose is built. Tarjan over the edges supplier → consumer emits every component after its consumers; a
    /// second pass in that order keeps a component when one of its members is the reference or is used by a
    /// process already kept.
    /// </summary>
    public static List<int[]> Upstream(CompressedMatrix csr, int reference)
    {
        var all = new List<int[]>();
        var walk = new Walk(csr);
        for (var v = 0; v < csr.N; v++) walk.Run(v, all);
        var kept = new bool[csr.N];
        var order = new List<int[]>();
        foreach (var component in all)
        {
            var reached = false;
            foreach (var i in component)
            {
                if (i == reference) { reached = true; break; }
                for (var p = csr.Ptr[i]; p < csr.Ptr[i + 1] && !reached; p++) reached = kept[csr.Index[p]];
                if (reached) break;
            }
            if (!reached) continue;
            foreach (var i in component) kept[i] = true;
            order.Add(component);
        }
        return order;
    }

    private sealed class Walk(CompressedMatrix graph)
    {
        private readonly int[] _index = Filled(graph.N);
        private readonly int[] _low = new int[graph.N];
        private readonly bool[] _onStack = new bool[graph.N];
        private readonly int[] _stack = new int[graph.N];
        private readonly int[] _callNode = new int[graph.N];
        private readonly int[] _callEdge = new int[graph.N];
        private int _counter;

        private static int[] Filled(int n)
        {
            var a = new int[n];
            Array.Fill(a, -1);
            return a;
        }

        public void Run(int start, List<int[]> components)
        {
            if (_index[start] >= 0) return;
            int[] ptr = graph.Ptr, idx = graph.Index;
            var top = 0;   // component stack size
            var depth = 0; // call stack size
            Enter(start, ref top);
            _callNode[0] = start; _callEdge[0] = ptr[start]; depth = 1;
            while (depth > 0)
            {
                var v = _callNode[depth - 1];
                var e = _callEdge[depth - 1];
                var end = ptr[v + 1];
                var descended = false;
                for (; e < end; e++)
                {
                    var w = idx[e];
                    if (w == v) continue;
                    if (_index[w] < 0)
                    {
                        _callEdge[depth - 1] = e + 1;
                        Enter(w, ref top);
                        _callNode[depth] = w; _callEdge[depth] = ptr[w]; depth++;
                        descended = true;
                        break;
                    }
                    if (_onStack[w] && _index[w] < _low[v]) _low[v] = _index[w];
                }
                if (descended) continue;
                depth--;
                if (_low[v] == _index[v])
                {
                    var from = top;
                    do { from--; _onStack[_stack[from]] = false; } while (_stack[from] != v);
                    var component = _stack[from..top];
                    if (component.Length > 1) Array.Sort(component);
                    top = from;
                    components.Add(component);
                }
                if (depth > 0)
                {
                    var parent = _callNode[depth - 1];
                    if (_low[v] < _low[parent]) _low[parent] = _low[v];
                }
            }
        }

        private void Enter(int v, ref int top)
        {
            _index[v] = _low[v] = _counter++;
            _stack[top++] = v;
            _onStack[v] = true;
        }
    }
}
