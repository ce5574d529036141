/**
 * A small XML scanner for the parts of an .xlsx the fast reader reads: start tags with their attribute
 * text, text between tags (entities decoded, line ends normalised as an XML parser does), end tags.
 * It checks that tags nest; anything it does not expect of a spreadsheet part — a DOCTYPE, CDATA, an
 * unknown entity, a stray "<" — throws NotPlain, and the caller reads the workbook the slow way.
 */

/** The part is not plain enough for this scanner (or not well-formed): read it with exceljs. */
export class NotPlain extends Error {}

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  text?(raw: string): void;
  close(name: string): void;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
/** An "&" that does not start an entity this scanner decodes. */
const BAD_AMP = /&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text with its entities decoded; NotPlain for an entity XML does not define. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (!s.includes("&")) return s;
  if (BAD_AMP.test(s)) throw new NotPlain("entity");
  return s.replace(
    ENTITY,
    (_, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (named) return NAMED[named];
      const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16);
      if (code === 0 || code > 0x10ffff) throw new NotPlain("character reference");
      return String.fromCodePoint(code);
    },
  );
}

/** An attribute's value (entities decoded, white space normalised), or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  const n = attrs.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (i >= n) return undefined;
    const start = i;
    while (i < n && attrs[i] !== "=" && !isSpace(attrs.charCodeAt(i))) i++;
    const key = attrs.slice(start, i);
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (attrs[i] !== "=" || key === "") throw new NotPlain("attribute");
    i++;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const q = attrs[i];
    if (q !== '"' && q !== "'") throw new NotPlain("attribute");
    const end = attrs.indexOf(q, i + 1);
    if (end < 0) throw new NotPlain("attribute");
    if (key === name) {
      const raw = attrs.slice(i + 1, end);
      if (raw.includes("<")) throw new NotPlain("attribute");
      // Literal tabs and line ends become spaces (XML's attribute-value normalisation); &#10; stays.
      return decodeText(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n?|[\t\n]/g, " ") : raw);
    }
    i = end + 1;
  }
}

/** Scan a whole part. The root element's name is returned (with its prefix, if any). */
export function scanXml(xml: string, h: XmlHandler): string {
  const stack: string[] = [];
  let root = "";
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (stack.length > 0) h.text?.(raw);
      else if (raw.trim() !== "") throw new NotPlain("text outside the root");
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new NotPlain("processing instruction");
      i = end + 2;
      continue;
    }
    if (c === 0x21 /* ! */) {
      if (!xml.startsWith("<!--", lt)) throw new NotPlain("declaration or CDATA");
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) throw new NotPlain("comment");
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf(">", lt + 1);
    if (gt < 0) throw new NotPlain("unclosed tag");
    if (c === 0x2f /* / */) {
      const name = xml.slice(lt + 2, gt).trimEnd();
      if (stack.pop() !== name) throw new NotPlain("tags do not nest");
      h.close(name);
      i = gt + 1;
      continue;
    }
    let body = xml.slice(lt + 1, gt);
    // A ">" inside a quoted attribute value: extend to the real end of the tag.
    let end = gt;
    while (unbalancedQuotes(body)) {
      end = xml.indexOf(">", end + 1);
      if (end < 0) throw new NotPlain("unclosed tag");
      body = xml.slice(lt + 1, end);
    }
    if (body.includes("<")) throw new NotPlain("stray <");
    const selfClosing = body.endsWith("/");
    if (selfClosing) body = body.slice(0, -1);
    let k = 0;
    while (k < body.length && !isSpace(body.charCodeAt(k))) k++;
    const name = body.slice(0, k);
    if (name === "") throw new NotPlain("empty tag name");
    if (stack.length === 0) {
      if (root !== "") throw new NotPlain("second root");
      root = name;
    }
    if (!selfClosing) stack.push(name);
    h.open(name, body.slice(k), selfClosing);
    if (selfClosing) h.close(name);
    i = end + 1;
  }
  if (stack.length > 0 || root === "") throw new NotPlain("unclosed element");
  return root;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function unbalancedQuotes(body: string): boolean {
  if (!body.includes('"') && !body.includes("'")) return false;
  let q = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (q) {
      if (ch === q) q = "";
    } else if (ch === '"' || ch === "'") q = ch;
  }
  return q !== "";
}
