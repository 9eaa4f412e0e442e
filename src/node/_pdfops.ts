import { isHiddenColour } from '../text/hidden';
import type { TextItem } from './_layout';

/** A 2-D affine matrix `[a, b, c, d, e, f]` (PDF convention: a point is a row vector, `p' = p × M`). */
type Matrix = [number, number, number, number, number, number];
/** A box in page space: `[x0, y0, x1, y1]`. */
type Box = [number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** Text under this size (in points, either way) cannot be read. */
const MIN_SIZE = 3;
/** Fill opacity under which text cannot be seen. */
const MIN_ALPHA = 0.05;
/** A TJ shift past this share of the font size reads as a space, past `GAP_SPLIT` as a new item (as pdf.js does). */
const GAP_SPACE = 0.102;
const GAP_SPLIT = 1.3;
/** Shapes and images remembered per page as what may lie behind text (the oldest go first). */
const MAX_BACKGROUNDS = 256;

interface Graphics {
  ctm: Matrix;
  /** `#rrggbb`, or undefined when unknown (a pattern): unknown colours count as visible. */
  fill: string | undefined;
  stroke: string | undefined;
  alpha: number;
  clip: Box | undefined;
  mode: number;
  font: string;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

/** What lies behind text: a filled shape of a known colour, or an image or shading (colour unknown). */
interface Background {
  box: Box;
  colour: string | undefined;
}

/** The page's text items, visible and hidden. */
export interface PageItems {
  visible: TextItem[];
  hidden: TextItem[];
}

const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
/** `[1, 0, 0, 1, tx, ty] × m`, without building the translation. */
const translate = (m: Matrix, tx: number, ty: number): Matrix => [m[0], m[1], m[2], m[3], tx * m[0] + ty * m[2] + m[4], tx * m[1] + ty * m[3] + m[5]];
const apply = (m: Matrix, x: number, y: number): [number, number] => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
const inBox = (b: Box, x: number, y: number, margin = 1) => x >= b[0] - margin && x <= b[2] + margin && y >= b[1] - margin && y <= b[3] + margin;

function matrixOf(args: readonly unknown[]): Matrix {
  const src = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as ArrayLike<number>;
  const m = Array.from({ length: 6 }, (_, i) => Number(src[i] ?? IDENTITY[i]));
  return m.every(Number.isFinite) ? (m as Matrix) : [...IDENTITY];
}

/** The device box of a user-space box under `ctm`. */
function boxUnder(ctm: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const pts = [apply(ctm, x0, y0), apply(ctm, x1, y0), apply(ctm, x0, y1), apply(ctm, x1, y1)];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function intersect(a: Box | undefined, b: Box): Box {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

function colourOf(args: readonly unknown[]): string | undefined {
  const v = args[0];
  if (typeof v === 'string' && /^#[\da-f]{6}$/i.test(v)) return v.toLowerCase();
  if (args.length >= 3 && args.slice(0, 3).every((n) => typeof n === 'number')) {
    return `#${(args.slice(0, 3) as number[])
      .map((n) =>
        Math.round(n <= 1 ? n * 255 : n)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  }
  return undefined;
}

/**
 * Walks a page's operator list (pdf.js) and rebuilds its text items with what a reader would see of them:
 * the fill colour and opacity, the shapes and images painted behind, the clip, the page box and the size.
 * Text in render modes 3 and 7 (invisible by design, as in OCR layers over a scan) counts as visible.
 */
export function readOperators(
  list: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  view: ArrayLike<number>,
  OPS: Record<string, number>,
  fontScale: (font: string) => number,
): PageItems {
  const op = (name: string) => OPS[name] ?? -1;
  const page: Box = [Number(view[0] ?? 0), Number(view[1] ?? 0), Number(view[2] ?? 612), Number(view[3] ?? 792)];
  const out: PageItems = { visible: [], hidden: [] };
  const stack: Graphics[] = [];
  const backgrounds: Background[] = [];
  let g: Graphics = {
    ctm: [...IDENTITY],
    fill: '#000000',
    stroke: '#000000',
    alpha: 1,
    clip: undefined,
    mode: 0,
    font: '',
    fontSize: 1,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
  };
  let tm: Matrix = [...IDENTITY];
  let tlm: Matrix = [...IDENTITY];
  let pendingClip = false;
  const fontScales = new Map<string, number>();
  const fills = new Set(['fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'].map(op));
  const images = new Set(
    [
      'paintImageXObject',
      'paintInlineImageXObject',
      'paintImageMaskXObject',
      'paintJpegXObject',
      'paintImageXObjectRepeat',
      'paintSolidColorImageMask',
      'paintInlineImageXObjectGroup',
      'paintImageMaskXObjectGroup',
    ].map(op),
  );

  const addBackground = (box: Box, colour: string | undefined) => {
    if ((box[2] - box[0]) * (box[3] - box[1]) < 4) return;
    if (backgrounds.length >= MAX_BACKGROUNDS) backgrounds.splice(1, 1);
    backgrounds.push({ box, colour });
  };
  const moveText = (tx: number, ty: number) => {
    tlm = translate(tlm, tx, ty);
    tm = tlm;
  };

  const showText = (glyphs: readonly unknown[]) => {
    const m = mul(tm, g.ctm);
    const size = Math.abs(g.fontSize);
    let unit = fontScales.get(g.font);
    if (unit === undefined) {
      unit = fontScale(g.font);
      fontScales.set(g.font, unit);
    }
    const scale = unit * g.fontSize;
    let adv = 0;
    let start = 0;
    let str = '';
    const flush = () => {
      if (str.trim() !== '') emit(str, start, adv, m);
      str = '';
    };
    for (const glyph of glyphs) {
      if (typeof glyph === 'number') {
        const shift = (-glyph / 1000) * g.fontSize * g.hScale;
        if (shift > GAP_SPLIT * size * g.hScale || shift < -0.5 * size * g.hScale) {
          flush();
          adv += shift;
          start = adv;
          continue;
        }
        if (shift > GAP_SPACE * size * g.hScale && str !== '' && !str.endsWith(' ')) str += ' ';
        adv += shift;
        continue;
      }
      const gl = glyph as Glyph | null;
      if (!gl) continue;
      if (str === '') start = adv;
      str += gl.unicode ?? '';
      adv += ((gl.width ?? 0) * scale + g.charSpacing + (gl.isSpace ? g.wordSpacing : 0)) * g.hScale;
    }
    flush();
    tm = translate(tm, adv, 0);
  };

  const emit = (raw: string, from: number, to: number, m: Matrix) => {
    const str = raw.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize('NFKC'));
    const [x, y] = apply(m, from, g.rise);
    const [x1, y1] = apply(m, to, g.rise);
    const sizeV = Math.abs(g.fontSize) * Math.hypot(m[2], m[3]);
    const sizeH = Math.abs(g.fontSize * g.hScale) * Math.hypot(m[0], m[1]);
    const item: TextItem = { str, x, y, width: Math.hypot(x1 - x, y1 - y), size: sizeV };
    const midX = (x + x1) / 2;
    const midY = (y + y1) / 2 + sizeV / 3;
    const unseen =
      !(Math.min(sizeV, sizeH) >= MIN_SIZE) || !inBox(page, midX, midY) || (g.clip !== undefined && !inBox(g.clip, midX, midY)) || invisibleInk(midX, midY);
    (unseen ? out.hidden : out.visible).push(item);
  };

  /** Text drawn in the colour of what lies behind it (the page is white), or fully transparent. */
  const invisibleInk = (x: number, y: number): boolean => {
    if (g.mode === 3 || g.mode === 7) return false;
    if (g.alpha < MIN_ALPHA && g.mode !== 1 && g.mode !== 5) return true;
    const ink = g.mode === 1 || g.mode === 5 ? g.stroke : g.fill;
    if (ink === undefined) return false;
    for (let i = backgrounds.length - 1; i >= 0; i--) {
      const b = backgrounds[i] as Background;
      if (inBox(b.box, x, y, 0)) return b.colour !== undefined && isHiddenColour(ink, b.colour);
    }
    return isHiddenColour(ink, '#ffffff');
  };

  const O = opCodes(OPS);
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i] as number;
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case O.showText:
      case O.showSpacedText:
      case O.nextLineShowText:
      case O.nextLineSetSpacingShowText: {
        if (fn === O.nextLineSetSpacingShowText) {
          g.wordSpacing = Number(args[0]) || 0;
          g.charSpacing = Number(args[1]) || 0;
        }
        if (fn === O.nextLineShowText || fn === O.nextLineSetSpacingShowText) moveText(0, -g.leading);
        const glyphs = args.at(-1);
        if (Array.isArray(glyphs)) showText(glyphs);
        break;
      }
      case O.save:
        stack.push({ ...g });
        break;
      case O.restore:
        g = stack.pop() ?? g;
        break;
      case O.transform:
        g.ctm = mul(matrixOf(args), g.ctm);
        break;
      case O.paintFormXObjectBegin: {
        stack.push({ ...g });
        g.ctm = mul(matrixOf(args), g.ctm);
        const bbox = args[1] as ArrayLike<number> | null;
        if (bbox && bbox.length >= 4) g.clip = intersect(g.clip, boxUnder(g.ctm, Number(bbox[0]), Number(bbox[1]), Number(bbox[2]), Number(bbox[3])));
        break;
      }
      case O.paintFormXObjectEnd:
        g = stack.pop() ?? g;
        break;
      case O.beginText:
        tm = [...IDENTITY];
        tlm = [...IDENTITY];
        break;
      case O.setTextMatrix:
        tlm = matrixOf(args);
        tm = [...tlm];
        break;
      case O.moveText:
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case O.setLeadingMoveText:
        g.leading = -(Number(args[1]) || 0);
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case O.nextLine:
        moveText(0, -g.leading);
        break;
      case O.setLeading:
        g.leading = Number(args[0]) || 0;
        break;
      case O.setFont:
        g.font = String(args[0] ?? '');
        g.fontSize = Number(args[1]) || 0;
        break;
      case O.setCharSpacing:
        g.charSpacing = Number(args[0]) || 0;
        break;
      case O.setWordSpacing:
        g.wordSpacing = Number(args[0]) || 0;
        break;
      case O.setHScale:
        g.hScale = (Number(args[0]) || 0) / 100;
        break;
      case O.setTextRise:
        g.rise = Number(args[0]) || 0;
        break;
      case O.setTextRenderingMode:
        g.mode = Number(args[0]) || 0;
        break;
      case O.setFillRGBColor:
        g.fill = colourOf(args);
        break;
      case O.setStrokeRGBColor:
        g.stroke = colourOf(args);
        break;
      case O.setFillColorN:
      case O.setFillColor:
      case O.setFillColorSpace:
        g.fill = undefined;
        break;
      case O.setGState:
        readGState(args, g);
        break;
      case O.clip:
      case O.eoClip:
        pendingClip = true;
        break;
      case O.constructPath: {
        const bounds = args[2] as ArrayLike<number> | null;
        const box =
          bounds && bounds.length >= 4 && Number.isFinite(Number(bounds[0]))
            ? boxUnder(g.ctm, Number(bounds[0]), Number(bounds[1]), Number(bounds[2]), Number(bounds[3]))
            : undefined;
        if (box && pendingClip) g.clip = intersect(g.clip, box);
        if (box && fills.has(Number(args[0])) && g.alpha >= 0.5) addBackground(box, g.fill);
        pendingClip = false;
        break;
      }
      case O.shadingFill:
        addBackground(g.clip ?? page, undefined);
        break;
      default:
        if (images.has(fn)) addBackground(boxUnder(g.ctm, 0, 0, 1, 1), undefined);
    }
  }
  return out;
}

/** The operator codes this walker reads (-1 for one this pdf.js lacks: it never matches). */
function opCodes(OPS: Record<string, number>) {
  const names = [
    'showText',
    'showSpacedText',
    'nextLineShowText',
    'nextLineSetSpacingShowText',
    'save',
    'restore',
    'transform',
    'paintFormXObjectBegin',
    'paintFormXObjectEnd',
    'beginText',
    'setTextMatrix',
    'moveText',
    'setLeadingMoveText',
    'nextLine',
    'setLeading',
    'setFont',
    'setCharSpacing',
    'setWordSpacing',
    'setHScale',
    'setTextRise',
    'setTextRenderingMode',
    'setFillRGBColor',
    'setStrokeRGBColor',
    'setFillColorN',
    'setFillColor',
    'setFillColorSpace',
    'setGState',
    'clip',
    'eoClip',
    'constructPath',
    'shadingFill',
  ] as const;
  return Object.fromEntries(names.map((n) => [n, OPS[n] ?? -1])) as Record<(typeof names)[number], number>;
}

/** `gs` entries that matter for visibility: the fill opacity and the font. */
function readGState(args: readonly unknown[], g: Graphics): void {
  const entries = args[0];
  if (!Array.isArray(entries)) return;
  for (const entry of entries) {
    if (!Array.isArray(entry)) continue;
    const [key, value] = entry as [unknown, unknown];
    if (key === 'ca' && typeof value === 'number') g.alpha = value;
    else if (key === 'Font' && Array.isArray(value)) {
      g.font = String(value[0] ?? g.font);
      g.fontSize = Number(value[1]) || g.fontSize;
    }
  }
}
