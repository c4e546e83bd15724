/**
 * A small XML writer: every piece of text and every attribute value goes through the escapes below, so
 * titles such as `Children & Young People Now` or `"No Wrong Door"` cannot break the document. Element and
 * attribute names are checked, not escaped (they are the format's own names, never data).
 */

/** Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Text content: `&`, `<` and `>` (the last so that `]]>` cannot appear); CR kept as a reference. */
export function escapeText(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value: as text, plus `"` and the whitespace a parser would otherwise normalise. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export type XmlAttributes = Record<string, string | number | null | undefined>;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`Not an XML name: ${name}`);
  return name;
}

function attributes(attrs: XmlAttributes): string {
  return Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => ` ${checkName(k)}="${escapeAttribute(String(v))}"`)
    .join('');
}

/** Writes an indented document; text only in leaf elements (the schedule formats have no mixed content). */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private readonly open: string[] = [];

  private indent(): string {
    return '  '.repeat(this.open.length);
  }

  /** `<name …>`; close it with end(). */
  start(name: string, attrs: XmlAttributes = {}): this {
    this.parts.push(`${this.indent()}<${checkName(name)}${attributes(attrs)}>\n`);
    this.open.push(name);
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('No element is open');
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** `<name …>text</name>`, or `<name …/>` when text is empty. */
  element(name: string, text: string | number = '', attrs: XmlAttributes = {}): this {
    const t = escapeText(String(text));
    this.parts.push(
      t
        ? `${this.indent()}<${checkName(name)}${attributes(attrs)}>${t}</${name}>\n`
        : `${this.indent()}<${checkName(name)}${attributes(attrs)}/>\n`,
    );
    return this;
  }

  toString(): string {
    if (this.open.length) throw new Error(`Unclosed elements: ${this.open.join(' > ')}`);
    return this.parts.join('');
  }
}
