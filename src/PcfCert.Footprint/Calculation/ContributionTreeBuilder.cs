using PcfCert.Footprint.Results;
using PcfCert.Footprint.Solver;

namespace PcfCert.Footprint.Calculation;

/// <summary>
/// The contribution tree: upstream paths from the product with their cumulative impacts. λ, the cumulative impact
/// per unit of each process's product, comes from one transposed solve Aᵀλ = d (d: each process's own impact per
/// run), on the network already ordered for the main solve. A node is a process reached along one path with the
/// amount of its product that path needs per declared unit; its cumulative impact is amount × λ and its share is
/// that over the total. Children are the node's process inputs; a branch whose |share| is below the threshold is
/// cut (its impact stays in the parent's cumulative figure). Cycles unroll until their branches fall below it.
/// </summary>
internal static class ContributionTreeBuilder
{
    public const int MaxNodes = 200;
    public const int MaxDepth = 12;

    public static (ContributionTree? Tree, Error? Error) Build(CompiledModel model, PreparedNetwork network, double[] scaling, double total,
        double threshold, SolveBudget budget)
    {
        var n = model.Size;
        var direct = new double[n];
        foreach (var t in model.Terms) direct[t.Process] += t.Value;
        var (lambda, _, failure) = NetworkSolver.Solve(NetworkSolver.Transposed(network), direct, budget, allowNegative: true);
        if (failure is not null) return (null, TechnosphereSolve.ToError(model, failure));
        var csc = network.Csr.Transpose(); // column j: the inputs of process j
        var diagonal = new double[n];
        for (var j = 0; j < n; j++)
            for (var p = csc.Ptr[j]; p < csc.Ptr[j + 1]; p++) if (csc.Index[p] == j) diagonal[j] = csc.Value[p];
        var nodes = new List<ContributionNode>();
        var scale = Math.Abs(total) > 0 ? Math.Abs(total) : 1;
        var queue = new PriorityQueue<(int Parent, int Process, double Amount, int Depth), (double, int)>();
        queue.Enqueue((-1, model.Reference, model.Demand, 0), (0, 0));
        var sequence = 0;
        while (queue.TryDequeue(out var item, out _) && nodes.Count < MaxNodes)
        {
            var (parent, j, amount, depth) = item;
            var runs = amount / diagonal[j];
            var cumulative = amount * lambda![j];
            var index = nodes.Count;
            nodes.Add(new ContributionNode(index, parent, model.ProcessIds[j], amount, cumulative, cumulative / scale, runs * direct[j], depth));
            if (depth >= MaxDepth) continue;
            for (var p = csc.Ptr[j]; p < csc.Ptr[j + 1]; p++)
            {
                var k = csc.Index[p];
                if (k == j || csc.Value[p] == 0) continue;
                var childAmount = -csc.Value[p] * runs;
                var share = Math.Abs(childAmount * lambda[k]) / scale;
                if (share < threshold) continue;
                // Largest branches first, ties by discovery, so the node list is the same for the same model.
                queue.Enqueue((index, k, childAmount, depth + 1), (-share, ++sequence));
            }
        }
        return (new ContributionTree(threshold, nodes.Count >= MaxNodes, nodes), null);
    }
}
