using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Tests.Inventory;

/// <summary>Every validation rule, each reported with sheet, row, column and code; all problems together.</summary>
public sealed class InventoryValidationTests
{
    private static InventoryIssue Single(RawInventoryBuilder b)
    {
        var (inventory, issues) = InventoryParser.Parse(b.Build(), RawInventoryBuilder.Factors);
        Assert.Null(inventory);
        return Assert.Single(issues);
    }

    private static void Line(RawInventoryBuilder b, int index, string field, string? value) =>
        b.Lines[index].Cells[InventoryFields.Line.ToList().IndexOf(field)] = value;

    [Theory]
    [InlineData(1, "amount", "abc", InventoryIssueCode.NotANumber, "B")]
    [InlineData(1, "amount", "-5", InventoryIssueCode.Negative, "B")]
    [InlineData(1, "amount", "NaN", InventoryIssueCode.NotFinite, "B")]
    [InlineData(1, "amount", "Infinity", InventoryIssueCode.NotFinite, "B")]
    [InlineData(1, "amount", null, InventoryIssueCode.Required, "B")]
    [InlineData(1, "unit", "kilogram", InventoryIssueCode.UnknownUnit, "C")]
    [InlineData(1, "unit", "kWh", InventoryIssueCode.WrongDimension, "C")] // alu@1 is per kg
    [InlineData(1, "dataKind", null, InventoryIssueCode.Required, "I")]
    [InlineData(1, "dataKind", "一级", InventoryIssueCode.UnknownChoice, "I")]
    [InlineData(1, "acquisition", "借用", InventoryIssueCode.UnknownChoice, "D")]
    [InlineData(1, "plantLevel", "可能", InventoryIssueCode.UnknownChoice, "K")]
    [InlineData(1, "factor", "no-such@1", InventoryIssueCode.UnknownFactor, "J")]
    [InlineData(1, "factor", "gas:XYZ", InventoryIssueCode.UnknownGas, "J")]
    [InlineData(1, "name", null, InventoryIssueCode.Required, "A")]
    [InlineData(0, "distanceKm", null, InventoryIssueCode.TransportNeedsDistance, "E")]
    [InlineData(0, "distanceKm", "-200", InventoryIssueCode.Negative, "E")]
    [InlineData(0, "transport", "grid@1", InventoryIssueCode.WrongDimension, "G")] // a kWh factor is no transport
    public void A_bad_cell_of_a_line_is_reported_with_sheet_row_and_column(int line, string field, string? value, InventoryIssueCode code, string column)
    {
        var b = new RawInventoryBuilder();
        Line(b, line, field, value);
        var issue = Single(b);
        Assert.Equal(("原材料获取", 5 + line, column, code), (issue.Sheet, issue.Row, issue.Column, issue.Code));
    }

    [Fact]
    public void Transport_of_an_amount_not_in_mass_is_refused()
    {
        var b = new RawInventoryBuilder();
        Line(b, 4, "transport", "truck@1");
        Line(b, 4, "distanceKm", "10");
        var issue = Single(b);
        Assert.Equal((InventoryIssueCode.TransportNeedsMass, "C", "kWh"), (issue.Code, issue.Column, issue.Arguments[0]));
    }

    [Fact]
    public void A_cut_off_amount_not_in_mass_is_refused()
    {
        var b = new RawInventoryBuilder();
        Line(b, 5, "cutOff", "是");
        Assert.Equal(InventoryIssueCode.CutOffNeedsMass, Single(b).Code);
    }

    [Theory]
    [InlineData("periodEnd", "2025-11-30", InventoryIssueCode.PeriodNotTwelveMonths)]
    [InlineData("periodEnd", "2024-12-31", InventoryIssueCode.PeriodOrder)]
    [InlineData("periodStart", "01/01/2025", InventoryIssueCode.InvalidDate)]
    [InlineData("productMassKg", "0", InventoryIssueCode.NotPositive)]
    [InlineData("declaredUnit", "kWh", InventoryIssueCode.WrongDimension)]
    [InlineData("boundary", "全生命周期", InventoryIssueCode.UnknownChoice)]
    [InlineData("plantPieces", "9000", InventoryIssueCode.PlantBelowLine)]
    [InlineData("filledBy", null, InventoryIssueCode.Required)]
    public void A_bad_product_cell_is_reported_naming_the_field(string field, string? value, InventoryIssueCode code)
    {
        var b = new RawInventoryBuilder();
        b.Product[field] = value;
        var issue = Single(b);
        Assert.Equal(("产品基本信息", field, code), (issue.Sheet, issue.Field, issue.Code));
    }

    [Fact]
    public void Economic_allocation_needs_both_values()
    {
        var b = new RawInventoryBuilder();
        b.Product["allocation"] = "经济价值";
        var (_, issues) = InventoryParser.Parse(b.Build(), RawInventoryBuilder.Factors);
        Assert.Equal(["lineValue", "plantValue"], issues.Select(i => i.Field));
    }

    [Fact]
    public void Twelve_months_across_a_year_end_and_an_excel_date_serial_are_accepted()
    {
        var b = new RawInventoryBuilder();
        b.Product["periodStart"] = "2024-07-01";
        b.Product["periodEnd"] = "45838"; // Excel serial of 2025-06-30
        b.SheetPeriods["原材料获取"] = ("2024-07-01", "2025-06-30");
        b.SheetPeriods["生产制造"] = ("2024-07-01", "2025-06-30");
        Assert.Equal(new DateOnly(2025, 6, 30), b.Parse().Product.PeriodEnd);
    }

    [Fact]
    public void A_sheet_period_outside_the_statistical_period_is_refused()
    {
        var b = new RawInventoryBuilder();
        b.SheetPeriods["生产制造"] = ("2025-01-01", "2026-01-31");
        var issue = Single(b);
        Assert.Equal(("生产制造", InventoryIssueCode.OutsidePeriod), (issue.Sheet, issue.Code));
    }

    [Fact]
    public void Every_problem_of_the_workbook_is_reported_together()
    {
        var b = new RawInventoryBuilder();
        b.Product["productMassKg"] = "-1";
        Line(b, 0, "amount", "x");
        Line(b, 1, "unit", "kilo");
        Line(b, 4, "amount", "-3");
        var (inventory, issues) = InventoryParser.Parse(b.Build(), RawInventoryBuilder.Factors);
        Assert.Null(inventory);
        Assert.Equal(
            [("产品基本信息", "productMassKg"), ("原材料获取", "amount"), ("原材料获取", "unit"), ("生产制造", "amount")],
            issues.Select(i => (i.Sheet, i.Field)));
    }
}
