using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Tests.Inventory;

public sealed class InventoryTests
{
    [Fact]
    public void A_valid_inventory_parses_and_skips_the_template_rows_left_empty()
    {
        var inventory = new RawInventoryBuilder().Parse();
        Assert.Equal(5, inventory.Lines.Count); // 绝缘纸 has only its name: a placeholder
        Assert.Equal(0.2, inventory.AllocationFactor!.Value, 12); // 1 200 kg / 6 000 kg
        Assert.Equal(new SourceLocation("生产制造", 5), inventory.Lines[3].Source);
    }

    [Fact]
    public void The_model_allocates_plant_data_converts_transport_to_tonne_kilometres_and_computes_the_hand_checked_footprint()
    {
        var inventory = new RawInventoryBuilder().Parse();
        var report = InventoryChecks.Run(inventory, RawInventoryBuilder.Factors, cutOffLimitShare: 0.05);

        var electricity = report.Build.Matches.Single(m => m.Name == "电力");
        Assert.Equal(10000, electricity.AmountInModel, 9); // 50 000 kWh × 0.2
        var film = report.Build.Matches.Single(m => m.Name == "薄膜");
        Assert.Equal(160, film.TonneKilometres!.Value, 9); // 800 kg = 0.8 t × 200 km
        Assert.Equal("truck@1", film.TransportFactorId);
        Assert.Equal(LineOutcome.CutOff, report.Build.Matches.Single(m => m.Name == "结构件").Outcome);
        Assert.Equal("水", Assert.Single(report.WithoutFactor).Name);
        Assert.Equal(["alu@1", "film@1", "grid@1", "truck@1"], report.Build.Model.Factors.Select(f => f.Id));

        // Period: film 800 × 2.0 = 1 600; transport 160 t·km × 0.1 = 16; aluminium 400 × 18.0 = 7 200;
        // electricity 10 000 kWh × 0.5 = 5 000; total 13 816 kg CO2e for 10 000 pieces → 1.3816 per piece.
        Assert.True(report.Errors.Count == 0, string.Join("; ", report.Errors));
        Assert.Equal(1.3816, report.Result!.TotalKgCO2e, 9);
        // Bill of materials per piece: (800 + 400 + 12) kg / 10 000 = 0.1212 kg against 0.12 kg → 1.01.
        Assert.Equal(0.1212, report.MassBalance.BillOfMaterialsKg, 12);
        Assert.True(report.MassBalance.Passed);
        // Cut-off: 12 kg / 10 000 = 0.0012 kg per piece = 1 % of 0.12 kg, within CEC's 5 %.
        Assert.Equal(0.01, report.CutOff.Share, 12);
        Assert.True(report.CutOff.Passed);
        // Primary lines: 薄膜, 结构件, 电力 of 5 = 0.6; primary footprint (1 600 + 16 + 5 000) / 13 816 = 0.478865…
        Assert.Equal(0.6, report.PrimaryShare.ByLines, 12);
        Assert.Equal(6616.0 / 13816.0, report.PrimaryShare.ByEmissions!.Value, 9);
        Assert.False(report.ReadyToSubmit); // 水 has no factor yet
    }

    [Fact]
    public void Allocation_by_pieces_and_by_economic_value_use_their_own_ratios()
    {
        var pieces = new RawInventoryBuilder();
        pieces.Product["allocation"] = "数量";
        Assert.Equal(0.25, pieces.Parse().AllocationFactor!.Value, 12); // 10 000 / 40 000

        var value = new RawInventoryBuilder();
        value.Product["allocation"] = "经济价值";
        value.Product["lineValue"] = "300000";
        value.Product["plantValue"] = "2000000";
        Assert.Equal(0.15, value.Parse().AllocationFactor!.Value, 12); // 300 000 / 2 000 000
    }

    [Fact]
    public void Cut_off_above_the_scheme_limit_and_a_bill_of_materials_lighter_than_the_product_are_flagged()
    {
        var b = new RawInventoryBuilder();
        b.Lines[2] = (b.Lines[2].Sheet, b.Lines[2].Stage, ["结构件", "100", "kg", "外购", null, null, null, "BOM", "初级", null, "否", "是", null]);
        b.Lines[0] = (b.Lines[0].Sheet, b.Lines[0].Stage, ["薄膜", "500", "kg", "外购", null, null, null, "发票", "初级", "film@1", "否", "否", null]);
        var report = InventoryChecks.Run(b.Parse(), RawInventoryBuilder.Factors, cutOffLimitShare: 0.05);
        // Cut-off 100 kg / 10 000 = 0.01 kg per piece = 8.33 % of 0.12 kg > 5 %.
        Assert.Equal(0.01 / 0.12, report.CutOff.Share, 12);
        Assert.False(report.CutOff.Passed);
        // BOM (500 + 400 + 100) / 10 000 = 0.1 kg < 0.12 kg.
        Assert.Equal(0.1 / 0.12, report.MassBalance.Ratio, 12);
        Assert.False(report.MassBalance.Passed);
    }

    [Fact]
    public void Distribution_lines_of_a_cradle_to_gate_inventory_are_kept_out_of_the_model_and_reported()
    {
        var b = new RawInventoryBuilder();
        b.Lines.Add(("销售和运输", LifeCycleStage.Distribution, ["柴油", "50", "kg", "外购", null, null, null, "加油记录", "初级", null, "否", "否", null]));
        b.SheetPeriods["销售和运输"] = ("2025-01-01", "2025-12-31");
        var report = InventoryChecks.Run(b.Parse(), RawInventoryBuilder.Factors, 0.05);
        Assert.Equal(LineOutcome.OutsideBoundary, report.Build.Matches.Single(m => m.Name == "柴油").Outcome);
        Assert.Equal(["raw-material-acquisition", "production"], report.Build.Model.Processes.Select(p => p.Id));
        Assert.Equal("production", report.Build.Model.ReferenceProcess);
    }

    [Fact]
    public void A_direct_emission_line_becomes_an_emission_of_its_gas()
    {
        var b = new RawInventoryBuilder();
        b.Lines.Add(("生产制造", LifeCycleStage.Production, ["SF6 泄漏", "100", "g", "自产", null, null, null, "检漏记录", "初级", "gas:SF6", "否", "否", null]));
        var report = InventoryChecks.Run(b.Parse(), RawInventoryBuilder.Factors, 0.05);
        var emission = Assert.Single(report.Build.Model.Processes.Single(p => p.Id == "production").Emissions);
        Assert.Equal(("SF6", 100.0, "g"), (emission.Gas, emission.Amount, emission.Unit));
        // AR6 SF6 25 200 (reference/gwp/gwp-selected.csv): 0.1 kg × 25 200 = 2 520 kg CO2e per 10 000 pieces = 0.252 per piece.
        Assert.Equal(1.3816 + 0.252, report.Result!.TotalKgCO2e, 9);
    }
    [Fact]
    public void A_raw_material_line_for_packaging_is_reported_apart_as_packaging()
    {
        // CEC annex 2 lists "包装材料 木板" among the raw materials. With the film line renamed so:
        // 800 kg × 2.0 = 1 600 kg CO2e for 10 000 pieces → 0.16 per piece is packaging (its transport is not).
        var b = new RawInventoryBuilder();
        b.Lines[0].Cells[0] = "包装材料 木板";
        var inventory = b.Parse();
        var report = InventoryChecks.Run(inventory, RawInventoryBuilder.Factors, cutOffLimitShare: 0.05);

        Assert.True(report.Errors.Count == 0, string.Join("; ", report.Errors));
        Assert.Equal(0.16, report.Result!.PackagingKgCO2e!.Value, 9);
        Assert.Contains(report.Build.Model.Processes.SelectMany(p => p.Inputs), i => i.Factor == "film@1" && i.Packaging);
        Assert.DoesNotContain(report.Build.Model.Processes.SelectMany(p => p.Inputs), i => i.Factor != "film@1" && i.Packaging);
    }
}

public sealed class InventoryProcessLinkTests
{
    /// <summary>The factory's own film line, another unit: 5 000 kg of film in 2025 with 10 000 kWh at the illustrative 0.5 → 1.0 kg CO2e/kg.</summary>
    private static readonly ActivityInventory FilmLine = new(
        new ProductInformation("薄膜", "PP 6 µm", new Quantity(1, "kg"), 1, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31),
            0, 5000, 0, 5000, null, null, true, SystemBoundary.CradleToGate, AllocationMethod.Mass, "王工", null),
        [new InventoryLine(LifeCycleStage.Production, "电力", 10000, "kWh", Acquisition.Purchased, null, null, null, "电表", DataKind.Primary, "grid@1", false, false, null)]);

    [Fact]
    public void A_self_produced_input_is_supplied_by_the_other_units_processes()
    {
        var b = new RawInventoryBuilder();
        b.Lines[0].Cells[9] = "process:unit-1"; // 薄膜 made in-house instead of bought with film@1
        var inventory = b.Parse();

        var report = InventoryChecks.Run(inventory, RawInventoryBuilder.Factors, 0.05, processes: key => key == "unit-1" ? FilmLine : null);

        var film = report.Build.Matches.Single(m => m.Name == "薄膜");
        Assert.Equal((LineOutcome.Process, "unit-1/production"), (film.Outcome, film.FactorId));
        Assert.Contains(report.Build.Model.Processes, p => p.Id == "unit-1/raw-material-acquisition");
        // 13 816 − 800 kg × 2.0 + 800 kg × 1.0 = 13 016 kg CO2e for 10 000 pieces → 1.3016 per piece.
        Assert.True(report.Errors.Count == 0, string.Join("; ", report.Errors));
        Assert.Equal(1.3016, report.Result!.TotalKgCO2e, 9);
    }

    [Fact]
    public void An_unknown_supplying_process_leaves_the_line_without_a_factor()
    {
        var b = new RawInventoryBuilder();
        b.Lines[0].Cells[9] = "process:unit-9";
        var report = InventoryChecks.Run(b.Parse(), RawInventoryBuilder.Factors, 0.05, processes: _ => null);
        Assert.Contains(report.WithoutFactor, m => m.Name == "薄膜");
    }
}
