import path from 'node:path';

/** Every site the test suite builds, once, in tests/global-setup.ts. */
export const testSites = {
  demo: { content: 'content', out: 'dist-test/demo' },
  essex: { content: 'examples/essex', out: 'dist-test/essex' },
  /** Synthetic: the unit-test folder, with a Plan and two reports on it. */
  fixture: { content: 'tests/fixtures/minimal', out: 'dist-test/fixture' },
  /** Synthetic: an exempt item, an exempt paper and a draft meeting, each with a canary word. */
  leak: { content: 'tests/fixtures/leak', out: 'dist-test/leak' },
  /** Synthetic, made by the global setup from the schemas: a canary in every field of every withheld thing (tests/support/withheld-content.ts). */
  withheld: { content: 'dist-test/content/withheld', out: 'dist-test/withheld' },
  /** Synthetic, made by the global setup from the schemas: script in every free-text field of every entry (tests/support/hostile-content.ts). */
  hostile: { content: 'dist-test/content/hostile', out: 'dist-test/hostile' },
} as const;
export type TestSite = keyof typeof testSites;

export const siteDir = (site: TestSite) => path.resolve(testSites[site].out);

/** Fixed so that "overdue" and "upcoming" do not change under the tests from day to day. */
export const testToday = '2026-11-22';

/** Words that exist only in confidential or draft parts of the leak fixture. */
export const canaries = [
  'PELICANCANARY',
  'OSPREYCANARY',
  'FLAMINGOCANARY',
  'KESTRELCANARY',
  'GANNETCANARY',
  // The draft meeting's heading, note, printed header and next meeting; an exempt item's pages and papers (listed, or pointing at it).
  'TERNCANARY',
  'PUFFINCANARY',
  'PLOVERCANARY',
  'SWIFTCANARY',
  'CURLEWCANARY',
  'WRENCANARY',
  'ROBINCANARY',
  'LINNETCANARY',
];
