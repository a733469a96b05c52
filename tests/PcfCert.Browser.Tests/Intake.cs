using Microsoft.Playwright;

namespace PcfCert.Browser.Tests;

/// <summary>
/// What the rules ask at intake, filled the way a person does: the product name and the factory's profile on the form
/// (CEC 7.1 a, annex 1 part 3), the applicant's declarations (CEC 5.1.1, PCEC 7.1, 7.2 (3)) and the body's acceptance
/// review (CEC 5.1.2, PCEC 7.2: review items, credit-system check, confidentiality).
/// </summary>
internal static class Intake
{
    public static async Task FormExtras(IPage applicant, string productName)
    {
        await applicant.GetByTestId("unit-name-0").FillAsync(productName);
        if (await applicant.GetByTestId("factory-nature").CountAsync() > 0)
        {
            await applicant.GetByTestId("factory-nature").SelectOptionAsync("Private");
            await applicant.GetByTestId("factory-industry").FillAsync("电子元器件制造");
            await applicant.GetByTestId("factory-size").SelectOptionAsync("true");
        }
    }

    public static async Task Declare(IPage applicant)
    {
        var boxes = applicant.Locator("input[name=declarations]");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            await boxes.Nth(i).CheckAsync();
        }
    }

    public static async Task Review(IPage manager)
    {
        foreach (var name in new[] { "review", "undertakings" })
        {
            var boxes = manager.Locator($"input[type=checkbox][name={name}]");
            for (var i = 0; i < await boxes.CountAsync(); i++)
            {
                await boxes.Nth(i).CheckAsync();
            }
        }
        if (await manager.GetByTestId("credit-check-reference").CountAsync() > 0)
        {
            await manager.GetByTestId("credit-check-reference").FillAsync("全国企业信用信息公示系统查询截图，存档 QX-001");
        }
    }
}
