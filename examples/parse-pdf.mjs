// Read a PDF résumé (rolefit/node) and print what rolefit found in it.
import { parseResume } from 'rolefit';
import { readResume } from 'rolefit/node';

const path = process.argv[2] ?? new URL('./sample-resume.pdf', import.meta.url).pathname;
const file = await readResume(path); // PDF, DOCX, HTML, Markdown, text or JSON Resume
const profile = parseResume(file.json ?? file.text, { asOf: '2026-11-01' });

console.log(`${file.format}, ${file.pages ?? 1} page(s), ${file.text.length} characters`);
console.log(`experience: ${profile.experience.totalYears} y total, ${profile.experience.securityYears} y security`);
for (const s of profile.skills.slice(0, 5)) console.log(`  ${s.id.padEnd(28)} ${s.strength.padEnd(7)} ${s.years ?? '?'} y`);
