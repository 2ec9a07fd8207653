// Page-side probes, injected with page.addInitScript({ path }). Plain JavaScript on
// purpose: tsx would wrap named functions in TypeScript test files with a helper
// that does not exist in the page. Queries walk every open shadow root.
(() => {
  const roots = (start) => {
    const out = [];
    const queue = [start];
    while (queue.length) {
      const r = queue.shift();
      if (!r) continue;
      out.push(r);
      for (const el of r.querySelectorAll('*')) if (el.shadowRoot) queue.push(el.shadowRoot);
    }
    return out;
  };
  const all = (selector) => roots(document).flatMap((r) => [...r.querySelectorAll(selector)]);
  const shown = (el) => el.getAttribute('data-hidden') !== 'true' && el.getAttribute('display') !== 'none';
  const rect = (el) => {
    const b = el.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  };
  window.__atn = {
    all,
    widget: () => document.querySelector('arms-transfer-network'),
    stage: () => all('atn-network-view')[0],
    svg: () => all('atn-network-view')[0]?.svgElement ?? null,
    edges: () => all('svg.network g[data-edge]').filter(shown),
    edgeInfo: () =>
      Object.fromEntries(
        all('svg.network g[data-edge]')
          .filter(shown)
          .map((g) => [g.getAttribute('data-edge'), { status: g.getAttribute('data-status'), style: g.getAttribute('data-style') }]),
      ),
    nodes: () =>
      all('svg.network g[data-state]')
        .filter(shown)
        .map((g) => {
          const c = g.querySelector('circle');
          const t = g.querySelector('text');
          return {
            id: g.getAttribute('data-state'),
            cx: c?.getAttribute('cx'),
            cy: c?.getAttribute('cy'),
            label: t && t.getAttribute('display') !== 'none' ? t.textContent : null,
            labelRect: t && t.getAttribute('display') !== 'none' ? rect(t) : null,
            circle: c ? rect(c) : null,
          };
        }),
    rect,
    timeBar: () => all('atn-time-bar')[0] ?? null,
    /** Every state and edge group of the network view: id ("edge:" + key for edges) and element. */
    items: () =>
      all('svg.network g[data-state], svg.network g[data-edge]').map((g) => ({
        id: g.getAttribute('data-state') ?? `edge:${g.getAttribute('data-edge')}`,
        el: g,
      })),
    /**
     * Resolves once the widget, its time bar and its network view have finished the
     * updates pending now (the network draws synchronously in its update), plus a frame.
     */
    settled: async () => {
      const w = document.querySelector('arms-transfer-network');
      for (let i = 0; i < 3; i++) {
        await w?.updateComplete;
        await all('atn-time-bar')[0]?.updateComplete;
        await all('atn-network-view')[0]?.updateComplete;
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    },
    /** Visible state ids and edge keys of the drawn network, sorted. */
    drawnIds: () => ({
      states: all('svg.network g[data-state]').filter(shown).map((g) => g.getAttribute('data-state')).sort(),
      edges: all('svg.network g[data-edge]').filter(shown).map((g) => g.getAttribute('data-edge')).sort(),
    }),
    /** Viewport point in the middle of an edge's drawn path. */
    edgePoint: (key) => {
      const p = all(`svg.network g[data-edge="${key}"] path`)[0];
      if (!p) return null;
      const m = p.getPointAtLength(p.getTotalLength() / 2);
      const ctm = p.getScreenCTM();
      return { x: m.x * ctm.a + m.y * ctm.c + ctm.e, y: m.x * ctm.b + m.y * ctm.d + ctm.f };
    },
    /** Text inside the shadow roots of the matching hosts (e.g. the tooltip). */
    shadowText: (selector) =>
      all(selector)
        .filter((el) => !el.hidden)
        .map((el) => (el.shadowRoot ?? el).textContent.replace(/\s+/g, ' ').trim()),
    text: (selector) => all(selector).map((el) => el.textContent.replace(/\s+/g, ' ').trim()),
    activeChain: () => {
      const out = [];
      let a = document.activeElement;
      while (a) {
        out.push(a.tagName.toLowerCase() + (a.getAttribute('data-edge') ? `[${a.getAttribute('data-edge')}]` : '') + (a.getAttribute('data-state') ? `[${a.getAttribute('data-state')}]` : ''));
        a = a.shadowRoot?.activeElement ?? null;
      }
      return out;
    },
  };
})();
