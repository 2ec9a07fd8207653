import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    padding: 8px 12px 4px;
    background: var(--atn-time-bar-bg, var(--atn-bg));
    border-top: 1px solid var(--atn-border);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
    margin-bottom: 6px;
  }
  .range-label {
    margin: 0;
    font-weight: 600;
    font-size: 1.05em;
    font-variant-numeric: tabular-nums;
    min-width: 11em;
    flex: 1 1 auto;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 10px;
  }
  button,
  .segment label {
    font: inherit;
    min-height: 32px;
    min-width: 32px;
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    background: var(--atn-surface);
    color: var(--atn-text);
    cursor: pointer;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 0 10px;
  }
  button[aria-pressed='true'] {
    background: var(--atn-accent);
    border-color: var(--atn-accent);
    color: var(--atn-bg);
  }
  button svg {
    width: 14px;
    height: 14px;
    fill: currentColor;
  }
  fieldset.segment {
    display: inline-flex;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .segment legend,
  .help,
  .summary {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .segment label {
    position: relative;
    display: inline-flex;
    align-items: center;
    padding: 0 10px;
    border-radius: 0;
    margin-left: -1px;
    white-space: nowrap;
  }
  .segment label:first-of-type {
    border-radius: var(--atn-radius) 0 0 var(--atn-radius);
    margin-left: 0;
  }
  .segment label:last-of-type {
    border-radius: 0 var(--atn-radius) var(--atn-radius) 0;
  }
  .segment input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .segment label:has(input:checked) {
    background: var(--atn-accent);
    border-color: var(--atn-accent);
    color: var(--atn-bg);
    z-index: 1;
  }
  .segment label:has(input:focus-visible) {
    outline: 2px solid var(--atn-focus);
    outline-offset: 2px;
    z-index: 2;
  }
  /* Touch: a vertical swipe anywhere on the plot, the range included, scrolls the
     page (pan-y); a sideways drag moves the range. The range often covers the whole
     bar, so only the two small handles refuse to scroll (touch-action: none). */
  .plot {
    position: relative;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  svg.chart {
    display: block;
    overflow: visible;
  }
  .bin {
    transition: opacity 150ms ease;
  }
  .bin.out {
    opacity: 0.28;
  }
  .baseline {
    stroke: var(--atn-border);
  }
  .tick line {
    stroke: var(--atn-text-muted);
  }
  .tick.minor line {
    stroke: var(--atn-border);
  }
  .tick text {
    fill: var(--atn-text-muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .track {
    fill: transparent;
    cursor: crosshair;
  }
  .range-rect {
    fill: var(--atn-accent);
    fill-opacity: 0.1;
    stroke: var(--atn-accent);
    stroke-width: 1.5;
    shape-rendering: crispEdges;
    cursor: grab;
  }
  /* The whole span is selected: a press inside draws a new range (hitTest). */
  .range-rect.fills {
    cursor: crosshair;
  }
  /* While dragging, the cursor stays what was grabbed, wherever the pointer goes. */
  .plot.drag-move,
  .plot.drag-move * {
    cursor: grabbing;
  }
  .plot.drag-start,
  .plot.drag-start *,
  .plot.drag-end,
  .plot.drag-end * {
    cursor: ew-resize;
  }
  .plot.drag-new,
  .plot.drag-new * {
    cursor: crosshair;
  }
  .cumulative-band {
    fill: var(--atn-accent);
    fill-opacity: 0.05;
  }
  .grip {
    fill: var(--atn-bg);
    stroke: var(--atn-accent);
    stroke-width: 1.5;
    pointer-events: none;
  }
  /* The keyboard sliders are also the drag handles: 32 px wide (HANDLE_REACH in
     src/render/time-bar/drag.ts), centred on the range's ends. */
  .slider {
    position: absolute;
    top: 0;
    width: 32px;
    margin-left: -16px;
    border-radius: 4px;
    cursor: ew-resize;
    touch-action: none;
  }
  .slider:focus {
    outline: none;
  }
  .slider:focus-visible {
    outline: 2px solid var(--atn-focus);
    outline-offset: 0;
  }
  .empty {
    margin: 8px 0;
    color: var(--atn-text-muted);
  }
  :host([compact]) {
    padding: 6px 8px 2px;
  }
  :host([compact]) .range-label {
    min-width: 0;
    flex-basis: 100%;
  }
  :host([compact]) .segment label,
  :host([compact]) button {
    padding: 0 8px;
  }
`;
