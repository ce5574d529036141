import { XmlError, decodeXString, decodeXml, parseAttrs, scanXml } from "../../../src/cli/xlsx/xml";

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open: (name, attrs, self) => out.push(`<${name}${self ? "/" : ""} ${JSON.stringify(parseAttrs(attrs))}`),
    close: (name) => out.push(`</${name}`),
    text: (raw) => out.push(`"${decodeXml(raw)}"`),
  });
  return out;
}

describe("scanXml", () => {
  it("reports tags without namespace prefixes, attributes decoded, '>' inside quoted values", () => {
    expect(events(`<?xml version="1.0"?><!-- c --><x:a r:id='r1' f="[&gt;=100]0>x"><b/>t&amp;u</x:a>`)).toEqual([
      `<a {"id":"r1","f":"[>=100]0>x"}`,
      `<b/ {}`,
      `</b`,
      `"t&u"`,
      `</a`,
    ]);
  });

  it("passes CDATA through as text", () => {
    expect(events(`<t><![CDATA[a<b & c]]></t>`)).toEqual([`<t {}`, `"a<b & c"`, `</t`]);
  });

  it("throws XmlError on malformed markup", () => {
    expect(() => scanXml(`<a b="1"<c/></a>`, { open() {}, close() {} })).toThrow(XmlError);
    expect(() => scanXml(`<a><!-- open`, { open() {}, close() {} })).toThrow(XmlError);
  });
});

describe("decoding", () => {
  it("decodes numeric and named entities", () => {
    expect(decodeXml("&#x4e2d;&#25991;&lt;&quot;&apos;")).toBe(`中文<"'`);
  });

  it("decodes Excel's _xHHHH_ escapes, _x005F_ escaping a literal one", () => {
    expect(decodeXString("a_x000D_b")).toBe("a\rb");
    expect(decodeXString("_x005F_x000D_")).toBe("_x000D_");
  });
});
