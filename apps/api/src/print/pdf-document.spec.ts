import { readFileSync } from 'node:fs';
import { woffToSfnt } from './pdf-document';

// fontkit ships with pdfkit: it reads the unpacked font as the same font the WOFF file holds
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit') as {
  create(b: Buffer): {
    postscriptName: string;
    numGlyphs: number;
    glyphForCodePoint(c: number): { advanceWidth: number };
  };
};

describe('woffToSfnt', () => {
  const file = require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff');

  it('unpacks the embedded font into a TrueType file with the same glyphs and widths', () => {
    const woff = readFileSync(file);
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const [a, b] = [fontkit.create(woff), fontkit.create(sfnt)];
    expect(b.postscriptName).toBe(a.postscriptName);
    expect(b.numGlyphs).toBe(a.numGlyphs);
    for (const ch of 'Aé–’W')
      expect(b.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth).toBe(
        a.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth,
      );
  });

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not at all'))).toThrow('not a WOFF font');
  });
});
