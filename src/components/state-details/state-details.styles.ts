import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.2rem;
  }
  h3 {
    font-size: 0.95rem;
    margin: 0.8rem 0 0.3rem;
  }
  .aliases,
  .empty {
    color: var(--atn-text-muted);
    margin: 0 0 0.4rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .partner {
    margin: 0 0 0.5rem;
  }
  .partner-name {
    font-weight: 600;
    margin: 0 0 0.15rem;
  }
  .edge-button {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    width: 100%;
    min-height: 32px;
    padding: 0.25rem 0.5rem;
    margin: 0 0 0.2rem;
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    background: var(--atn-bg);
    cursor: pointer;
    text-align: left;
  }
  .edge-button:hover {
    background: var(--atn-surface);
  }
  .count {
    color: var(--atn-text-muted);
    margin-left: auto;
    text-align: right;
    font-size: 0.9em;
  }
`;
