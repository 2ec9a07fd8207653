// Collects what an importer produces row by row: actors (through the name table),
// transfers with unique ids, problems with line numbers, unmapped names and skips.
import type { GraphInput } from '../types.ts';
import { yearSpan, type ImportProblem, type ImportResult, type ImportSummary } from './result.ts';
import { lookupActor, type ActorEntry } from './sipri-names.ts';
import { slug } from './slug.ts';

type TransferInput = GraphInput['transfers'][number];
type StateInput = GraphInput['states'][number];

const MAX_ID = 64;

export class ImportBuilder {
  readonly problems: ImportProblem[] = [];
  readonly transfers: TransferInput[] = [];
  readonly unmapped: string[] = [];
  skipped = 0;
  rows = 0;
  private readonly actors = new Map<string, ActorEntry>();
  private readonly unmappedSeen = new Set<string>();
  private readonly idCounts = new Map<string, number>();

  /** The finished import: the graph plus the problems and summary collected so far. */
  result(graph: GraphInput, layout: ImportSummary['layout']): ImportResult {
    const span = yearSpan(graph);
    return {
      graph,
      problems: this.problems,
      summary: {
        rows: this.rows,
        transfers: this.transfers.length,
        states: graph.states.length,
        unmapped: this.unmapped,
        skipped: this.skipped,
        layout,
        ...(span ? { years: span } : {}),
      },
    };
  }

  error(line: number, message: string): void {
    this.problems.push({ line, message, severity: 'error' });
  }

  warn(line: number, message: string): void {
    this.problems.push({ line, message, severity: 'warning' });
  }

  /** Reports the row as skipped, with the reason, at its line. */
  skip(line: number, message: string): void {
    this.skipped++;
    this.error(line, `${message}; row skipped`);
  }

  /** The actor for a name or id, or undefined after reporting it (as `role`) at `line`. */
  actor(name: string | undefined, line: number, role: string): ActorEntry | undefined {
    const text = (name ?? '').trim();
    if (text === '') {
      this.error(line, `${role} is empty; row skipped`);
      return undefined;
    }
    const entry = lookupActor(text);
    if (!entry) {
      if (!this.unmappedSeen.has(text)) {
        this.unmappedSeen.add(text);
        this.unmapped.push(text);
      }
      this.error(line, `unknown ${role} "${text}" (add it to src/data/import/sipri-names.ts); row skipped`);
      return undefined;
    }
    this.actors.set(entry.id, entry);
    return entry;
  }

  /** A unique id `<prefix>-<parts…>-<slug>-<n>`, at most 64 characters, lower-case. */
  transferId(prefix: string, parts: readonly (string | number)[], label: string): string {
    // Long actor slugs could push the id past 64 characters; cut the base first.
    const base = [prefix, ...parts].join('-').toLowerCase().slice(0, 48).replace(/-+$/, '');
    const room = Math.max(1, MAX_ID - base.length - 1 - 6); // "-" + room for "-99999"
    const key = `${base}-${slug(label, room) || 'item'}`;
    const n = (this.idCounts.get(key) ?? 0) + 1;
    this.idCounts.set(key, n);
    return `${key}-${n}`;
  }

  /** The actors the transfers use, as graph states sorted by id (a skipped row's known party is left out). */
  states(): StateInput[] {
    const used = new Set(this.transfers.flatMap((t) => [t.supplier, t.recipient]));
    return [...this.actors.values()]
      .filter((e) => used.has(e.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => ({ id: e.id, name: e.name, kind: e.kind }));
  }
}
