// One exercise's detail: its own picture, its steps, and the word of care that comes with where
// it is done (the pool's "someone else around"), shown to the person and not only the README.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import type { Exercise } from '$lib/bindings/Exercise';
import ExerciseDetail from './ExerciseDetail.svelte';

function exercise(overrides: Partial<Exercise>): Exercise {
  return {
    id: 'side-leg-lift.water',
    family: 'side-leg-lift',
    level: 'water',
    name: 'Side leg lift in the pool',
    steps: ['Stand in waist-deep water.', 'Lift one leg out to the side.', 'Lower it slowly.'],
    muscles: ['gluteus_medius'],
    dose: { sets: 2, effort: { kind: 'reps', count: 12, secondsPerRep: 3 }, perSide: true, restSeconds: 30 },
    feel: 'Work at the side of your hip.',
    stopIf: ['Feeling dizzy or unsteady in the water'],
    illustration: 'illustrations/side-leg-lift.water.svg',
    position: 'pool',
    bed: null,
    avoidIf: [],
    care: 'Exercise in the pool when someone else is around, such as a lifeguard or a friend.',
    estimatedSeconds: 200,
    ...overrides,
  };
}

describe('an exercise detail', () => {
  it('shows the care note of a pool version above its steps', () => {
    render(ExerciseDetail, { exercise: exercise({}) });
    expect(screen.getByTestId('exercise-care').textContent).toContain('someone else is around');
  });

  it('shows no care note where the catalog gives none', () => {
    render(ExerciseDetail, { exercise: exercise({ id: 'side-leg-lift.standard', level: 'standard', position: 'floor', care: null }) });
    expect(screen.queryByTestId('exercise-care')).toBeNull();
  });

  it('shows the drawing of this very exercise, not its family', () => {
    render(ExerciseDetail, { exercise: exercise({}) });
    const picture = screen.getByRole('img', { name: 'Drawing of Side leg lift in the pool' }) as HTMLImageElement;
    expect(picture.src).toContain('side-leg-lift.water');
  });
});
