/**
 * A coordinator (the U.S. one, all pillars) working the queue through the real server actions, as the
 * triage page calls them: on each fresh "received" recommendation, in turn, move it to review, add an
 * internal note, record the U.S. position. Each acknowledged action is remembered with a mark of its own,
 * and verify() looks every one of them up in the database at the end.
 */
import Database from 'better-sqlite3';
import { serverActionId } from '../../bench/lib/server';
import { actionHeaders } from '../../bench/lib/submission-input';
import type { OpResult } from './load';

type Step = 'start_review' | 'note' | 'position';
const STEPS: Step[] = ['start_review', 'note', 'position'];
const EXPORTS: Record<Step, [string, RegExp]> = {
  start_review: ['startReviewAction', /"started":1\b/],
  note: ['addNoteAction', /"added":true/],
  position: ['recordPositionAction', /"recorded":true/],
};

export type TriageDone = { step: Step; ref: string; mark: string };

export class CoordinatorWork {
  readonly done: TriageDone[] = [];
  private readonly targets: string[];
  private readonly actions: Record<Step, { id: string; page: string }>;
  private readonly db: Database.Database;
  private turn = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
    file: string,
    count: number,
  ) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
    this.targets = this.db
      .prepare("SELECT ref FROM recommendations WHERE status = 'received' ORDER BY id LIMIT ?")
      .pluck()
      .all(count) as string[];
    this.actions = Object.fromEntries(
      STEPS.map((step) => {
        const { id, workers } = serverActionId('lib/triage/actions.ts', EXPORTS[step][0]);
        return [step, { id, page: workers[0] ?? 'app/[locale]/coordinate/[ref]/page' }];
      }),
    ) as Record<Step, { id: string; page: string }>;
  }

  get capacity(): number {
    return this.targets.length * STEPS.length;
  }

  private version(ref: string): number {
    return this.db.prepare('SELECT version FROM recommendations WHERE ref = ?').pluck().get(ref) as number;
  }

  /** The next action of the sequence; actions on one recommendation never overlap (one step each, in order, a turn apart). */
  readonly next = async (): Promise<OpResult> => {
    const n = this.turn++;
    const ref = this.targets[Math.floor(n / STEPS.length) % this.targets.length]!;
    const step = STEPS[n % STEPS.length]!;
    if (n >= this.capacity) return { ok: true }; // every target worked: nothing left to do
    const mark = `soak ${step} ${n} ${Date.now()}`;
    const input: Record<string, unknown> = { ref, version: this.version(ref) };
    if (step === 'start_review') Object.assign(input, { refs: [ref] });
    if (step === 'note') Object.assign(input, { body: mark });
    if (step === 'position') Object.assign(input, { position: 'reviewing', noteEn: mark });
    // Posted to a page that holds the action, as the browser does (the queue for review, the item's page for the rest).
    const page = this.actions[step].page
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace('[locale]', 'en')
      .replace('[ref]', ref);
    const response = await fetch(`${this.baseUrl}${page}`, {
      method: 'POST',
      headers: actionHeaders(this.actions[step].id, new URL(this.baseUrl).origin, this.cookie),
      body: JSON.stringify([input]),
      redirect: 'manual',
    });
    const text = await response.text();
    if (response.status !== 200 || !EXPORTS[step][1].test(text))
      return { ok: false, detail: `${step} on ${ref}: HTTP ${response.status}: ${text.slice(0, 200)}` };
    this.done.push({ step, ref, mark });
    return { ok: true };
  };

  /** The acknowledged actions whose change the database does not hold (after close(), on the stopped server's file). */
  verify(file: string): TriageDone[] {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return this.missing(db);
    } finally {
      db.close();
    }
  }

  private missing(db: Database.Database): TriageDone[] {
    const statusOf = db.prepare('SELECT status FROM recommendations WHERE ref = ?').pluck();
    const note = db
      .prepare('SELECT count(*) FROM internal_notes n JOIN recommendations r ON r.id = n.recommendation_id WHERE r.ref = ? AND n.body = ?')
      .pluck();
    const position = db
      .prepare(
        "SELECT count(*) FROM government_positions p JOIN recommendations r ON r.id = p.recommendation_id WHERE r.ref = ? AND p.government = 'us' AND p.note_en = ?",
      )
      .pluck();
    return this.done.filter(({ step, ref, mark }) => {
      if (step === 'start_review') return statusOf.get(ref) !== 'under_review';
      if (step === 'note') return note.get(ref, mark) !== 1;
      return position.get(ref, mark) !== 1;
    });
  }

  /** Before the server stops: an open connection would keep SQLite from removing the WAL at its close. */
  close(): void {
    this.db.close();
  }
}
