import { afterEach, beforeEach, vi } from 'vitest';

// The core must never print: any console call inside a test fails it.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
type Method = (typeof methods)[number];

interface Recorder {
  /** Inside a test (between its beforeEach and afterEach): calls are recorded, not printed. */
  active: boolean;
  calls: string[];
}

// The console's methods are replaced once per worker by recorders (a spy per method per test made up a few per cent of
// the suite's time): outside a test they print as before, inside one they record. This file runs again for each test
// file of a worker (`isolate: false`), so the recorder lives on `globalThis` and is installed once. A test's own
// `vi.spyOn(console, …)` wraps a recorder, and restoring it puts the recorder back.
const KEY = Symbol.for('rolefit.test.consoleRecorder');
const store = globalThis as { [KEY]?: Recorder };
const recorder: Recorder = (store[KEY] ??= install());

function install(): Recorder {
  const state: Recorder = { active: false, calls: [] };
  for (const m of methods) {
    const original = console[m].bind(console) as (...args: unknown[]) => void;
    const record = (...args: unknown[]) => {
      if (state.active) state.calls.push(`console.${m}: ${args.map(String).join(' ')}`);
      else original(...args);
    };
    (console as unknown as Record<Method, typeof record>)[m] = record;
  }
  return state;
}

beforeEach(() => {
  recorder.calls = [];
  recorder.active = true;
});

afterEach(() => {
  recorder.active = false;
  vi.restoreAllMocks();
  const { calls } = recorder;
  recorder.calls = [];
  if (calls.length > 0) throw new Error(`Unexpected console output:\n${calls.join('\n')}`);
});
