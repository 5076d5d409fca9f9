// The exercise illustrations, bundled into the app by Vite (never loaded from the network).
import type { Exercise } from './bindings/Exercise';
import { illustrationFile } from './program';

const files = import.meta.glob('../../../assets/exercises/illustrations/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const byName = new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

/** The bundled URL of an exercise's illustration, or `null` if the app has no such file. */
export function illustrationUrl(exercise: Pick<Exercise, 'illustration'>): string | null {
  return byName.get(illustrationFile(exercise)) ?? null;
}
