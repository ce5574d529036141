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

/** The longest entity this scanner decodes, "&" and ";" included: "&#x10FFFF;", "&#1114111;". */
const LONGEST_ENTITY = 10;

/**
 * Text with its entities decoded; NotPlain for an entity XML does not define. Sliced around each "&"
 * rather than by a regular expression's replace: the texts of a submission's indicator cells are often
 * HTML written as text (&lt;p&gt;…), and the replace's call per entity was half of the reading.
 */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp + 1 > LONGEST_ENTITY) throw new NotPlain("entity");
    out += s.slice(from, amp) + entity(s.slice(amp + 1, semi));
    from = semi + 1;
    amp = s.indexOf("&", from);
  }
  return out + s.slice(from);
}

/** What the entity "&name;" stands for; NotPlain for any other name. */
function entity(name: string): string {
  switch (name) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  let code: number;
  if (/^#\d{1,7}$/.test(name)) code = parseInt(name.slice(1), 10);
  else if (/^#x[0-9a-fA-F]{1,6}$/.test(name)) code = parseInt(name.slice(2), 16);
  else throw new NotPlain("entity");
  if (code === 0 || code > 0x10ffff) throw new NotPlain("character reference");
  return String.fromCodePoint(code);
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
    const isName = i - start === name.length && attrs.startsWith(name, start);
    const keyEmpty = i === start;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (attrs[i] !== "=" || keyEmpty) throw new NotPlain("attribute");
    i++;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const q = attrs[i];
    if (q !== '"' && q !== "'") throw new NotPlain("attribute");
    const end = attrs.indexOf(q, i + 1);
    if (end < 0) throw new NotPlain("attribute");
    if (isName) return attrValue(attrs.slice(i + 1, end));
    i = end + 1;
  }
}

/** A quoted attribute value as it is meant: entities decoded, white space normalised. */
function attrValue(raw: string): string {
  // Most values (a cell's address, style, type) hold none of the characters that need a closer look.
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    plain = c !== 0x3c && c !== 0x26 && c !== 0x09 && c !== 0x0a && c !== 0x0d; // < & \t \n \r
  }
  if (plain) return raw;
  if (raw.includes("<")) throw new NotPlain("attribute");
  // Literal tabs and line ends become spaces (XML's attribute-value normalisation); &#10; stays.
  return decodeText(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n?|[\t\n]/g, " ") : raw);
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
    if (c === 0x2f /* / */) {
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) throw new NotPlain("unclosed tag");
      const name = xml.slice(lt + 2, gt).trimEnd();
      if (stack.pop() !== name) throw new NotPlain("tags do not nest");
      h.close(name);
      i = gt + 1;
      continue;
    }
    const end = startTagEnd(xml, lt);
    const selfClosing = xml.charCodeAt(end - 1) === 0x2f; /* / */
    const bodyEnd = selfClosing ? end - 1 : end;
    let k = lt + 1;
    while (k < bodyEnd && !isSpace(xml.charCodeAt(k))) k++;
    const name = xml.slice(lt + 1, k);
    if (name === "") throw new NotPlain("empty tag name");
    if (stack.length === 0) {
      if (root !== "") throw new NotPlain("second root");
      root = name;
    }
    if (!selfClosing) stack.push(name);
    h.open(name, xml.slice(k, bodyEnd), selfClosing);
    if (selfClosing) h.close(name);
    i = end + 1;
  }
  if (stack.length > 0 || root === "") throw new NotPlain("unclosed element");
  return root;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Where the start tag at `lt` ends: the first ">" outside a quoted attribute value. NotPlain for a "<"
 * anywhere in the tag (quoted or not) and for a tag that does not end.
 */
function startTagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x3c /* < */) throw new NotPlain("stray <");
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x3e /* > */) return i;
    else if (c === 0x22 /* " */ || c === 0x27 /* ' */) quote = c;
  }
  throw new NotPlain("unclosed tag");
}
