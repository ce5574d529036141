import { attr, decodeText, NotPlain, scanXml } from "../../src/cli/xml-scan";

describe("xml-scan", () => {
  it("finds an attribute by its whole name, not inside another's value", () => {
    const attrs = ` tooltip="see ref=&quot;B9&quot; r=&apos;x&apos;" ref='A1' r:id="rId3"`;
    expect(attr(attrs, "ref")).toBe("A1");
    expect(attr(attrs, "r:id")).toBe("rId3");
    expect(attr(attrs, "id")).toBeUndefined();
    expect(attr(attrs, "tooltip")).toBe(`see ref="B9" r='x'`);
  });

  it("normalises literal white space in attribute values but keeps character references", () => {
    expect(attr(` name="a\tb\r\nc&#10;d"`, "name")).toBe("a b c\nd");
  });

  it("decodes entities and line ends in text, and refuses unknown entities", () => {
    expect(decodeText("a&amp;b&#x4E07;&#20803;\r\nc")).toBe("a&b万元\nc");
    expect(() => decodeText("&nbsp;")).toThrow(NotPlain);
    expect(() => decodeText("a & b")).toThrow(NotPlain);
  });

  it("reports tags and text in order and refuses what does not nest", () => {
    const seen: string[] = [];
    const root = scanXml(`<?xml version="1.0"?><!-- c --><a x="1>2"><b/>t&lt;<c>u</c></a>`, {
      open: (n, a, self) => seen.push(`<${n}${a}${self ? "/" : ""}>`),
      text: (t) => seen.push(t),
      close: (n) => seen.push(`</${n}>`),
    });
    expect(root).toBe("a");
    expect(seen).toEqual([`<a x="1>2">`, "<b/>", "</b>", "t&lt;", "<c>", "u", "</c>", "</a>"]);
    for (const bad of ["<a><b></a></b>", "<a>", "<a/><b/>", "<a><![CDATA[x]]></a>", "<!DOCTYPE a><a/>"])
      expect(() => scanXml(bad, { open() {}, close() {} })).toThrow(NotPlain);
  });
});
