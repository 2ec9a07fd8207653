import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    height: var(--atn-height, 560px);
    min-height: 320px;
    background: var(--atn-bg);
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    overflow: hidden;
    contain: layout paint;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 8px;
    padding: 8px 10px;
    border-bottom: 1px solid var(--atn-border);
    background: var(--atn-surface);
  }
  :host([narrow]) .title {
    font-size: 0.9375rem;
  }
  :host([narrow]) .toolbar {
    padding: 6px 8px;
  }
  :host([narrow]) .actions button,
  :host([narrow]) .menu summary {
    padding: 4px 8px;
  }
  .title {
    flex: 1 1 12rem;
    min-width: 0;
    margin: 0;
    font-size: 1rem;
    font-weight: 650;
    line-height: 1.25;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  button,
  .menu summary {
    font: inherit;
    font-size: 0.875rem;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    background: var(--atn-bg);
    color: var(--atn-text);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--atn-text);
    color: var(--atn-bg);
    border-color: var(--atn-text);
  }
  button:hover,
  .menu summary:hover {
    border-color: var(--atn-text-muted);
  }
  .menu {
    position: relative;
  }
  .menu summary {
    list-style: none;
    display: inline-flex;
    align-items: center;
  }
  .menu summary::-webkit-details-marker {
    display: none;
  }
  .menu summary::after {
    content: '▾';
    margin-left: 6px;
    font-size: 0.75em;
  }
  .menu[open] .menu-list {
    display: flex;
  }
  .menu-list {
    display: none;
    flex-direction: column;
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    z-index: 20;
    min-width: 13rem;
    padding: 4px;
    background: var(--atn-bg);
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    box-shadow: var(--atn-shadow);
  }
  .menu-list button {
    border: 0;
    text-align: left;
    background: transparent;
  }
  .menu-list button:hover,
  .menu-list button:focus-visible {
    background: var(--atn-surface);
  }
  atn-filters {
    border-bottom: 1px solid var(--atn-border);
    max-height: 45%;
    overflow: auto;
  }
  .main {
    position: relative;
    flex: 1 1 auto;
    display: flex;
    min-height: 0;
  }
  .stage {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
    min-height: 0;
    display: flex;
  }
  atn-network-view {
    flex: 1 1 auto;
    min-height: 200px;
  }
  /* On wide screens the pinned popover is a side panel: the graph makes room
     (and re-fits) so the selected line stays visible beside it. */
  :host(:not([narrow])) .main.pinned .stage {
    margin-right: calc(min(28rem, 45%) + 16px);
  }
  .table-wrap {
    flex: 1 1 auto;
    overflow: auto;
    padding: 8px 12px;
  }
  .panel {
    flex: 0 0 300px;
    max-width: 40%;
    border-left: 1px solid var(--atn-border);
    overflow: auto;
    background: var(--atn-bg);
  }
  .panel-head {
    display: flex;
    justify-content: flex-end;
    padding: 4px;
  }
  :host([narrow]) .main {
    flex-direction: column;
  }
  :host([narrow]) .panel {
    flex: 0 0 auto;
    max-width: none;
    max-height: 45%;
    border-left: 0;
    border-top: 1px solid var(--atn-border);
  }
  atn-time-bar {
    flex: 0 0 auto;
    border-top: 1px solid var(--atn-border);
  }
  .summary {
    margin: 0;
    padding: 6px 12px 8px;
    font-size: 0.8125rem;
    line-height: 1.4;
    color: var(--atn-text-muted);
    border-top: 1px solid var(--atn-border);
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .summary.expanded {
    display: block;
    max-height: 30%;
    overflow: auto;
  }
  .summary-row {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    border-top: 1px solid var(--atn-border);
  }
  .summary-row .summary {
    flex: 1 1 auto;
    border-top: 0;
  }
  .summary-row button {
    flex: 0 0 auto;
    margin: 4px 8px 4px 0;
    min-height: 28px;
    font-size: 0.8125rem;
  }
  .status {
    margin: auto;
    padding: 24px;
    color: var(--atn-text-muted);
    text-align: center;
  }
  .error {
    margin: 16px;
    padding: 12px 14px;
    border: 1px solid var(--atn-danger);
    border-left-width: 4px;
    border-radius: var(--atn-radius);
    background: var(--atn-bg);
    color: var(--atn-text);
    overflow: auto;
  }
  .error strong {
    color: var(--atn-danger);
  }
  .error ul {
    margin: 8px 0 0;
    padding-left: 1.2rem;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
`;
