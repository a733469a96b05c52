using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Tests.Inventory;

/// <summary>
/// A valid inventory as text cells, the way a factory fills the template; a test changes only the cells it checks.
/// The figures: 薄膜电容器 CBB65, 1 piece of 0.12 kg; 2025 (a natural year); the model's line made 10 000 pieces
/// (1 200 kg) of the plant's 40 000 pieces (6 000 kg); plant-level data allocated by mass: 1 200 / 6 000 = 0.2.
/// </summary>
internal sealed class RawInventoryBuilder
{
    public Dictionary<string, string?> Product { get; } = new()
    {
        ["name"] = "薄膜电容器", ["model"] = "CBB65 450V 30uF", ["productMassKg"] = "0.12", ["periodStart"] = "2025-01-01", ["periodEnd"] = "2025-12-31",
        ["linePieces"] = "10000", ["lineMassKg"] = "1200", ["plantPieces"] = "40000", ["plantMassKg"] = "6000", ["lineMetered"] = "否",
        ["declaredAmount"] = "1", ["declaredUnit"] = "piece", ["boundary"] = "从摇篮到大门", ["allocation"] = "质量",
        ["lineValue"] = null, ["plantValue"] = null, ["filledBy"] = "王工", ["contact"] = "0512-0000000",
    };

    /// <summary>Lines by sheet: name, amount, unit, acquisition, distance, origin, transport, source, kind, factor, plant, cutoff, notes.</summary>
    public List<(string Sheet, LifeCycleStage Stage, string?[] Cells)> Lines { get; } =
    [
        ("原材料获取", LifeCycleStage.RawMaterialAcquisition, ["薄膜", "800", "kg", "外购", "200", "合肥", "truck@1", "采购发票", "初级", "film@1", "否", "否", null]),
        ("原材料获取", LifeCycleStage.RawMaterialAcquisition, ["铝箔", "400", "kg", "外购", null, null, null, "采购台账", "次级", "alu@1", "否", "否", null]),
        ("原材料获取", LifeCycleStage.RawMaterialAcquisition, ["结构件", "12", "kg", "外购", null, null, null, "BOM", "初级", null, "否", "是", "钢夹"]),
        ("原材料获取", LifeCycleStage.RawMaterialAcquisition, ["绝缘纸", null, null, null, null, null, null, null, null, null, null, null, null]),
        ("生产制造", LifeCycleStage.Production, ["电力", "50000", "kWh", "外购", null, null, null, "电表读数", "初级", "grid@1", "是", "否", "全厂"]),
        ("生产制造", LifeCycleStage.Production, ["水", "100", "m3", "外购", null, null, null, "水费单", "次级", null, "否", "否", null]),
    ];

    public Dictionary<string, (string From, string To)> SheetPeriods { get; } = new()
    {
        ["原材料获取"] = ("2025-01-01", "2025-12-31"),
        ["生产制造"] = ("2025-01-01", "2025-12-31"),
    };

    /// <summary>Illustrative factors for the tests (not published values): film 2.0 kg CO2e/kg, aluminium 18.0, grid 0.5 per kWh, truck 0.1 per t·km.</summary>
    public static EmissionFactor? Factors(string key) => key switch
    {
        "film@1" => new EmissionFactor("film@1", "kg", 2.0, null),
        "alu@1" => new EmissionFactor("alu@1", "kg", 18.0, null),
        "grid@1" => new EmissionFactor("grid@1", "kWh", 0.5, null),
        "truck@1" => new EmissionFactor("truck@1", "t*km", 0.1, null),
        _ => null,
    };

    public RawInventory Build()
    {
        var product = Product.Select((kv, i) => (kv.Key, Cell: new RawCell("产品基本信息", i + 3, "B", kv.Value)))
            .ToDictionary(x => x.Key, x => x.Cell);
        var sheets = Lines.GroupBy(l => (l.Sheet, l.Stage)).Select(g =>
        {
            var rows = g.Select((l, i) => new RawLineRow(i + 5, InventoryFields.Line
                .Select((field, col) => (field, cell: new RawCell(g.Key.Sheet, i + 5, ((char)('A' + col)).ToString(), col < l.Cells.Length ? l.Cells[col] : null)))
                .ToDictionary(x => x.field, x => x.cell))).ToList();
            var (from, to) = SheetPeriods[g.Key.Sheet];
            return new RawLineSheet(g.Key.Sheet, g.Key.Stage, new RawCell(g.Key.Sheet, 2, "B", from), new RawCell(g.Key.Sheet, 2, "D", to), rows);
        }).ToList();
        return new RawInventory(product, sheets);
    }

    public ActivityInventory Parse()
    {
        var (inventory, issues) = InventoryParser.Parse(Build(), Factors);
        Assert.True(issues.Count == 0, string.Join("; ", issues));
        return inventory!;
    }
}
