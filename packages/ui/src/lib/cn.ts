import { clsx, type ClassValue } from 'clsx';

/** Joins class names (strings, arrays, `{ name: condition }` maps); pass the caller's `className` last so it wins. */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
