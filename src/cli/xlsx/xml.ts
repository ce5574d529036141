/**
 * A small, fast XML scanner for the machine-written parts of an .xlsx (sheets, shared strings, styles,
 * workbook, relationships). It reports open/close tags and raw text to a handler; names lose their
 * namespace prefix ("x:c" → "c"). Malformed markup throws XmlError, which the reader turns into a
 * "damaged file" message.
 */
export class XmlError extends Error {}

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags (entities not decoded: call decodeXml when the text is wanted). */
  text?(raw: string): void;
}

const TAG = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

export function scanXml(xml: string, h: XmlHandler): void {
  const wantText = h.text !== undefined;
  let pos = 0;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) {
      if (wantText) h.text!(xml.slice(pos));
      return;
    }
    if (lt > pos && wantText) h.text!(xml.slice(pos, lt));
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) pos = endOf(xml, "-->", lt);
      else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt);
        if (end < 0) throw new XmlError("unterminated CDATA");
        if (wantText) h.text!(escapeText(xml.slice(lt + 9, end)));
        pos = end + 3;
      } else pos = endOf(xml, ">", lt);
      continue;
    }
    if (next === 63 /* ? */) {
      pos = endOf(xml, "?>", lt);
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(xml);
    if (!m) throw new XmlError(`bad tag at ${lt}`);
    const name = localName(m[2]);
    if (m[1]) h.close(name);
    else {
      const selfClosing = m[4] === "/";
      h.open(name, m[3], selfClosing);
      if (selfClosing) h.close(name);
    }
    pos = TAG.lastIndex;
  }
}

function endOf(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw new XmlError(`unterminated ${marker}`);
  return end + marker.length;
}

/** CDATA content is literal; re-escape it so every text reaches the handler in the same (raw) form. */
function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by local name, values decoded. */
export function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!s) return out;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(s))) out[localName(m[1])] = decodeXml(m[2] ?? m[3] ?? "");
  return out;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e.charCodeAt(0) !== 35) return NAMED[e];
    const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Excel escapes control characters in strings as _xHHHH_ (ST_Xstring). */
export function decodeXString(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(XSTRING_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
