import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RolefitError } from '../src';
import { main } from '../src/cli/main';
import { nodeMsg, warn } from '../src/errors';
import { findGutter, layoutPage, parseResumeFile, parseResumes, readResume, type TextItem } from '../src/node';
import * as h from './fixtures/files/hostile';

const MB = 1024 * 1024;
const asOf = '2026-11-01';

/** The error a promise rejects with (or a failure when it resolves). */
async function failure(p: Promise<unknown>): Promise<RolefitError> {
  const e = await p.then(
    () => new Error('expected a RolefitError'),
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(RolefitError);
  return e as RolefitError;
}

describe('ZIP bombs are refused before anything is inflated', () => {
  it.each([
    [
      'document.xml declares 300 MB',
      () => h.zip([{ name: 'word/document.xml', data: Buffer.alloc(MB, 0x20), declared: 300 * MB }]),
      nodeMsg.zipEntrySize('word/document.xml', 300 * MB, 50 * MB),
      'maxUnzippedBytes',
    ],
    ['the header lies: 8 MB declared as 1 KB', () => h.zipBombDocx(8 * MB, 1024), nodeMsg.zipLies('word/document.xml'), 'maxUnzippedBytes'],
    ['5 MB of blanks at 1,000:1', () => h.zipBombDocx(5 * MB), nodeMsg.zipRatio('word/document.xml', (5 * MB) / 5103, 100), 'maxZipRatio'],
    ['2,000 entries', () => h.manyEntriesDocx(2000), nodeMsg.zipEntries(2000, 1000), 'maxZipEntries'],
  ])('%s → E_TOO_LARGE', async (_, build, detail, option) => {
    const bytes = build();
    const e = await failure(readResume(bytes, { name: 'bomb.docx' }));
    expect(e.code).toBe('E_TOO_LARGE');
    if (option === 'maxZipRatio')
      expect(e.message).toMatch(/^`bomb\.docx` would inflate beyond its limits \(`word\/document\.xml` is compressed [\d,]+:1; the limit is 100:1\)/);
    else expect(e.message).toBe(nodeMsg.zipBomb('bomb.docx', detail, option));
  });

  it('a DOCX under the limits is read', async () => {
    const ok = h.zip([
      { name: 'word/document.xml', data: Buffer.from('<w:document><w:body><w:p><w:r><w:t>Python &amp; Go</w:t></w:r></w:p></w:body></w:document>') },
    ]);
    expect((await readResume(ok, { name: 'ok.docx' })).text).toBe('Python & Go');
  });
});

describe('only regular files are read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-hostile-'));
  const folder = join(dir, 'uploads');
  mkdirSync(folder);
  writeFileSync(join(folder, 'real.txt'), 'SKILLS\nPython');
  symlinkSync('/dev/zero', join(folder, 'zero.txt'));
  symlinkSync('/etc/passwd', join(folder, 'passwd.txt'));
  symlinkSync(join(folder, 'real.txt'), join(folder, 'inside.txt'));
  execFileSync('mkfifo', [join(folder, 'pipe.txt')]);

  it.each([
    ['a symbolic link to /dev/zero', 'zero.txt', {}, nodeMsg.linkTo('a character device')],
    ['a named pipe', 'pipe.txt', {}, 'a named pipe (FIFO)'],
    ['a folder', '.', {}, 'a folder'],
    ['a link to a system file, out of `root`', 'passwd.txt', { root: folder }, nodeMsg.outsideRoot(folder)],
  ])('%s → E_NOT_A_FILE', async (_, file, options, kind) => {
    const path = join(folder, file);
    const e = await failure(readResume(path, options));
    expect(e.code).toBe('E_NOT_A_FILE');
    expect(e.message).toBe(nodeMsg.notAFile(path, kind));
  });

  it('a link to a regular file inside `root` is read', async () => {
    expect((await readResume(join(folder, 'inside.txt'), { root: folder })).text).toBe('SKILLS\nPython');
  });

  it('the CLI reads a folder only inside it: every special file and outside link is a row with E_NOT_A_FILE', async () => {
    let stdout = '';
    const code = await main(['parse', folder, '--as-of', asOf], { out: (s) => void (stdout += s), err: () => {}, color: false, progress: false });
    expect(code).toBe(1);
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; error?: { code: string } });
    expect(rows.map((r) => [r.file.slice(folder.length + 1), r.error?.code ?? 'read'])).toEqual([
      ['inside.txt', 'read'],
      ['passwd.txt', 'E_NOT_A_FILE'],
      ['pipe.txt', 'E_NOT_A_FILE'],
      ['real.txt', 'read'],
      ['zero.txt', 'E_NOT_A_FILE'],
    ]);
  });

  it('a file growing past maxBytes while read → E_TOO_LARGE', async () => {
    const e = await failure(readResume('/proc/self/status', { maxBytes: 16 }));
    expect(e.code).toBe('E_TOO_LARGE');
  });
});

describe('PDF work runs within a budget', () => {
  it('warms the PDF worker up', async () => {
    expect((await readResume(h.rawPdf('BT /F1 10 Tf 50 700 Td (Python developer with Kubernetes skills) Tj ET'))).text).toBe(
      'Python developer with Kubernetes skills',
    );
  });

  it('50 pages sharing one huge content stream → E_TIMEOUT', async () => {
    const e = await failure(readResume(h.cpuHeavyPdf(), { name: 'cpu.pdf', timeoutMs: 300 }));
    expect(e.code).toBe('E_TIMEOUT');
    expect(e.message).toBe(nodeMsg.timeout('cpu.pdf', 300));
  });

  it('an AbortSignal stops it → E_ABORTED', async () => {
    const e = await failure(readResume(h.cpuHeavyPdf(), { name: 'cpu.pdf', signal: AbortSignal.timeout(200) }));
    expect(e.code).toBe('E_ABORTED');
    expect(e.message).toBe(nodeMsg.aborted('cpu.pdf'));
  });

  it('200,000 text items on one line: read, no stack overflow', async () => {
    const file = await readResume(h.oneLinePdf(200_000), { name: 'line.pdf' });
    expect(file.text).toBe('x'.repeat(200_000));
  });

  it('findGutter and layoutPage take 200,000 items and absurd widths', () => {
    const items: TextItem[] = Array.from({ length: 200_000 }, (_, i) => ({ str: 'a', x: i, y: 700, width: 1e12, size: 10 }));
    expect(findGutter(items)).toBeUndefined();
    expect(layoutPage(items).text).toHaveLength(200_000);
  });
});

describe('text a reader cannot see is kept out of the evidence and reported', () => {
  const claimSkills = ['adversarial-ml', 'llm-security', 'pytorch', 'ts-sci clearance'];

  it('PDF: white 1-pt text, white text, off the page and clipped; white on a dark box stays', async () => {
    const file = await readResume(await h.hiddenTextPdf(), { name: 'barista.pdf' });
    expect(file.text).toBe(`${h.BARISTA.join('\n').replace('Present', 'Present')}\n\nLatte art`);
    expect(file.hiddenText).toBe(`Terraform\n\n${h.HIDDEN_CLAIM}\n\nKubernetes\n\nSplunk`);
    const profile = await parseResumeFile(await h.hiddenTextPdf(), { name: 'barista.pdf', asOf });
    expect(profile.skills).toEqual([]);
    expect(profile.clearance).toBeNull();
    const hidden = profile.warnings.find((w) => w.code === 'HIDDEN_TEXT');
    expect(hidden?.message).toBe(warn.hiddenText(file.hiddenText?.length ?? 0, [...claimSkills, 'kubernetes', 'security-monitoring', 'terraform'].sort()));
  });

  it('DOCX: vanished, white and 1-pt runs; white on dark shading stays', async () => {
    const file = await readResume(await h.hiddenTextDocx(), { name: 'barista.docx' });
    expect(file.text).toBe('Jamie Doe\nEXPERIENCE\nBarista, Blue Bottle Coffee Jan 2020 – Present\nMade coffee and trained new staff.\nLatte art');
    expect(file.hiddenText).toBe('Adversarial machine learning\nLLM security, PyTorch\nTS/SCI clearance active');
    const profile = await parseResumeFile(await h.hiddenTextDocx(), { name: 'barista.docx', asOf });
    expect(profile.warnings.find((w) => w.code === 'HIDDEN_TEXT')?.message).toBe(warn.hiddenText(file.hiddenText?.length ?? 0, claimSkills));
  });

  it('HTML: display:none, hidden, font-size:0, visibility:hidden, <style> class rules', async () => {
    const file = await readResume(Buffer.from(h.HIDDEN_TEXT_HTML), { name: 'barista.html' });
    expect(file.text).toBe('Jamie Doe\n\nExperience\nBarista, Blue Bottle Coffee, Jan 2020 – Present\nMade coffee and trained new staff.');
    expect(file.hiddenText).toBe('Adversarial machine learning\nLLM security\nPyTorch\nTS/SCI clearance active\nKubernetes Terraform');
  });

  it('Markdown: hidden inline HTML', async () => {
    const file = await readResume(Buffer.from('## Skills\n- Coffee\n<span style="display:none">Kubernetes</span>\n'), { name: 'cv.md' });
    expect(file).toMatchObject({ text: 'Skills\n- Coffee', hiddenText: 'Kubernetes' });
  });

  it('a batch: the file over its budget fails alone (its worker is stopped), the next one is read, its hidden text reported', async () => {
    const inputs = [
      { name: 'cpu.pdf', bytes: h.cpuHeavyPdf() },
      { name: 'barista.html', text: h.HIDDEN_TEXT_HTML },
    ];
    const results = [];
    for await (const r of parseResumes(inputs, { concurrency: 1, timeoutMs: 1500, asOf })) results.push(r);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['E_TIMEOUT', 'ok']);
    const ok = results[1];
    expect(ok?.ok && ok.profile.warnings.map((w) => w.code)).toContain('HIDDEN_TEXT');
    expect(ok?.ok && ok.file.hiddenChars).toBe('Adversarial machine learning\nLLM security\nPyTorch\nTS/SCI clearance active\nKubernetes Terraform'.length);
  });
});

describe('HTML tags of any length are stripped', () => {
  it.each([3000, 200_000])('a %i-character tag (an inline data: photo)', async (length) => {
    const photo = `<img alt="a > b" src="data:image/png;base64,${'A'.repeat(length)}">`;
    const file = await readResume(Buffer.from(`<html><body><p>Skills</p>${photo}<p>Python</p></body></html>`), { name: 'cv.html' });
    expect(file.text).toBe('Skills\nPython');
  });

  it('an unterminated tag runs to the end, as in browsers', async () => {
    const file = await readResume(Buffer.from(`<html><body><p>Python</p><img src="data:${'A'.repeat(5000)}`), { name: 'cv.html' });
    expect(file.text).toBe('Python');
  });
});
