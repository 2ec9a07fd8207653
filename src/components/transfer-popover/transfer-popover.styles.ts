import { css } from 'lit';

// The host fills its positioned container as a click-through overlay; the panel is
// a side panel when the container is wide and a bottom sheet when it is narrow.
export const styles = css`
  :host {
    position: absolute;
    inset: 0;
    z-index: 20;
    pointer-events: none;
    container-type: size;
    container-name: atn-popover;
    display: block;
  }
  .grow {
    flex: 1;
  }
  :host(:not([open])) {
    display: none;
  }
  .panel {
    pointer-events: auto;
    position: absolute;
    top: 8px;
    right: 8px;
    bottom: 8px;
    width: min(28rem, 45%);
    display: flex;
    flex-direction: column;
    background: var(--atn-bg);
    color: var(--atn-text);
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    box-shadow: var(--atn-shadow);
    line-height: 1.4;
    box-sizing: border-box;
  }
  @container atn-popover (max-width: 599px) {
    .panel {
      top: auto;
      left: 0;
      right: 0;
      bottom: 0;
      width: auto;
      max-height: 75%;
      border-radius: 12px 12px 0 0;
      border-bottom: none;
    }
    .panel::before {
      content: '';
      display: block;
      width: 40px;
      height: 4px;
      margin: 6px auto 0;
      border-radius: 2px;
      background: var(--atn-border);
    }
  }
  header {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding: 0.6rem 0.6rem 0.4rem 0.9rem;
    border-bottom: 1px solid var(--atn-border);
  }
  h2 {
    flex: 1;
    margin: 0.2rem 0 0;
    font-size: 1.05rem;
    line-height: 1.3;
  }
  .summary {
    margin: 0.25rem 0 0;
    font-size: 0.9rem;
    font-weight: normal;
    color: var(--atn-text-muted);
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .summary > span {
    flex: 1 1 0;
    min-width: 0;
  }
  .close {
    flex: none;
    min-width: 36px;
    min-height: 36px;
    border: 1px solid var(--atn-border);
    border-radius: var(--atn-radius);
    background: var(--atn-surface);
    cursor: pointer;
    font-size: 1.2rem;
    line-height: 1;
  }
  .body {
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.4rem 0.9rem 0.9rem;
  }
  .linked {
    margin: 0.4rem 0 0.6rem;
  }
  .linked h3 {
    font-size: 0.9rem;
    margin: 0 0 0.3rem;
  }
  .link-button,
  .more {
    min-height: 32px;
    padding: 0.25rem 0.6rem;
    margin: 0 0.3rem 0.3rem 0;
    border: 1px solid var(--atn-accent);
    border-radius: var(--atn-radius);
    background: var(--atn-bg);
    color: var(--atn-accent);
    cursor: pointer;
    text-align: left;
  }
  ol.transfers {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .transfer {
    padding: 0.5rem 0;
    border-top: 1px solid var(--atn-border);
  }
  .transfer:first-child {
    border-top: none;
  }
  .transfer h3 {
    margin: 0 0 0.2rem;
    font-size: 0.98rem;
  }
  .facts {
    margin: 0 0 0.3rem;
    color: var(--atn-text-muted);
    font-size: 0.9rem;
  }
  .description {
    margin: 0.2rem 0 0.4rem;
  }
  ol.timeline {
    list-style: none;
    margin: 0.2rem 0 0;
    padding: 0 0 0 0.8rem;
    border-left: 2px solid var(--atn-border);
  }
  .event {
    margin: 0 0 0.55rem;
  }
  .event.later {
    opacity: 0.75;
  }
  .event-head {
    margin: 0;
  }
  .kind {
    font-weight: 600;
  }
  .event p {
    margin: 0.1rem 0;
  }
  .tag {
    font-size: 0.8rem;
    border: 1px solid var(--atn-border);
    border-radius: 3px;
    padding: 0 0.25rem;
    color: var(--atn-text-muted);
  }
  ul.sources {
    margin: 0.15rem 0 0;
    padding-left: 1.1rem;
    font-size: 0.92rem;
  }
`;
