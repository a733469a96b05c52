namespace PcfCert.Footprint.Solver;

/// <summary>
/// Tarjan's strongly connected components, iterative so that 20,000-process chains do not overflow the stack.
/// Components come out in reverse topological order: a component after every component it reaches.
/// </summary>
internal static class StronglyConnected
{
    /// <summary>Components reachable from <paramref name="start"/> over the edges of <paramref name="graph"/> (line k → its indices).</summary>
    public static List<int[]> From(CompressedMatrix graph, int start)
    {
        var n = graph.N;
        var index = new int[n];
        var low = new int[n];
        Array.Fill(index, -1);
        var onStack = new bool[n];
        var stack = new Stack<int>();
        var call = new Stack<(int Node, int Edge)>();
        var components = new List<int[]>();
        var counter = 0;

        index[start] = low[start] = counter++;
        stack.Push(start);
        onStack[start] = true;
        call.Push((start, graph.Ptr[start]));
        while (call.Count > 0)
        {
            var (v, e) = call.Pop();
            var descended = false;
            for (; e < graph.Ptr[v + 1]; e++)
            {
                var w = graph.Index[e];
                if (w == v) continue;
                if (index[w] < 0)
                {
                    call.Push((v, e + 1));
                    index[w] = low[w] = counter++;
                    stack.Push(w);
                    onStack[w] = true;
                    call.Push((w, graph.Ptr[w]));
                    descended = true;
                    break;
                }
                if (onStack[w]) low[v] = Math.Min(low[v], index[w]);
            }
            if (descended) continue;
            if (low[v] == index[v])
            {
                var component = new List<int>();
                int w;
                do { w = stack.Pop(); onStack[w] = false; component.Add(w); } while (w != v);
                components.Add(component.ToArray());
            }
            if (call.Count > 0) { var parent = call.Peek().Node; low[parent] = Math.Min(low[parent], low[v]); }
        }
        return components;
    }
}
