import { nodeMsg, RolefitError } from '../errors';
import { cleanLines, type Extracted, isHiddenColour, PARAGRAPH } from '../text/hidden';
import { attr, scanXml, type XmlTag } from './_xml';
import { unzipEntries, type ZipLimits } from './_zip';

/** The run properties that decide whether a reader can see a run. */
interface RunProps {
  vanish?: boolean;
  /** Text colour, `RRGGBB` (`auto` is left out: Word picks black or white against the background). */
  color?: string;
  /** Font size in half-points (`w:sz`). */
  size?: number;
  /** Character width scale in percent (`w:w`). */
  scale?: number;
  /** Shading or highlight behind the run, `RRGGBB`. */
  fill?: string | undefined;
}

interface Style {
  basedOn?: string | undefined;
  run: RunProps;
  heading: boolean;
  numbered: boolean;
}

interface Styles {
  defaults: RunProps;
  byId: Map<string, Style>;
}

/** Text smaller than this (half-points: 3 pt) cannot be read on paper or on screen. */
const MIN_HALF_POINTS = 6;
/** Highlight names Word writes (`w:highlight`), as colours. */
const HIGHLIGHTS: Record<string, string> = { white: 'FFFFFF', black: '000000', yellow: 'FFFF00', lightGray: 'C0C0C0', darkGray: '808080' };

/**
 * Reads a DOCX from its `word/document.xml` (and `styles.xml`): paragraphs become lines, headings start a
 * paragraph, list items become bullets, table rows become one line with cells separated by " | ". Runs a
 * reader cannot see (vanished, white or the colour of their background, under 3 pt or squeezed) go to `hidden`.
 */
export async function readDocx(bytes: Uint8Array, name: string, limits: ZipLimits): Promise<Extracted> {
  const parts = await unzipEntries(bytes, name, ['word/document.xml', 'word/styles.xml'], limits);
  const document = parts.get('word/document.xml');
  if (!document)
    throw new RolefitError('E_UNSUPPORTED_FORMAT', nodeMsg.unsupportedFormat(name, 'a ZIP archive that is not a Word document (no `word/document.xml`)'));
  const styles = readStyles(parts.get('word/styles.xml')?.toString('utf8') ?? '');
  return readDocument(document.toString('utf8'), styles);
}

/** Character and paragraph styles: their run properties, and whether they make headings or list items. */
function readStyles(xml: string): Styles {
  const styles: Styles = { defaults: {}, byId: new Map() };
  let current: Style | undefined;
  let inDefaults = false;
  scanXml(
    xml,
    (tag) => {
      if (tag.name === 'w:rPrDefault') inDefaults = !tag.close;
      else if (tag.name === 'w:style') {
        if (tag.close) current = undefined;
        else {
          current = { run: {}, heading: false, numbered: false };
          styles.byId.set(attr(tag.attrs, 'w:styleId') ?? '', current);
        }
      } else if (current && !tag.close) {
        if (tag.name === 'w:basedOn') current.basedOn = attr(tag.attrs, 'w:val');
        else if (tag.name === 'w:name') current.heading ||= /^(?:heading \d|title)$/i.test(attr(tag.attrs, 'w:val') ?? '');
        else if (tag.name === 'w:outlineLvl') current.heading = true;
        else if (tag.name === 'w:numId') current.numbered = attr(tag.attrs, 'w:val') !== '0';
        else runProp(current.run, tag);
      } else if (inDefaults && !tag.close) runProp(styles.defaults, tag);
    },
    () => {},
  );
  return styles;
}

/** Applies one run-property element (`w:vanish`, `w:color`, `w:sz`, `w:w`, `w:shd`, `w:highlight`). */
function runProp(props: RunProps, tag: XmlTag): void {
  const val = attr(tag.attrs, 'w:val');
  const on = val === undefined || (val !== '0' && val !== 'false' && val !== 'off');
  if (tag.name === 'w:vanish') props.vanish = on;
  else if (tag.name === 'w:color' && val && val !== 'auto') props.color = val.toUpperCase();
  else if (tag.name === 'w:sz' && val) props.size = Number(val);
  else if (tag.name === 'w:w' && val) props.scale = Number.parseFloat(val);
  else if (tag.name === 'w:shd') {
    const fill = attr(tag.attrs, 'w:fill');
    if (fill && fill !== 'auto') props.fill = fill.toUpperCase();
  } else if (tag.name === 'w:highlight' && val && HIGHLIGHTS[val]) props.fill = HIGHLIGHTS[val];
}

/** A style's run properties with those of the styles it is based on (a cycle or a chain over 20 stops). */
function styleRun(styles: Styles, id: string | undefined): RunProps {
  const chain: RunProps[] = [];
  for (let i = 0, s = id; s !== undefined && i < 20; i++) {
    const style = styles.byId.get(s);
    if (!style) break;
    chain.unshift(style.run);
    s = style.basedOn;
  }
  return Object.assign({}, ...chain);
}

interface Paragraph {
  style?: string | undefined;
  numbered: boolean;
  heading: boolean;
  fill?: string | undefined;
  visible: string;
  hidden: string;
}

interface Run {
  style?: string | undefined;
  props: RunProps;
  text: string;
}

/** Walks `document.xml`: paragraphs, runs and tables, splitting visible from hidden text. */
function readDocument(xml: string, styles: Styles): Extracted {
  const lines: string[] = [];
  const hidden: string[] = [];
  const paragraphs: Paragraph[] = [];
  const runs: Run[] = [];
  let page = 'FFFFFF';
  let row: string[] | undefined;
  let cell: string[] | undefined;
  let cellFill: string | undefined;
  let tableDepth = 0;
  let skip = 0;
  let inParagraphProps = 0;
  let inRunProps = 0;
  let inText = false;

  const onTag = (tag: XmlTag) => {
    const { name } = tag;
    if (name === 'mc:Fallback' || name === 'w:del' || name === 'w:instrText') {
      if (!tag.selfClose) skip += tag.close ? -1 : 1;
      return;
    }
    if (skip > 0) return;
    const p = paragraphs.at(-1);
    const r = runs.at(-1);
    if (name === 'w:t') inText = !tag.close && !tag.selfClose;
    else if (name === 'w:background' && !tag.close) page = (attr(tag.attrs, 'w:color') ?? page).toUpperCase();
    else if (name === 'w:p') {
      if (!tag.close) paragraphs.push({ numbered: false, heading: false, visible: '', hidden: '' });
      if (tag.close || tag.selfClose) endParagraph(paragraphs.pop());
    } else if (name === 'w:pPr') inParagraphProps += tag.selfClose ? 0 : tag.close ? -1 : 1;
    else if (name === 'w:rPr' && inParagraphProps > 0) inRunProps += tag.selfClose ? 0 : tag.close ? -1 : 1;
    else if (name === 'w:r') {
      if (!tag.close) runs.push({ props: {}, text: '' });
      if (tag.close || tag.selfClose) endRun(runs.pop());
    } else if (inParagraphProps > 0 && inRunProps === 0 && p && !tag.close) {
      if (name === 'w:pStyle') p.style = attr(tag.attrs, 'w:val');
      else if (name === 'w:numId') p.numbered = attr(tag.attrs, 'w:val') !== '0';
      else if (name === 'w:outlineLvl') p.heading = true;
      else if (name === 'w:shd') p.fill = attr(tag.attrs, 'w:fill')?.toUpperCase();
    } else if (r && !tag.close && inParagraphProps === 0) {
      if (name === 'w:tab') r.text += '\t';
      else if (name === 'w:br' || name === 'w:cr') r.text += '\n';
      else if (name === 'w:noBreakHyphen') r.text += '-';
      else if (name === 'w:rStyle') r.style = attr(tag.attrs, 'w:val');
      else runProp(r.props, tag);
    } else if (name === 'w:tbl') tableDepth += tag.close ? -1 : 1;
    else if (tableDepth === 1 && name === 'w:tr') {
      if (!tag.close) row = [];
      else if (row) {
        const cells = row.filter(Boolean);
        if (cells.length > 0) lines.push(cells.join(' | '));
        row = undefined;
      }
    } else if (tableDepth === 1 && name === 'w:tc') {
      if (!tag.close) cell = [];
      else if (cell && row) {
        row.push(cleanLines(cell.join(' ')).replace(/\n/g, ' ').replace(/\|/g, '/'));
        cell = undefined;
        cellFill = undefined;
      }
    } else if (name === 'w:shd' && cell && !tag.close) cellFill = attr(tag.attrs, 'w:fill')?.toUpperCase();
  };

  const onText = (text: string) => {
    if (inText && skip === 0) {
      const r = runs.at(-1);
      if (r) r.text += text;
    }
  };

  function endRun(run: Run | undefined): void {
    const p = paragraphs.at(-1);
    if (!run || !p || run.text === '') return;
    const props: RunProps = { ...styles.defaults, ...styleRun(styles, p.style), ...styleRun(styles, run.style), ...run.props };
    const background = props.fill ?? p.fill ?? (cellFill && cellFill !== 'AUTO' ? cellFill : undefined) ?? page;
    const tiny = props.size !== undefined && (props.size * (props.scale ?? 100)) / 100 < MIN_HALF_POINTS;
    const invisible = props.vanish === true || tiny || (props.color !== undefined && isHiddenColour(props.color, background));
    if (invisible) p.hidden += run.text;
    else p.visible += run.text;
  }

  function endParagraph(p: Paragraph | undefined): void {
    if (!p) return;
    if (p.hidden.trim() !== '') hidden.push(p.hidden);
    if (p.visible.trim() === '') return;
    const style = p.style ? styles.byId.get(p.style) : undefined;
    const heading = p.heading || style?.heading === true;
    const numbered = p.numbered || style?.numbered === true;
    const text = `${numbered ? '• ' : ''}${p.visible}`;
    if (cell) cell.push(text);
    else lines.push(heading ? `${PARAGRAPH}${text}` : text);
  }

  scanXml(xml, onTag, onText);
  return { text: cleanLines(lines.join('\n')), hidden: cleanLines(hidden.join('\n')) };
}
