import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    min-height: 240px;
    overflow: hidden;
    background: var(--atn-bg);
  }
  :host([hidden]) {
    display: none;
  }
  .stage {
    position: absolute;
    inset: 0;
    /* Touch: one finger scrolls the page (an embedded graph must not trap the
       reader), two fingers pinch and pan the graph; see docs/network-view.md. */
    touch-action: pan-x pan-y;
    cursor: grab;
    -webkit-tap-highlight-color: transparent;
  }
  .stage:active {
    cursor: grabbing;
  }
  svg {
    display: block;
    user-select: none;
    -webkit-user-select: none;
  }
  g[data-state],
  g[data-edge] {
    cursor: pointer;
    outline: none;
  }
  g[data-state]:focus-visible > circle {
    stroke: var(--atn-focus);
    stroke-width: 3px;
  }
  /* The edge's wide hit path doubles as its focus ring. */
  g[data-edge]:focus-visible > path.hit {
    stroke: var(--atn-focus);
    stroke-opacity: 0.5;
    stroke-width: 9px;
  }
  .legend-toggle {
    position: absolute;
    top: 8px;
    left: 8px;
    min-height: 32px;
    padding: 0 10px;
    font: inherit;
    font-size: 13px;
    color: var(--atn-text);
    background: var(--atn-surface);
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    cursor: pointer;
  }
  .legend-panel {
    position: absolute;
    top: 46px;
    left: 8px;
    max-width: calc(100% - 16px);
    max-height: calc(100% - 54px);
    overflow: auto;
    background: var(--atn-bg);
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    box-shadow: var(--atn-shadow);
  }
  .legend-panel[hidden] {
    display: none;
  }
  .legend-panel svg {
    display: block;
  }
  .zoom {
    position: absolute;
    top: 8px;
    right: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .zoom.row {
    flex-direction: row;
  }
  .zoom button {
    box-sizing: border-box;
    width: 32px;
    height: 32px;
    padding: 0;
    display: grid;
    place-items: center;
    font: inherit;
    font-size: 18px;
    line-height: 1;
    color: var(--atn-text);
    background: var(--atn-surface);
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    cursor: pointer;
  }
  .zoom button:hover {
    border-color: var(--atn-text-muted);
  }
  .zoom button svg {
    width: 16px;
    height: 16px;
  }
  /* Edges and states that enter the view as the time range moves fade in; the
     shared tokens switch animations off under prefers-reduced-motion. */
  g[data-edge],
  g[data-state] {
    animation: atn-enter 240ms ease-out;
  }
  :host([data-static]) g[data-edge],
  :host([data-static]) g[data-state] {
    animation: none;
  }
  @keyframes atn-enter {
    from {
      opacity: 0;
    }
  }
  /* Copies of items leaving the view: seen only while their fade runs, so not at all
     under reduced motion (the shared tokens switch animations off there). The fade is a
     filter, so it multiplies the item's own opacity (dimmed, disputed). */
  .leaving {
    filter: opacity(0);
    animation: atn-leave 240ms;
  }
  /* Over the presentation attribute of a copied hit area too. */
  .leaving * {
    pointer-events: none;
  }
  @keyframes atn-leave {
    from {
      filter: none;
    }
  }
`;
