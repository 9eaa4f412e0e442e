import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResume, type ResumeProfile, RolefitError, toJsonResume } from '../src';
import { findGutter, layoutPage, parseResumeFile, readResume, type TextItem } from '../src/node';
import * as make from './fixtures/files/make';

const asOf = '2026-11-01';
const twin = parseResume(make.TWIN_TEXT, { asOf });

/** What a file must read like: the same skills with the same years, the same dated entries, degree and certificates. */
function answers(p: ResumeProfile) {
  return {
    skills: p.skills.filter((s) => s.strength !== 'implied').map((s) => `${s.id} ${s.years ?? '-'}`),
    entries: p.experience.entries.map((e) => `${e.title} ${e.start}..${e.end}`),
    years: [p.experience.totalYears, p.experience.securityYears, p.experience.mlYears],
    education: p.education.map((e) => `${e.level} ${e.field}`),
    certifications: p.certifications.map((c) => c.id),
  };
}

describe('readResume: real files read like their plain-text twin', () => {
  it('the twin itself has the expected answers', () => {
    expect(answers(twin).entries).toEqual([
      'Senior Application Security Engineer 2022-03..2026-11',
      'Application Security Engineer 2019-06..2022-02',
      'Software Developer 2017-08..2019-05',
    ]);
    expect(answers(twin).years).toEqual([9.33, 7.5, 0]);
  });

  it.each([
    ['single-column PDF', make.singleColumnPdf, 'pdf', 1],
    ['two-column PDF', make.twoColumnPdf, 'pdf', 2],
    ['DOCX with a skills table', make.docxWithSkillsTable, 'docx', 1],
  ] as const)('%s', async (_, build, format, columns) => {
    const file = await readResume(await build(), { name: 'resume' });
    expect(file.format).toBe(format);
    expect(file.warnings.some((w) => w.code === 'TWO_COLUMNS')).toBe(columns === 2);
    expect(answers(parseResume(file.text, { asOf }))).toEqual(answers(twin));
  });

  it('keeps the two columns apart (the sidebar is read before the main column, never interleaved)', async () => {
    const { text } = await readResume(await make.twoColumnPdf());
    expect(text).toContain('Senior Application Security Engineer    Mar 2022 – Present\nKeystone Retail Group');
    expect(text.indexOf('CERTIFICATIONS')).toBeLessThan(text.indexOf('SUMMARY'));
    expect(text).not.toMatch(/Languages:.*Application/);
  });

  it('turns DOCX table rows into lines with cells separated by " | "', async () => {
    const { text } = await readResume(await make.docxWithSkillsTable());
    expect(text).toContain('Languages | Python, Java, SQL, Bash');
  });

  it('reads HTML, Markdown and JSON Resume files, by content or extension', async () => {
    const html = await readResume(Buffer.from('<!doctype html><h2>Skills</h2><ul><li>Python</li><li>Kubernetes</li></ul><script>x()</script>'));
    expect(html).toMatchObject({ format: 'html', text: 'Skills\n• Python\n• Kubernetes' });
    const md = await readResume(Buffer.from('## Skills\n* **Python**, [Go](https://go.dev)'), { name: 'cv.md' });
    expect(md).toMatchObject({ format: 'markdown', text: 'Skills\n- Python, Go' });
    const json = await readResume(Buffer.from(JSON.stringify(toJsonResume(twin))), { name: 'cv.json' });
    expect(json.format).toBe('json-resume');
    expect(answers(parseResume(json.json ?? '', { asOf }))).toEqual(answers(twin));
  });

  it('parseResumeFile asks franc-min when the function words cannot tell the language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolefit-'));
    const vi = join(dir, 'cv-vi.txt');
    writeFileSync(
      vi,
      'KINH NGHIỆM LÀM VIỆC\nKỹ sư bảo mật | Công ty ABC | 2019 - nay\n- Phát triển các mô hình học máy để phát hiện xâm nhập bằng Python và PyTorch.\n',
    );
    const sw = join(dir, 'cv-sw.txt');
    writeFileSync(
      sw,
      'UZOEFU WA KAZI\nMhandisi wa usalama | Kampuni ya ABC | 2019 - sasa\n- Kutengeneza mifumo ya kujifunza kwa mashine kwa kutumia Python na PyTorch.\n',
    );
    const tools = join(dir, 'cv-tools.txt');
    writeFileSync(tools, 'Python, PyTorch, Kubernetes, Splunk, AWS, Terraform, Docker\n');
    const read = async (path: string) => {
      const p = await parseResumeFile(path, { asOf });
      return [p.language, p.warnings.some((w) => w.code === 'UNSUPPORTED_LANGUAGE')];
    };
    expect(await Promise.all([vi, sw, tools].map(read))).toEqual([
      ['vi', true],
      ['sw', true],
      ['en', false],
    ]);
    expect((await parseResumeFile(vi, { asOf, languageDetector: () => 'und' })).language).toBe('en');
  });

  it('parseResumeFile reads a path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolefit-'));
    writeFileSync(join(dir, 'cv.pdf'), await make.singleColumnPdf());
    expect(answers(await parseResumeFile(join(dir, 'cv.pdf'), { asOf }))).toEqual(answers(twin));
  });
});

describe('readResume: files that cannot be read get a precise error, never an empty profile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-'));
  writeFileSync(join(dir, 'big.txt'), 'Python '.repeat(400));
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('mimetype application/epub+zip')]);
  const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
  it.each([
    ['an encrypted PDF', () => make.encryptedPdf(), {}, 'E_ENCRYPTED'],
    ['a PDF without a text layer', () => make.imageOnlyPdf(), {}, 'E_NO_TEXT_LAYER'],
    ['an empty file', () => new Uint8Array(0), {}, 'E_EMPTY_FILE'],
    ['a file of blanks', () => Buffer.from('  \n\t\n'), {}, 'E_EMPTY_FILE'],
    ['a file over maxBytes', () => Buffer.alloc(2048, 'a'), { maxBytes: 1024 }, 'E_TOO_LARGE'],
    ['a path over maxBytes (not read)', () => join(dir, 'big.txt'), { maxBytes: 1024 }, 'E_TOO_LARGE'],
    ['a PDF over maxPages', () => make.manyPagesPdf(3), { maxPages: 2 }, 'E_TOO_LARGE'],
    ['unknown binary data', () => binary, {}, 'E_UNSUPPORTED_FORMAT'],
    ['a ZIP that is not a DOCX', () => zip, {}, 'E_UNSUPPORTED_FORMAT'],
    ['JSON that is not a JSON Resume', () => Buffer.from('{"hello": 1}'), {}, 'E_UNSUPPORTED_FORMAT'],
    ['a folder', () => dir, {}, 'E_NOT_A_FILE'],
  ] as const)('%s → %s', async (_, input, options, code) => {
    const error = await readResume(await input(), { name: 'cv', ...options }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RolefitError);
    expect((error as RolefitError).code).toBe(code);
    expect((error as Error).message).toMatch(/`[^`]+`/);
  });

  it('names the file in the message', async () => {
    await expect(readResume(make.encryptedPdf(), { name: 'secret.pdf' })).rejects.toThrow('`secret.pdf` is encrypted');
  });
});

describe('layoutPage', () => {
  const item = (str: string, x: number, y: number): TextItem => ({ str, x, y, width: str.length * 5, size: 10 });
  const left = ['SKILLS', 'Python', 'Go', 'Rust'].map((s, i) => item(s, 40, 700 - i * 14));
  const right = ['EXPERIENCE', 'Engineer 2020 – 2024', 'Built things', 'Shipped things'].map((s, i) => item(s, 250, 700 - i * 14));

  it('reads the left column, then the right, between full-width lines', () => {
    const header = item('JANE DOE — ENGINEER — SOMEWHERE FAR AWAY IN A TOWN', 40, 740);
    const page = layoutPage([...right, ...left, header]);
    expect(page.columns).toBe(2);
    expect(page.text.split('\n').filter(Boolean)).toEqual([
      'JANE DOE — ENGINEER — SOMEWHERE FAR AWAY IN A TOWN',
      'SKILLS',
      'Python',
      'Go',
      'Rust',
      'EXPERIENCE',
      'Engineer 2020 – 2024',
      'Built things',
      'Shipped things',
    ]);
  });

  it('does not take right-aligned dates for a second column', () => {
    const lines = ['Engineer', 'Acme', 'Did work', 'Analyst', 'Beta', 'Did more'].map((s, i) => item(s, 40, 700 - i * 14));
    const dates = [item('Mar 2022 – Present', 420, 700), item('2019 – 2022', 455, 658)];
    expect(findGutter([...lines, ...dates])).toBeUndefined();
    expect(layoutPage([...lines, ...dates]).text).toContain('Engineer    Mar 2022 – Present');
  });
});
