// Baseline for the benchmark: plain d3 as commonly written. On every filter change
// it re-runs a d3-force simulation (300 ticks, synchronously) on the transfers in
// the window and redraws with d3 joins, one line per supplier → recipient → item
// (no aggregation): the "300 ticks run synchronously per change" row of
// /work/shared/research/peer-benchmark.md, measured the same way as ours.
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { select, type Selection } from 'd3-selection';
import { endDay, startDay } from '../src/data/partial-date.ts';
import { afterPaint, inFrame, clearStage, fetchText, sweep, VIEWPORT } from './shared.ts';

interface RawGraph {
  states: { id: string; name: string }[];
  transfers: { id: string; supplier: string; recipient: string; events: { date: string }[] }[];
}
interface Item {
  id: string;
  supplier: string;
  recipient: string;
  from: number;
  to: number;
}
interface SimNode extends SimulationNodeDatum {
  id: string;
  name: string;
}
interface SimLink {
  id: string;
  source: string | SimNode;
  target: string | SimNode;
}

let text = '';
let items: Item[] = [];
let names = new Map<string, string>();
let span = { from: 0, to: 0 };
let svg: Selection<SVGSVGElement, unknown, null, undefined> | undefined;

async function load(url: string): Promise<number> {
  text = await fetchText(url);
  return text.length;
}

/** Simulate and draw the items overlapping [from, to]. */
function draw(from: number, to: number): number {
  const inView = items.filter((t) => t.from <= to && t.to >= from);
  const ids = new Set<string>();
  for (const t of inView) ids.add(t.supplier).add(t.recipient);
  const nodes: SimNode[] = [...ids].map((id) => ({ id, name: names.get(id) ?? id }));
  const links: SimLink[] = inView.map((t) => ({ id: t.id, source: t.supplier, target: t.recipient }));
  forceSimulation(nodes)
    .force('link', forceLink<SimNode, SimLink>(links).id((d) => d.id).distance(60))
    .force('charge', forceManyBody().strength(-120))
    .force('center', forceCenter(VIEWPORT.width / 2, VIEWPORT.height / 2))
    .stop()
    .tick(300);
  const s = svg!;
  s.select('g.links')
    .selectAll<SVGLineElement, SimLink>('line')
    .data(links, (d) => d.id)
    .join('line')
    .attr('x1', (d) => (d.source as SimNode).x!)
    .attr('y1', (d) => (d.source as SimNode).y!)
    .attr('x2', (d) => (d.target as SimNode).x!)
    .attr('y2', (d) => (d.target as SimNode).y!);
  const node = s
    .select('g.nodes')
    .selectAll<SVGGElement, SimNode>('g')
    .data(nodes, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g');
      g.append('circle').attr('r', 5).attr('fill', '#3b6fb6');
      g.append('text').attr('dx', 7).attr('dy', 4).attr('font-size', 11);
      return g;
    })
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  node.select('text').text((d) => d.name);
  return inView.length;
}

async function firstRender() {
  clearStage();
  await afterPaint();
  const t0 = performance.now();
  const raw = JSON.parse(text) as RawGraph;
  names = new Map(raw.states.map((s) => [s.id, s.name]));
  items = raw.transfers.map((t) => ({
    id: t.id,
    supplier: t.supplier,
    recipient: t.recipient,
    from: Math.min(...t.events.map((e) => startDay(e.date))),
    to: Math.max(...t.events.map((e) => endDay(e.date))),
  }));
  span = { from: Math.min(...items.map((i) => i.from)), to: Math.max(...items.map((i) => i.to)) };
  const stage = document.getElementById('stage')!;
  svg = select(stage)
    .append('svg')
    .attr('width', VIEWPORT.width)
    .attr('height', VIEWPORT.height)
    .style('font-family', 'system-ui, sans-serif');
  svg.append('g').attr('class', 'links').attr('stroke', '#999').attr('stroke-opacity', 0.5);
  svg.append('g').attr('class', 'nodes');
  const links = draw(span.from, span.to);
  const t1 = await afterPaint();
  return { total: t1 - t0, links, elements: stage.querySelectorAll('*').length };
}

/** Window changes timed as in bench/ours.ts: `aligned` starts each at the beginning of a frame (inFrame). */
async function rangeSweep(aligned = false) {
  const out: { total: number; js: number; links: number; frame?: number; interval?: number }[] = [];
  for (const range of sweep(span)) {
    if (aligned) {
      let links = 0;
      const t = await inFrame(() => {
        links = draw(range.from, range.to);
      });
      out.push({ total: t.frame, js: t.work, links, frame: t.frame, interval: t.interval });
      continue;
    }
    const t0 = performance.now();
    const links = draw(range.from, range.to);
    const t1 = performance.now();
    const t2 = await afterPaint();
    out.push({ total: t2 - t0, js: t1 - t0, links });
  }
  return out;
}

Object.assign(window, { __bench: { load, firstRender, rangeSweep } });
document.title += ' (ready)';
