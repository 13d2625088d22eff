import type { ZodTypeAny } from 'astro/zod';

/**
 * Makes a value for a zod schema by walking it, so tests place text in every field the schema
 * has, today's and any added later, at every depth. Free text gets a word of the caller's (a
 * canary); fields with a format (ids, dates, times, enums of references) come from `override`,
 * and a formatted field with none stops the walk naming it, so a new one cannot be skipped
 * silently.
 */
export type FieldPath = (string | number)[];

export const OMIT = Symbol('omit');

export interface FillOptions {
  /** The text for a free-text field at this path. */
  text: (path: FieldPath) => string;
  /** A value for this path (used as is), OMIT to leave an optional field out, or undefined to walk on. */
  override?: (path: FieldPath) => unknown;
  /** Whether an optional field is given (default: every one). */
  include?: (path: FieldPath) => boolean;
  /** How many elements an array gets (default 2). */
  length?: (path: FieldPath) => number;
}

/** "agenda[0].decisions[1].text" */
export const showPath = (path: FieldPath) => path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

export function fill(schema: ZodTypeAny, options: FillOptions, path: FieldPath = []): unknown {
  const given = options.override?.(path);
  if (given !== undefined) return given;
  const def = schema._def as { typeName: string } & Record<string, any>;
  switch (def.typeName) {
    case 'ZodOptional':
    case 'ZodNullable':
      return fill(def.innerType, options, path);
    case 'ZodDefault':
      return fill(def.innerType, options, path);
    case 'ZodEffects':
      return fill(def.schema, options, path);
    case 'ZodObject': {
      const shape = def.shape() as Record<string, ZodTypeAny>;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        const at = [...path, key];
        const value = options.override?.(at);
        if (value === OMIT) continue;
        if (value === undefined && field.isOptional() && options.include && !options.include(at)) continue;
        out[key] = value !== undefined ? value : fill(field, options, at);
      }
      return out;
    }
    case 'ZodArray': {
      const n = options.length?.(path) ?? 2;
      return Array.from({ length: n }, (_, i) => fill(def.type, options, [...path, i]));
    }
    case 'ZodString': {
      const checks = (def.checks as { kind: string }[]).map((c) => c.kind);
      // The caller's word, made into the local part of an address, or a path.
      if (checks.includes('email'))
        return `${options
          .text(path)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')}@example.invalid`;
      if (checks.includes('url')) return `https://example.invalid/${encodeURIComponent(options.text(path))}`;
      if (checks.includes('regex'))
        throw new Error(`${showPath(path)}: a field with a format (${schema.description ?? 'regex'}) needs an override in the test`);
      return options.text(path);
    }
    case 'ZodEnum':
      return def.values[0];
    case 'ZodLiteral':
      return def.value;
    case 'ZodBoolean':
      return true;
    case 'ZodNumber':
      return 1;
    case 'ZodRecord':
      return { [options.text(path).toLowerCase()]: fill(def.valueType, options, [...path, '*']) };
    default:
      throw new Error(`${showPath(path)}: the test's schema walker does not know ${def.typeName}: teach it in tests/support/schema-fill.ts`);
  }
}
