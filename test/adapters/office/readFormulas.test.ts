import { areaAddresses } from "../../../src/adapters/office/readFormulas";

describe("the areas of a special-cells address", () => {
  test("sheet names quoted or not, absolute references, a space after the comma", () => {
    expect(areaAddresses("绩效指标!I2:I9,绩效指标!K3")).toEqual(["I2:I9", "K3"]);
    expect(areaAddresses("Sheet1!$A$1:$B$4, Sheet1!D1:D4")).toEqual(["A1:B4", "D1:D4"]);
    expect(areaAddresses("I2")).toEqual(["I2"]);
  });
  test("a comma or ! inside a quoted sheet name does not split an area", () => {
    expect(areaAddresses("'a,b!c ''d'''!A1:A3,'a,b!c ''d'''!C5")).toEqual(["A1:A3", "C5"]);
  });
});
