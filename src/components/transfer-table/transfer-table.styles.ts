import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    line-height: 1.35;
    container-type: inline-size;
  }
  .scroller {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    /* Narrow screens scroll sideways rather than squeeze nine columns into slivers. */
    min-width: 60rem;
    font-size: 0.92rem;
  }
  caption {
    text-align: left;
    caption-side: top;
    padding: 0 0 0.5rem;
    color: var(--atn-text);
    /* The caption stays in view while the table scrolls sideways. */
    position: sticky;
    left: 0;
    box-sizing: border-box;
    max-width: min(70ch, 100cqw);
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--atn-border);
  }
  th {
    background: var(--atn-surface);
    white-space: nowrap;
    padding: 0;
  }
  th button {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    width: 100%;
    min-height: 36px;
    padding: 0.2rem 0.5rem;
    border: none;
    background: none;
    font-weight: 600;
    cursor: pointer;
    text-align: left;
  }
  .arrow {
    color: var(--atn-text-muted);
    width: 1ch;
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:hover {
    background: var(--atn-surface);
  }
  tbody tr:focus-visible {
    outline: 2px solid var(--atn-focus);
    outline-offset: -2px;
  }
  td.num,
  td.date {
    white-space: nowrap;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    white-space: nowrap;
  }
  td.sources {
    min-width: 11rem;
  }
  ul.links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .more {
    margin-top: 0.5rem;
    min-height: 32px;
    padding: 0.2rem 0.8rem;
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    background: var(--atn-surface);
    cursor: pointer;
  }
  .empty {
    color: var(--atn-text-muted);
  }
`;
