import { cleanProjectName, stripLeadingNumber } from "../../../src/core/parse";
import { SEED_ROWS } from "../../fixtures/seed-cells";

describe("stripLeadingNumber", () => {
  it.each([
    ["10. 政协协商议政服务中心", "政协协商议政服务中心"],
    ["1、会议费", "会议费"],
    ["（1）会议费", "会议费"],
    ["(2)会议费", "会议费"],
    ["①接待费", "接待费"],
    ["一、会议费", "会议费"],
    ["（一）会议费", "会议费"],
    ["１２．文史资料出版费", "文史资料出版费"],
    ["2024年会议费", "2024年会议费"],
    ["5G网络专线", "5G网络专线"],
    ["1.5万元专项", "1.5万元专项"],
    ["会议费", "会议费"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(stripLeadingNumber(input)).toBe(expected);
  });
});

describe("cleanProjectName", () => {
  it.each([
    ["10. 政协协商 议政服务中 心", "政协协商议政服务中心"],
    ["2. 政协委员 民主监督工 作经费", "政协委员民主监督工作经费"],
    ["5. 政协委员\n培训工作经\n费", "政协委员培训工作经费"],
    ["12. 退休人员公用经费(含慰问金)", "退休人员公用经费(含慰问金)"],
    ["<p>8. 公务接待费</p>", "公务接待费"],
    ["第三方代理：", "第三方代理"],
    ["5G 网络 专线", "5G 网络专线"],
    ["1、困難群眾救助補(bǔ)助預(yù)算", "困難群眾救助補助預算"],
    ["道路长度(km)改造", "道路长度(km)改造"],
  ])("%j → %j", (input, expected) => {
    expect(cleanProjectName(input)).toBe(expected);
  });

  it("cleans every seed project name", () => {
    expect(SEED_ROWS.map((r) => cleanProjectName(r.name))).toEqual([
      "政协十七届四次会议工作经费",
      "政协委员民主监督工作经费",
      "政协委员活动工作经费",
      "专委会工作经费",
      "政协委员培训工作经费",
      "政协委员视察工作经费",
      "政协常委会工作经费",
      "公务接待费",
      "文史资料出版费",
      "政协协商议政服务中心",
      "电信安全专线业务服务费",
      "退休人员公用经费(含慰问金)",
      "第三方代理",
      "编外长期聘用人员",
    ]);
  });
});
