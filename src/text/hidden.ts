/** Text read from a file: what a reader sees, and what a reader cannot see (kept out of the evidence). */
export interface Extracted {
  text: string;
  hidden: string;
}

/** Marks a line that starts a paragraph (a blank line before it), as a heading does. */
export const PARAGRAPH = '\u0002';

/**
 * The shared line clean-up of every reader: tabs become a two-space column gap, runs of spaces one space,
 * blank lines and lone bullets go, and a `PARAGRAPH` mark becomes one blank line.
 */
export function cleanLines(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/\t[ \t\u00a0]{0,200}/g, '  ')
        .replace(/[ \u00a0]+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '' && line !== '•')
    .join('\n')
    .replace(/\n?\u0002\n?/g, '\n\n')
    .replace(/\u0002/g, '')
    .trim();
}

/** Channels closer than this (of 255) count as the same colour: near-white text on white cannot be read. */
const SAME_COLOUR = 24;

function channels(hex: string): [number, number, number] | undefined {
  const h = hex.startsWith('#') ? hex.slice(1) : hex;
  if (!/^[\da-f]{6}$/i.test(h)) return undefined;
  return [Number.parseInt(h.slice(0, 2), 16), Number.parseInt(h.slice(2, 4), 16), Number.parseInt(h.slice(4, 6), 16)];
}

/** True when text of colour `fg` cannot be seen on `bg` (both `RRGGBB` or `#RRGGBB`; unknown colours are visible). */
export function isHiddenColour(fg: string, bg: string): boolean {
  const a = channels(fg);
  const b = channels(bg);
  if (!a || !b) return false;
  return Math.abs(a[0] - b[0]) <= SAME_COLOUR && Math.abs(a[1] - b[1]) <= SAME_COLOUR && Math.abs(a[2] - b[2]) <= SAME_COLOUR;
}
