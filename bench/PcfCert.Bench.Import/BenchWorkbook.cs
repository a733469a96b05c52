using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;
using PcfCert.Infrastructure.DataCollection;

/// <summary>
/// The bench's workbooks: the annex-2 template filled with <c>lines</c> lines alternating raw materials in kg (the diesel
/// factor as a stand-in for a material factor) and production electricity in kWh, a tenth of them plant-level (the seeded
/// library factors make every line match); and the hostile template with millions of compressed empty rows (issue 12).
/// </summary>
internal static class BenchWorkbook
{
    public static readonly ProductInformation Product = new("薄膜电容器", "CBB65 450V 30uF", new Quantity(1, "piece"), 0.12, new DateOnly(2025, 1, 1),
        new DateOnly(2025, 12, 31), 1_000_000, 120_000, 4_000_000, 600_000, null, null, false, SystemBoundary.CradleToGate, AllocationMethod.Mass, "王工", null);

    public static byte[] Lines(int lines)
    {
        var inventoryLines = Enumerable.Range(0, lines).Select(i => i % 2 == 0
            ? new InventoryLine(LifeCycleStage.RawMaterialAcquisition, $"原料 {i}", 1 + i % 7, "kg", Acquisition.Purchased, null, null, null, "采购发票",
                DataKind.Primary, "cn-fuel-diesel", false, false, null)
            : new InventoryLine(LifeCycleStage.Production, $"电力 {i}", 10 + i % 13, "kWh", Acquisition.Purchased, null, null, null, "电表读数",
                i % 10 == 1 ? DataKind.Secondary : DataKind.Primary, "cn-elec-lcf-2023-national-average", i % 10 == 1, false, null)).ToList();
        using var workbook = new MemoryStream();
        InventoryWorkbookWriter.Write(workbook, new TemplateSpec(Product.Name, Product.Model, Product.Boundary, [.. UnitTable.Symbols], []),
            new ActivityInventory(Product, inventoryLines, [.. InventoryTemplate.SheetsFor(Product.Boundary)
                .Select(s => new StageSheetHeader(s.Stage, new DateOnly(2026, 1, 15), "李工", null))]));
        return workbook.ToArray();
    }

    public static byte[] Hostile(int rows)
    {
        using var template = new MemoryStream();
        InventoryWorkbookWriter.Write(template, new TemplateSpec(Product.Name, Product.Model, Product.Boundary, [.. UnitTable.Symbols], []));
        return PcfCert.Web.Tests.DataCollection.HostileWorkbook.ManyRows(template.ToArray(), rows);
    }
}
