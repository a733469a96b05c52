using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>
/// The layout of the CEC annex 2 data-collection workbook as PcfCert lays it out: one sheet for the product and one per
/// life-cycle stage, the stage sheets with the same columns. Writer and reader share it, so what is exported re-imports.
/// </summary>
public static class InventoryTemplate
{
    public const string ProductSheet = "产品基本信息";
    public const string ListsSheet = "选项";

    /// <summary>The visible sheet listing the library's factors (code, Chinese name, unit, category, source).</summary>
    public const string FactorsSheet = "排放因子";

    public const string FactorsInstructions =
        "排放因子库中的现行因子：按中文名称查找（Ctrl+F 或筛选），将“排放因子代码”填入各阶段表 J 列（J 列下拉列表即为这些代码）；运输因子（单位 t*km）填入 G 列。";

    /// <summary>First data row of a stage sheet (row 1 title, 2 综合信息, 3 instructions, 4 headers).</summary>
    public const int FirstDataRow = 5;

    /// <summary>
    /// Row 2 of a stage sheet, the 综合信息 of CEC annex 2: 时间范围 in B2 to D2, then 填表日期 in F2, 填表人 in H2 and
    /// 数据收集对象 in J2, each after its label (E2, G2, I2). One row keeps the data rows where the first template had them.
    /// </summary>
    public const int InfoRow = 2;

    /// <summary>Columns of the header block's values in <see cref="InfoRow"/>.</summary>
    public const string PeriodFromColumn = "B", PeriodToColumn = "D", FilledOnColumn = "F", FilledByColumn = "H", CollectionObjectColumn = "J";

    /// <summary>The 数据收集对象 the template proposes for a stage (annex 2 (二) prints 电子元器件产品原材料的生产).</summary>
    /// <param name="stage">Stage of the sheet.</param>
    /// <param name="productName">The unit's product name.</param>
    /// <returns>e.g. 薄膜电容器原材料的生产.</returns>
    public static string CollectionObject(LifeCycleStage stage, string productName) => stage switch
    {
        LifeCycleStage.RawMaterialAcquisition => $"{productName}原材料的生产",
        LifeCycleStage.Production => $"{productName}的生产制造",
        LifeCycleStage.Distribution => $"{productName}的销售和运输",
        LifeCycleStage.Use => $"{productName}的使用",
        _ => $"{productName}的废弃处置",
    };

    /// <summary>Rows of a stage sheet that carry drop-down lists.</summary>
    public const int ValidatedRows = 50_000;

    /// <summary>Stage sheets in order with their stage and annex-2 placeholder rows.</summary>
    public static readonly IReadOnlyList<(string Sheet, LifeCycleStage Stage, string Title, string[] Placeholders)> StageSheets =
    [
        ("原材料获取", LifeCycleStage.RawMaterialAcquisition, "（二）原材料获取阶段数据收集表",
            ["薄膜", "铝箔", "内熔丝", "绝缘纸", "结构件和连接件", "包装材料 木板", "热能", "燃料", "水", "电力", "废水", "废气"]),
        ("生产制造", LifeCycleStage.Production, "（三）产品生产制造阶段数据收集表", ["热能", "燃料", "水", "电力", "废水", "废气"]),
        // Annex 2 (四) as printed: 运输量 and 运输距离 per destination (one line each: mass shipped, distance, mode), the
        // transport energy (汽油, 柴油, 电力), the storage energy (热能), and the second block's 燃料 and 电力.
        ("销售和运输", LifeCycleStage.Distribution, "（四）产品销售和运输阶段数据收集表（系统边界为从摇篮到大门时不计入碳足迹）",
            ["运输量 目的地 1", "运输量 目的地 2", "运输量 目的地 3", "运输过程能耗 汽油", "运输过程能耗 柴油", "运输过程能耗 电力", "储存过程能耗 热能", "燃料", "电力"]),
        ("使用", LifeCycleStage.Use, "使用阶段数据收集表（从摇篮到坟墓时填写）", ["电力"]),
        ("废弃处置", LifeCycleStage.EndOfLife, "废弃处置阶段数据收集表（从摇篮到坟墓时填写）", ["填埋", "焚烧", "回收"]),
    ];

    /// <summary>Stage sheets a boundary needs: use and end of life only from cradle to grave.</summary>
    public static IEnumerable<(string Sheet, LifeCycleStage Stage, string Title, string[] Placeholders)> SheetsFor(SystemBoundary boundary) =>
        StageSheets.Where(s => boundary == SystemBoundary.CradleToGrave || s.Stage is not (LifeCycleStage.Use or LifeCycleStage.EndOfLife));

    /// <summary>Product-sheet labels by field, in Chinese as annex 2 words them.</summary>
    public static readonly IReadOnlyDictionary<string, string> ProductLabels = new Dictionary<string, string>
    {
        ["name"] = "产品名称及类别", ["model"] = "产品的规格/型号", ["productMassKg"] = "单位产品的重量（kg）",
        ["periodStart"] = "数据统计期 开始（YYYY-MM-DD）", ["periodEnd"] = "数据统计期 结束（YYYY-MM-DD）",
        ["linePieces"] = "该型号产品于统计期的生产量（件/套）", ["lineMassKg"] = "该型号产品于统计期的生产量（kg）",
        ["plantPieces"] = "统计期内全厂产品生产量（件/套）", ["plantMassKg"] = "统计期内全厂产品生产量（kg）",
        ["lineMetered"] = "目标产品的生产线是否能够独立计量（是/否）", ["declaredAmount"] = "功能单位 数量", ["declaredUnit"] = "功能单位 单位",
        ["boundary"] = "系统边界", ["allocation"] = "全厂数据分配方法（质量/数量/经济价值）",
        ["lineValue"] = "该型号产品统计期产值（元，按经济价值分配时填写）", ["plantValue"] = "全厂统计期产值（元，按经济价值分配时填写）",
        ["filledBy"] = "填表负责人", ["contact"] = "联系方式",
    };

    /// <summary>Stage-sheet column headers by field.</summary>
    public static readonly IReadOnlyDictionary<string, string> LineHeaders = new Dictionary<string, string>
    {
        ["name"] = "数据类型", ["amount"] = "用量/数值", ["unit"] = "单位", ["acquisition"] = "自产/外购", ["distanceKm"] = "距离估算（km）",
        ["originPlace"] = "来源地/目的地", ["transport"] = "运输方式（运输因子代码）", ["dataSource"] = "数据来源", ["dataKind"] = "初级/次级数据",
        ["factor"] = "排放因子代码（或 gas:气体、process:unit-序号）", ["plantLevel"] = "全厂数据（是/否）", ["cutOff"] = "取舍（是/否）", ["notes"] = "备注",
        // CEC 5.4.3 a) table 2: the record of each primary datum (unit and source are columns C and H).
        ["description"] = "初级数据：数据描述", ["monitoringPoint"] = "初级数据：监测点", ["instrument"] = "初级数据：监测仪表",
        ["procedure"] = "初级数据：监测程序和方法", ["frequency"] = "初级数据：监测频次与记录", ["qualityAssurance"] = "初级数据：质量保证/质量控制",
        ["use"] = "初级数据：数据用途",
    };

    public const string ProductInstructions =
        "填写说明：*数据统计期一般为一个自然年，或12个月；按填写的数据统计期统计各类数据。日期填 YYYY-MM-DD。C 列为系统字段名，请勿修改。";

    public const string StageInstructions =
        "填写说明：每行一项活动数据，填写统计期内的总量；未涉及的数据类型留空即可。单位、运输方式、是/否、初级/次级请从下拉列表选择。" +
        "全厂数据填“是”时按产品基本信息中的分配方法分配到本产品；原材料经运输的，填写距离与运输方式，系统按 质量(t)×距离(km) 计算吨公里。" +
        "初级数据请在 N–T 列填写 CEC 认证规则表 2 要求的数据描述、监测点、监测仪表、监测程序和方法、监测频次与记录、质量保证/质量控制和数据用途。" +
        "排放因子代码见系统“排放因子库”；直接排放填 gas:气体名（如 gas:SF6），单位为质量；本企业另一认证单元自产的中间品填 process:unit-序号（如 process:unit-2）。";
}

/// <summary>What goes into a template: the unit's product, the boundary and the drop-down choices.</summary>
/// <param name="ProductName">Product name of the certification unit.</param>
/// <param name="Model">Model.</param>
/// <param name="Boundary">Boundary (decides the use and end-of-life sheets).</param>
/// <param name="Units">Unit symbols for the drop-down.</param>
/// <param name="TransportFactors">Transport factor codes of the library for the drop-down.</param>
/// <param name="Factors">The library's current factors for the factor sheet and column J's drop-down.</param>
public sealed record TemplateSpec(string ProductName, string Model, SystemBoundary Boundary, IReadOnlyList<string> Units, IReadOnlyList<string> TransportFactors,
    IReadOnlyList<TemplateFactor>? Factors = null);

/// <summary>A library factor as the template lists it.</summary>
/// <param name="Code">Factor code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Category">Category.</param>
/// <param name="Source">Published source.</param>
public sealed record TemplateFactor(string Code, string NameZh, string Unit, string Category, string Source);
