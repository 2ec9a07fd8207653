import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    line-height: 1.35;
  }
  fieldset {
    border: none;
    margin: 0 0 0.6rem;
    padding: 0;
    min-width: 0;
  }
  legend,
  .label {
    font-weight: 600;
    font-size: 0.9rem;
    padding: 0;
    margin: 0 0 0.3rem;
    display: block;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.15rem;
    min-height: 32px;
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--atn-border);
    border-radius: 16px;
    background: var(--atn-bg);
    cursor: pointer;
  }
  .chip {
    text-align: left;
  }
  .chip .detail {
    color: var(--atn-text-muted);
    font-size: 0.88em;
    font-weight: normal;
  }
  .chip[aria-pressed='true'] {
    background: var(--atn-surface);
    border-color: var(--atn-text);
    box-shadow: inset 0 0 0 1px var(--atn-text);
    font-weight: 600;
  }
  .chip .count {
    color: var(--atn-text-muted);
    font-variant-numeric: tabular-nums;
    margin-left: 0.2rem;
  }
  .chip .glyph {
    margin-right: 0.3rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
    margin: 0 0 0.6rem;
  }
  details {
    flex: 1 1 12rem;
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    background: var(--atn-bg);
  }
  summary {
    min-height: 32px;
    display: flex;
    align-items: center;
    padding: 0 0.6rem;
    cursor: pointer;
  }
  .options {
    max-height: 14rem;
    overflow-y: auto;
    padding: 0.2rem 0.6rem 0.4rem;
  }
  .options label {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 32px;
  }
  .options input {
    width: 18px;
    height: 18px;
    margin: 0;
  }
  .search {
    position: relative;
    margin: 0 0 0.6rem;
  }
  .search input {
    box-sizing: border-box;
    width: 100%;
    min-height: 36px;
    padding: 0.3rem 0.6rem;
    font: inherit;
    color: inherit;
    background: var(--atn-bg);
    border: 1px solid var(--atn-text-muted);
    border-radius: var(--atn-radius);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 5;
    left: 0;
    right: 0;
    margin: 2px 0 0;
    padding: 0.2rem 0;
    list-style: none;
    background: var(--atn-bg);
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    box-shadow: var(--atn-shadow);
    max-height: 16rem;
    overflow-y: auto;
  }
  [role='option'] {
    min-height: 32px;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0 0.6rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--atn-surface);
    outline: 2px solid var(--atn-focus);
    outline-offset: -2px;
  }
  .matched {
    color: var(--atn-text-muted);
    font-size: 0.9em;
  }
  .clear {
    min-height: 32px;
    padding: 0.2rem 0.8rem;
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    background: var(--atn-surface);
    cursor: pointer;
  }
  .clear:disabled {
    cursor: default;
    color: var(--atn-text-muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
