import { readFileSync } from 'node:fs';
import { redactText } from '../src/privacy/redact';
const t = readFileSync('test/fixtures/resumes/fair-template.txt', 'utf8').replace('{{NAME}}', 'Emily Walsh').replace('{{ADDRESS}}', '12 Elm St, Boston, MA 02118').replace('{{EMAIL}}', 'ew@example.com').replace('{{HONORIFIC}}', 'Ms.').replace('{{LAST}}', 'Walsh');
console.log(redactText(t).slice(0, 400));
for (const f of ['dev-01', 'dev-05', 'dev-09']) console.log('----', redactText(readFileSync(`/work/shared/eval/dev/${f}.txt`, 'utf8')).slice(0, 300));
console.log(redactText('Name: Jane Doe\nContact: +44 20 7946 0958 | linkedin.com/in/jane-doe | https://jane.dev/blog\nAddress: 221B Baker Street, London NW1 6XE\nCall (555) 010-0199 or mail jane.doe+cv@mail.example.co.uk. Worked 2019-2021 and 2019 - 2021.'));
