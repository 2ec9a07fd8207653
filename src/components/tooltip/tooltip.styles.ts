import { css } from 'lit';

export const styles = css`
  :host {
    position: fixed;
    left: 0;
    top: 0;
    z-index: 1000;
    pointer-events: none;
    display: block;
    max-width: min(22rem, calc(100vw - 16px));
    /* Cut to the room beside the anchor when the card is taller than any gap. */
    overflow: hidden;
    /* The frame is on the host so a cut card keeps its border. */
    background: var(--atn-bg);
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    box-shadow: var(--atn-shadow);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  .box {
    color: var(--atn-text);
    padding: 0.6rem 0.75rem;
    line-height: 1.35;
  }
  .title {
    font-weight: 600;
    margin: 0 0 0.2rem;
  }
  .row {
    margin: 0.15rem 0;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .muted {
    color: var(--atn-text-muted);
  }
  ul {
    margin: 0.3rem 0 0;
    padding-left: 1rem;
  }
  li {
    margin: 0.15rem 0;
  }
`;
