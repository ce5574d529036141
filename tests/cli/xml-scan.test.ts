import fc from "fast-check";
import { attr, decodeText, NotPlain, scanXml } from "../../src/cli/xml-scan";

/** decodeText as XML defines it, by regular expressions: what the sliced decoding must equal. */
function decodeByRegExp(raw: string): string {
  const s = raw.replace(/\r\n?/g, "\n");
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/.test(s)) throw new NotPlain("entity");
  return s.replace(
    /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g,
    (_, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (named) return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[named] as string;
      const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16);
      if (code === 0 || code > 0x10ffff) throw new NotPlain("character reference");
      return String.fromCodePoint(code);
    },
  );
}

const outcome = (f: () => string): string => {
  try {
    return `ok:${f()}`;
  } catch (e) {
    if (e instanceof NotPlain) return "NotPlain";
    throw e;
  }
};

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

  it("decodes text exactly as the regular expressions of XML's entities do", () => {
    const piece = fc.constantFrom(
      ..."&;#xX\r\n a甲0179AFfg".split(""),
      ...["&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&LT;", "&#10;", "&#x4E07;", "&#0;", "&#x110000;"],
      ...["&#1234567;", "&#12345678;", "&#x10FFFF;", "&#x0010FFFF;", "&#;", "&#x;", "&nbsp;", "&lt"],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const raw = pieces.join("");
        expect(outcome(() => decodeText(raw))).toBe(outcome(() => decodeByRegExp(raw)));
      }),
      { numRuns: 3000 },
    );
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
