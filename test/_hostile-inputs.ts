// Hostile inputs of the reading stages, shared by the tests (what each stage returns on them) and by
// scripts/bench-limits.ts (how long each takes: timings are measured there, never asserted in a test).

type Inputs = ReadonlyArray<readonly [name: string, text: string]>;

export const HOSTILE_INPUTS: { dateLines: Inputs; normalize: Inputs; sections: Inputs; entries: Inputs } = {
  /** One line each, for findDateRanges and findSingleDates. */
  dateLines: [
    ['100 KB of "Jan 2020 – "', 'Jan 2020 – '.repeat(9_500)],
    ['50,000 hyphens', '-'.repeat(50_000)],
    ['200 KB of digits and slashes', '12/2020/'.repeat(25_000)],
    ['200 KB of digits', '1'.repeat(200_000)],
    ['month names without years', 'May June July '.repeat(8_000)],
    ['spaces between dates', `2019${' '.repeat(100_000)}2020`],
  ],
  /** Raw text, for normalizeText. */
  normalize: [
    ['100 KB of hyphenated lines', 'abc-\ndef-\n'.repeat(10_000)],
    ['50,000 hyphens', '-'.repeat(50_000)],
    ['a 200 KB line of spaces', `a${' '.repeat(200_000)}b`],
    ['10,000 page markers', 'Page 1 of 2\n'.repeat(10_000)],
    ['100 KB of letters then a hyphen', `${'a'.repeat(100_000)} b-\nc`],
  ],
  /** Normalised text, for findSections. */
  sections: [
    ['50,000 hyphens', '-'.repeat(50_000)],
    ['100 KB of short heading-like lines', 'Skills & Tools / Talks\n'.repeat(4_500)],
    ['a 200 KB line of colons', ':'.repeat(200_000)],
    ['100 KB of letter-spaced words', 'E X P E R I E N C E  '.repeat(5_000)],
    ['200 KB of decoration', '=-'.repeat(100_000)],
  ],
  /** Raw text of an experience section, for normalizeText → findSections → extractEntries. */
  entries: [
    ['100 KB of "Jan 2020 – "', `EXPERIENCE\n${'Jan 2020 – '.repeat(9_500)}`],
    ['50,000 hyphens', `EXPERIENCE\n${'-'.repeat(50_000)}`],
    ['200 KB of digits and slashes', `EXPERIENCE\n${'12/2020/'.repeat(25_000)}`],
    ['5,000 short entries', `EXPERIENCE\n${'Engineer — Acme, Seattle, WA  Jan 2020 – Present\nAcme\n- x (2019–2020)\n'.repeat(5_000)}`],
    ['10,000 date-only lines', `EXPERIENCE\n${'2019 – 2020\n'.repeat(10_000)}`],
  ],
};

/** A realistic page of résumé (the input-size limits are measured on it), and that page repeated to `n` characters. */
export const PAGE = `EXPERIENCE
Security Engineer — Acme Corp                         Jan 2021 – Present
- Threat-modeled the ML platform (STRIDE); built detections in Python and Terraform on Kubernetes.
- Ran red-team exercises against LLM features: prompt injection, data exfiltration, jailbreaks.

SKILLS
Python, Go, Kubernetes, Terraform, PyTorch, threat modeling, 5+ years of Python
`;
export const ofLength = (n: number) => PAGE.repeat(Math.ceil(n / PAGE.length)).slice(0, n);
