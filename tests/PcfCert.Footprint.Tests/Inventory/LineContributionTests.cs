using PcfCert.Footprint.Inventory;

namespace PcfCert.Footprint.Tests.Inventory;

/// <summary>Issue 18 item 5: the hotspots of a draft inventory, each line's part of the total with its share.</summary>
public sealed class LineContributionTests
{
    [Fact]
    public void Each_lines_part_is_its_amount_times_its_factor_plus_its_transport_per_declared_unit_and_the_parts_sum_to_the_total()
    {
        var inventory = new RawInventoryBuilder().Parse();
        var report = InventoryChecks.Run(inventory, RawInventoryBuilder.Factors, cutOffLimitShare: 0.05);
        var total = report.Result!.TotalKgCO2e; // 1.3816 kg CO2e per piece (InventoryTests)

        var parts = LineContributions.Compute(inventory, report.Build, total);

        // Per piece (10 000 pieces): aluminium 400 × 18.0 / 10 000 = 0.72; electricity 10 000 kWh × 0.5 / 10 000 = 0.5;
        // film 800 × 2.0 / 10 000 = 0.16 plus its truck 160 t·km × 0.1 / 10 000 = 0.0016 → 0.1616.
        // The cut-off 结构件 and the factorless 水 carry nothing and are not listed.
        Assert.Equal(["铝箔", "电力", "薄膜"], parts.Select(p => p.Name));
        Assert.Equal(0.72, parts[0].KgCO2e, 12);
        Assert.Equal(0.5, parts[1].KgCO2e, 12);
        Assert.Equal(0.1616, parts[2].KgCO2e, 12);
        Assert.Equal(0.72 / 1.3816, parts[0].Share, 12); // 52.1 %
        Assert.Equal(total, parts.Sum(p => p.KgCO2e), 12);
    }
}
