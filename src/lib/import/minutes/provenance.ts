/**
 * Which named rule read each decision and action: kept beside the records, not in them, so that
 * nothing of it reaches the content written. `import:eval -- --rules` scores each rule on its own,
 * which tells which rules are sure enough to fill a field.
 */
const readBy = new WeakMap<object, string>();

/** The record, marked as read by the rule. */
export function by<T extends object>(rule: string, record: T): T {
  readBy.set(record, rule);
  return record;
}

/** The rule that read a record ("unattributed" when no rule marked it). */
export const ruleOf = (record: object): string => readBy.get(record) ?? 'unattributed';
