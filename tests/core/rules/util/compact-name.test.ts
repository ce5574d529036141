import { compactName, hasNameNoise, nameKey } from "../../../../src/core/rules/util/compact-name";

describe("compactName", () => {
  it("drops punctuation, spaces and book titles", () => {
    expect(compactName("文稿打印、扫描成本")).toBe("文稿打印扫描成本");
    expect(compactName("《门源县藏族百年实录》印刷出版成本")).toBe("印刷出版成本");
    expect(compactName("会议 费\u3000（三类）")).toBe("会议费三类");
  });

  it("returns the same string when there is nothing to drop", () => {
    const name = "参会人员满意度";
    expect(compactName(name)).toBe(name);
  });

  // The character table must remove exactly what the regular expression it stands in for removes.
  it("finds noise in exactly the characters the pattern removes", () => {
    const pattern = /[\s、，,。.：:；;（）()“”"'‘’<>《》·\-—_/\\[\]【】]/;
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (hasNameNoise(ch) !== pattern.test(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe("nameKey", () => {
  it("folds full-width letters and digits and upper case", () => {
    expect(nameKey("ＡＢ会议１次")).toBe("ab会议1次");
    expect(nameKey("OA系统运维")).toBe("oa系统运维");
    expect(nameKey("专线运维")).toBe("专线运维");
  });
});
