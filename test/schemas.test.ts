import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARSE_OPTIONS,
  DEFAULT_PLAN_OPTIONS,
  DEFAULT_REPORT_OPTIONS,
  MatchOptionsSchema,
  ParseOptionsSchema,
  PlanOptionsSchema,
  ReportOptionsSchema,
} from '../src';

describe('option schemas', () => {
  it('accept the defaults and typical options', () => {
    expect(ParseOptionsSchema.parse({ ...DEFAULT_PARSE_OPTIONS, asOf: '2026-11-01' })).toEqual({ maxLength: 200_000, asOf: '2026-11-01' });
    expect(PlanOptionsSchema.parse({ ...DEFAULT_PLAN_OPTIONS })).toEqual({ hoursPerWeek: 5 });
    expect(ReportOptionsSchema.parse({ ...DEFAULT_REPORT_OPTIONS, roles: ['ml-engineer'] })).toEqual({ format: 'markdown', top: 3, roles: ['ml-engineer'] });
    expect(MatchOptionsSchema.parse({ scoring: { listed: 0.8 } })).toEqual({ scoring: { listed: 0.8 } });
  });

  it.each([
    [ParseOptionsSchema, { asOf: 'yesterday' }, 'asOf'],
    [PlanOptionsSchema, { hoursPerWeek: 0 }, 'hoursPerWeek'],
    [ReportOptionsSchema, { format: 'pdf' }, 'format'],
    [MatchOptionsSchema, { roles: ['Not An Id'] }, 'roles'],
    [ParseOptionsSchema, { maxLenght: 10 }, ''],
  ] as const)('rejects bad options (%#)', (schema, input, path) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0] ?? '').toBe(path);
  });
});
