import type { PlanStep } from '../schemas';

/**
 * What a plan step is worth, as every renderer writes it: its points ("+3.8 points"), or, for a prerequisite worth
 * nothing by itself, the steps it opens ("prerequisite of Adversarial machine learning"). Not escaped.
 */
export function stepWorth(step: PlanStep, steps: readonly PlanStep[], digits = 1): string {
  if (step.scoreGain > 0 || step.unlocks.length === 0) return `+${step.scoreGain.toFixed(digits)} points`;
  const names = step.unlocks.map((id) => steps.find((s) => s.skillId === id)?.name ?? id);
  return `prerequisite of ${names.join(', ')}`;
}
